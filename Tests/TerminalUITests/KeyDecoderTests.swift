import Testing
import TerminalUI

/// Codes are written as the numbers in <curses.h>, not through the C macros, so a mistake in
/// the decoder's use of the macros cannot hide behind the same mistake here.
struct KeyDecoderTests {
    private static let ok: Int32 = 0
    private static let keyCodeYes: Int32 = 0o400
    private static let err: Int32 = -1

    @Test(arguments: [
        (ok, 0x61, Key.char("a")),
        (ok, 0x51, .char("Q")),
        (ok, 0x20, .char(" ")),
        (ok, 0x3F, .char("?")),
        (ok, 0x4E2D, .char("中")),
        (ok, 0x3002, .char("。")),
        (ok, 10, .enter),
        (ok, 13, .enter),
        (keyCodeYes, 0o527, .enter),                 // KEY_ENTER
        (ok, 127, .backspace),
        (ok, 8, .backspace),
        (keyCodeYes, 0o407, .backspace),             // KEY_BACKSPACE
        (ok, 9, .tab),
        (keyCodeYes, 0o541, .backTab),               // KEY_BTAB
        (ok, 27, .escape),
        (ok, 3, .ctrl("c")),
        (ok, 1, .ctrl("a")),
        (ok, 26, .ctrl("z")),
        (ok, 0, .ctrl("@")),
        (ok, 31, .ctrl("_")),
        (keyCodeYes, 0o403, .up),                    // KEY_UP
        (keyCodeYes, 0o402, .down),                  // KEY_DOWN
        (keyCodeYes, 0o404, .left),                  // KEY_LEFT
        (keyCodeYes, 0o405, .right),                 // KEY_RIGHT
        (keyCodeYes, 0o523, .pageUp),                // KEY_PPAGE
        (keyCodeYes, 0o522, .pageDown),              // KEY_NPAGE
        (keyCodeYes, 0o406, .home),                  // KEY_HOME
        (keyCodeYes, 0o550, .end),                   // KEY_END
        (keyCodeYes, 0o512, .delete),                // KEY_DC
        (keyCodeYes, 0o513, .insert),                // KEY_IC
        (keyCodeYes, 0o411, .function(1)),           // KEY_F(1)
        (keyCodeYes, 0o424, .function(12)),          // KEY_F(12)
        (keyCodeYes, 0o632, .resize),                // KEY_RESIZE
    ] as [(Int32, UInt32, Key)])
    func decodes(status: Int32, code: UInt32, expected: Key) {
        #expect(KeyDecoder.decode(status: status, code: code) == expected)
    }

    @Test(arguments: [
        (err, 0),                    // time-out
        (ok, 0x85),                  // a C1 control
        (ok, 0xD800),                // not a scalar
        (keyCodeYes, 0o631),         // KEY_MOUSE: the caller reads the event
        (keyCodeYes, 0o410),         // KEY_F(0) does not exist on keyboards
        (keyCodeYes, 0o777),         // a code with no Key
    ] as [(Int32, UInt32)])
    func ignores(status: Int32, code: UInt32) {
        #expect(KeyDecoder.decode(status: status, code: code) == nil)
    }

    @Test func statusConstantsMatchCurses() {
        #expect(KeyDecoder.characterStatus == Self.ok)
        #expect(KeyDecoder.keyCodeStatus == Self.keyCodeYes)
    }
}
