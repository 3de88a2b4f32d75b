import Testing
import TerminalUI

struct PaletteTests {
    private let riskRoles: [StyleRole] = [.riskRed, .riskOrange, .riskYellow, .riskBlue]

    @Test(arguments: StyleRole.allCases)
    func monochromeUsesNoColour(role: StyleRole) {
        let palette = Palette(support: .monochrome)
        let asText = palette.resolve(Style(role))
        let asBackground = palette.resolve(Style(background: role))
        #expect(asText.foreground == .terminalDefault && asText.background == .terminalDefault)
        #expect(asBackground.foreground == .terminalDefault && asBackground.background == .terminalDefault)
    }

    @Test func monochromeRiskLevelsStillLookDifferent() {
        let palette = Palette(support: .monochrome)
        let looks = Set(riskRoles.map { palette.resolve(Style($0)).attributes })
        #expect(looks.count == 4)
    }

    @Test func monochromeMarksSelectionAlertAndBandsWithReverse() {
        let palette = Palette(support: .monochrome)
        #expect(palette.resolve(Style(.selection)).attributes.contains(.reverse))
        #expect(palette.resolve(Style(.alert)).attributes == [.bold, .reverse])
        #expect(palette.resolve(Style(background: .header)).attributes.contains(.reverse))
        #expect(palette.resolve(Style.normal).attributes == [])
    }

    @Test(arguments: [ColorSupport.basic, .extended])
    func riskLevelsLookDifferentInColour(support: ColorSupport) {
        let palette = Palette(support: support)
        let looks = Set(riskRoles.map { palette.resolve(Style($0)) })
        #expect(looks.count == 4)
        #expect(riskRoles.allSatisfy { palette.resolve(Style($0)).foreground != .terminalDefault })
    }

    @Test func orangeExistsOnlyWith256Colours() {
        #expect(Palette(support: .extended).resolve(Style(.riskOrange)).foreground == .indexed(208))
        #expect(Palette(support: .basic).resolve(Style(.riskOrange)).foreground == .yellow)
    }

    @Test(arguments: [ColorSupport.basic, .extended])
    func textOnAColouredBackgroundGetsAnExplicitColour(support: ColorSupport) {
        let resolved = Palette(support: support).resolve(Style(background: .header))
        #expect(resolved.background != .terminalDefault)
        #expect(resolved.foreground != .terminalDefault)
    }

    @Test func normalTextKeepsTheTerminalsOwnColours() {
        let resolved = Palette(support: .extended).resolve(.normal)
        #expect(resolved == ResolvedStyle(foreground: .terminalDefault, background: .terminalDefault, attributes: []))
    }

    @Test(arguments: ColorSupport.allCases)
    func styleAttributesAreKept(support: ColorSupport) {
        let resolved = Palette(support: support).resolve(Style(.ok).reversed.underlined)
        #expect(resolved.attributes.isSuperset(of: [.reverse, .underline]))
    }
}
