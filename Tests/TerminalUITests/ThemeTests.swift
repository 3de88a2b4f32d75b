import TerminalUI
import Testing

struct ThemeTests {
    private let riskRoles: [StyleRole] = [.riskRed, .riskOrange, .riskYellow, .riskBlue]

    @Test func theDefaultThemeIsThePaletteAsItWas() {
        for role in StyleRole.allCases {
            #expect(Palette(support: .extended, theme: .standard).resolve(Style(role)) == Palette(support: .extended).resolve(Style(role)))
        }
    }

    @Test func aThemeSetsARolesTextAndBand() {
        let theme = Theme(name: "t", looks: [
            .riskRed: .init(foreground: .indexed(160)),
            .selection: .init(foreground: .indexed(16), background: .indexed(153), attributes: [.underline]),
        ])
        let palette = Palette(support: .extended, theme: theme)
        #expect(palette.resolve(Style(.riskRed)).foreground == .indexed(160))
        #expect(palette.resolve(Style(.riskRed)).attributes == [.bold], "attributes stay the palette's unless the look sets them")
        let band = palette.resolve(Style(background: .selection))
        #expect(band.background == .indexed(153) && band.foreground == .indexed(16) && band.attributes == [.underline])
        #expect(palette.resolve(Style(.overdue)) == Palette(support: .extended).resolve(Style(.overdue)), "other roles are untouched")
    }

    @Test(arguments: [Theme.standard, .light])
    func everyColourThemeKeepsTheFourRiskColoursApart(theme: Theme) {
        for support in [ColorSupport.basic, .extended] {
            let looks = riskRoles.map { Palette(support: support, theme: theme).resolve(Style($0)) }
            #expect(Set(looks).count == 4, "\(theme.name) \(support)")
        }
    }

    @Test(arguments: Theme.builtIn)
    func withoutColourEveryThemeIsMonochrome(theme: Theme) {
        // NO_COLOR and --no-color give a monochrome palette; no theme brings colour back.
        let palette = Palette(support: .monochrome, theme: theme)
        for role in StyleRole.allCases {
            #expect(palette.resolve(Style(role)) == Palette(support: .monochrome).resolve(Style(role)))
        }
    }

    @Test func theMonoThemeUsesNoColourOnAColourTerminal() {
        let palette = Palette(support: .extended, theme: .mono)
        #expect(palette.support == .monochrome)
        #expect(StyleRole.allCases.allSatisfy { palette.resolve(Style($0)).foreground == .terminalDefault })
    }

    @Test func theLightThemeDarkensWhatFadesOnWhite() {
        let light = Palette(support: .extended, theme: .light)
        #expect(light.resolve(Style(.riskYellow)).foreground == .indexed(136))
        #expect(light.resolve(Style(background: .selection)).background == .indexed(253))
    }
}

extension ThemeTests {
    @Test func aThemedSelectionColoursTheReversedRowInstead() {
        let theme = Theme(name: "t", looks: [.selection: .init(foreground: .indexed(16), background: .indexed(153))])
        let palette = Palette(support: .extended, theme: theme)
        let plain = palette.resolve(Style.normal.reversed)
        #expect(plain == ResolvedStyle(foreground: .indexed(16), background: .indexed(153), attributes: []))
        let overdue = palette.resolve(Style(.overdue).reversed)
        #expect(overdue.background == .indexed(153) && overdue.foreground == .magenta, "an overdue row stays magenta when selected")
        #expect(Palette(support: .extended).resolve(Style.normal.reversed).attributes == [.reverse], "the default theme reverses")
    }
}
