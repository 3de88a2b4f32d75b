import Testing
import TerminalUI

struct StyleTests {
    @Test func defaultStyleIsNormal() {
        #expect(Style() == Style.normal)
        #expect(Style.normal.foreground == .normal && Style.normal.background == .normal && Style.normal.attributes.isEmpty)
    }

    @Test func modifiersAddAttributesWithoutChangingRoles() {
        let style = Style(.riskRed, background: .selection).bold.reversed.underlined
        #expect(style.foreground == .riskRed)
        #expect(style.background == .selection)
        #expect(style.attributes == [.bold, .reverse, .underline])
        #expect(Style(.ok, attributes: [.dim]).adding(.bold).attributes == [.dim, .bold])
    }
}
