import TerminalUI
import Testing

struct KeyNameTests {
    @Test(arguments: [
        ("q", Key.char("q")), ("Q", .char("Q")), ("3", .char("3")), ("/", .char("/")), ("重", .char("重")),
        ("Enter", .enter), ("esc", .escape), ("Tab", .tab), ("S-Tab", .backTab), ("Space", .char(" ")),
        ("PgUp", .pageUp), ("PgDn", .pageDown), ("Home", .home), ("End", .end), ("Del", .delete), ("Bksp", .backspace),
        ("↑", .up), ("Down", .down), ("F1", .function(1)), ("f12", .function(12)), ("^X", .ctrl("x")), ("Ctrl-A", .ctrl("a")),
    ])
    func aConfigFileNamesKeysAsTheKeyBarWritesThem(name: String, key: Key) {
        #expect(Key(name: name) == key)
    }

    @Test(arguments: ["", "qq", "Hyper-Q", "F0", "F64", "^M", " ", "\u{7}"])
    func anythingElseIsNoKey(name: String) {
        #expect(Key(name: name) == nil)
    }

    @Test(arguments: [Key.char("q"), .enter, .escape, .tab, .backTab, .char(" "), .pageUp, .pageDown, .home, .end,
                      .insert, .delete, .backspace, .up, .down, .left, .right, .function(5), .ctrl("x")])
    func whatTheKeyBarShowsReadsBackAsTheSameKey(key: Key) {
        #expect(Key(name: key.description) == key)
    }
}
