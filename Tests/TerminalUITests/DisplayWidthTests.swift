import Testing
import TerminalUI

struct DisplayWidthTests {
    @Test(arguments: [
        ("A", 1), (" ", 1), ("é", 1), ("Ω", 1), ("…", 1), ("─", 1), ("█", 1), ("\u{AD}", 1),
        ("ｱ", 1), ("⚠", 1),
        ("安", 2), ("。", 2), ("，", 2), ("、", 2), ("「", 2), ("」", 2), ("（", 2), ("）", 2),
        ("\u{3000}", 2), ("ア", 2), ("한", 2), ("Ａ", 2), ("😀", 2), ("🚒", 2), ("⚡", 2),
        ("\u{20000}", 2), ("\u{1100}", 2),
        ("\u{301}", 0), ("\u{200D}", 0), ("\u{200B}", 0), ("\u{FE0F}", 0), ("\u{E0100}", 0),
        ("\u{1160}", 0), ("\u{7}", 0), ("\u{1B}", 0), ("\u{7F}", 0), ("\u{85}", 0),
    ] as [(Unicode.Scalar, Int)])
    func scalarWidth(scalar: Unicode.Scalar, expected: Int) {
        #expect(DisplayWidth.of(scalar) == expected)
    }

    @Test(arguments: [
        ("e\u{301}", 1),
        ("👍🏽", 2),
        ("👨\u{200D}👩\u{200D}👧", 2),
        ("\u{1112}\u{1161}\u{11AB}", 2),
        ("⚠\u{FE0F}", 1),
        ("\r\n", 0),
    ] as [(Character, Int)])
    func characterWidth(character: Character, expected: Int) {
        #expect(DisplayWidth.of(character) == expected)
    }

    @Test(arguments: [
        ("", 0),
        ("abc", 3),
        ("安全生产", 8),
        ("A级 企业", 8),
        ("Cafe\u{301}", 4),
        ("重大隐患🚨", 10),
        ("（已整改）", 10),
        ("荔城区 Licheng 12", 17),
    ])
    func stringWidth(text: String, expected: Int) {
        #expect(DisplayWidth.of(text) == expected)
        #expect(text.displayWidth == expected)
    }

    @Test(arguments: [
        ("安全生产", 8, "安全生产"),
        ("安全生产", 7, "安全生…"),
        ("安全生产", 6, "安全… "),
        ("安全生产", 2, "… "),
        ("安全生产", 1, "…"),
        ("安全生产", 0, ""),
        ("abc", 3, "abc"),
        ("abcd", 3, "ab…"),
        ("a安全", 5, "a安全"),
        ("a安全", 4, "a安…"),
        ("a安全", 3, "a… "),
        ("Cafe\u{301} au lait", 5, "Cafe\u{301}…"),
        ("", 3, ""),
    ])
    func truncation(text: String, width: Int, expected: String) {
        let result = DisplayWidth.truncate(text, to: width)
        #expect(result == expected)
        #expect(DisplayWidth.of(result) <= max(0, width))
    }

    @Test func truncationWithCustomEllipsis() {
        #expect(DisplayWidth.truncate("安全生产", to: 5, ellipsis: "..") == "安.. ")
        #expect(DisplayWidth.truncate("abcdef", to: 4, ellipsis: "") == "abcd")
        #expect(DisplayWidth.truncate("安全生产", to: 3, ellipsis: "") == "安 ")
    }

    @Test(arguments: [
        ("安全", 6, TextAlignment.left, "安全  "),
        ("安全", 6, .right, "  安全"),
        ("安全", 6, .center, " 安全 "),
        ("安全", 5, .center, "安全 "),
        ("42", 5, .right, "   42"),
        ("ok", 5, .center, " ok  "),
        ("", 3, .left, "   "),
        ("安全生产", 6, .left, "安全… "),
        ("安全生产", 6, .right, "安全… "),
        ("安全", 0, .left, ""),
    ])
    func padding(text: String, width: Int, alignment: TextAlignment, expected: String) {
        #expect(DisplayWidth.pad(text, to: width, alignment: alignment) == expected)
    }

    @Test(arguments: 0...12, TextAlignment.allCases)
    func paddingAlwaysGivesExactWidth(width: Int, alignment: TextAlignment) {
        for text in ["", "a", "安", "a安b全c", "Cafe\u{301}", "重大隐患🚨 overdue"] {
            #expect(DisplayWidth.of(DisplayWidth.pad(text, to: width, alignment: alignment)) == width, "\(text)")
        }
    }
}
