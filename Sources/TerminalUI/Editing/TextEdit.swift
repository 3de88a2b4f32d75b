/// One change to a ``TextField``, decoded from a key by ``init(_:)``.
public enum TextEdit: Sendable, Equatable {
    /// Text typed or pasted at the cursor; a paste or an input method may deliver several
    /// characters (Chinese words) at once.
    case insert(String)
    /// Deletes the character before the cursor.
    case backspace
    /// Deletes the character under the cursor.
    case delete
    case left, right
    /// To the start or end of the text (also Ctrl-A and Ctrl-E, as in a shell).
    case home, end

    /// The edit a key makes in a text field, or nil for a key that is not an edit (Enter,
    /// Esc, Tab, arrows up and down: the view decides what those do).
    public init?(_ key: Key) {
        switch key {
        case .char(let character): self = .insert(String(character))
        case .backspace: self = .backspace
        case .delete, .ctrl("d"): self = .delete
        case .left, .ctrl("b"): self = .left
        case .right, .ctrl("f"): self = .right
        case .home, .ctrl("a"): self = .home
        case .end, .ctrl("e"): self = .end
        default: return nil
        }
    }
}
