import CNcursesw

/// Turns what ncurses' `get_wch` returns into a ``Key``, without a terminal, so that the
/// mapping is unit-tested.
public enum KeyDecoder {
    /// `get_wch`'s result for a character.
    public static let characterStatus = Int32(OK)
    /// `get_wch`'s result for a function key (`KEY_CODE_YES`).
    public static let keyCodeStatus = Int32(KEY_CODE_YES)

    /// Decodes one `get_wch` result: `status` is `OK` (a character in `code`) or
    /// `KEY_CODE_YES` (a `KEY_*` code); anything else (`ERR`, a time-out) gives nil, as do
    /// codes with no ``Key`` (C1 controls, keys the dashboard has no use for).
    /// `KEY_MOUSE` also gives nil: the caller must fetch the event with `getmouse`.
    public static func decode(status: Int32, code: UInt32) -> Key? {
        switch status {
        case characterStatus: decodeCharacter(code)
        case keyCodeStatus: decodeKeyCode(Int32(bitPattern: code))
        default: nil
        }
    }

    private static func decodeCharacter(_ code: UInt32) -> Key? {
        switch code {
        case 10, 13: return .enter
        case 9: return .tab
        case 27: return .escape
        case 8, 127: return .backspace
        case 0: return .ctrl("@")
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(code) + 0x60)))
        case 28...31: return .ctrl(Character(Unicode.Scalar(UInt8(code) + 0x40)))
        case 0x80...0x9F: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .char(Character(scalar))
        }
    }

    private static func decodeKeyCode(_ code: Int32) -> Key? {
        switch code {
        case Int32(KEY_UP): .up
        case Int32(KEY_DOWN): .down
        case Int32(KEY_LEFT): .left
        case Int32(KEY_RIGHT): .right
        case Int32(KEY_PPAGE): .pageUp
        case Int32(KEY_NPAGE): .pageDown
        case Int32(KEY_HOME), Int32(KEY_A1): .home
        case Int32(KEY_END), Int32(KEY_C1): .end
        case Int32(KEY_IC): .insert
        case Int32(KEY_DC): .delete
        case Int32(KEY_ENTER): .enter
        case Int32(KEY_BACKSPACE): .backspace
        case Int32(KEY_BTAB): .backTab
        case Int32(KEY_RESIZE): .resize
        case (Int32(KEY_F0) + 1)...(Int32(KEY_F0) + 63): .function(Int(code - Int32(KEY_F0)))
        default: nil
        }
    }
}
