import Testing
import TerminalUI

struct KeyTests {
    @Test(arguments: [
        (Key.char("q"), "q"),
        (.char(" "), "Space"),
        (.char("中"), "中"),
        (.ctrl("c"), "^C"),
        (.up, "↑"),
        (.down, "↓"),
        (.pageUp, "PgUp"),
        (.pageDown, "PgDn"),
        (.enter, "Enter"),
        (.escape, "Esc"),
        (.tab, "Tab"),
        (.backTab, "S-Tab"),
        (.function(5), "F5"),
    ])
    func description(key: Key, expected: String) {
        #expect(key.description == expected)
    }
}
