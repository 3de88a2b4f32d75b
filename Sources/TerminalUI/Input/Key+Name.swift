extension Key {
    /// The key a config file names: one character ("q", "3", "/", "重"), or a name as the key
    /// bar writes it ("Enter", "Esc", "Tab", "S-Tab", "Space", "PgUp", "PgDn", "Home", "End",
    /// "Ins", "Del", "Bksp", "F1"…"F63", "^C"), or an arrow ("↑", "Up", …). Case matters
    /// for single characters only; nil for anything else.
    public init?(name: String) {
        let lowered = name.lowercased()
        if let named = Self.names[lowered] {
            self = named
            return
        }
        if name.count == 1, let character = name.first, !character.isWhitespace, !Self.isControl(character) {
            self = .char(character)
            return
        }
        if let number = Int(lowered.dropFirst()), lowered.hasPrefix("f"), (1...63).contains(number) {
            self = .function(number)
            return
        }
        // ^C, C-c, Ctrl-C, Ctrl+C: control keys the terminal can send (not ^H ^I ^J ^M ^[,
        // which arrive as Backspace, Tab, Enter and Esc).
        for prefix in ["^", "c-", "ctrl-", "ctrl+"] where lowered.hasPrefix(prefix) && lowered.count == prefix.count + 1 {
            guard let letter = lowered.last, letter.isASCII, letter.isLetter || "@\\]^_".contains(letter),
                  !"hijm".contains(letter) else { return nil }
            self = .ctrl(letter)
            return
        }
        return nil
    }

    private static func isControl(_ character: Character) -> Bool {
        character.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    private static let names: [String: Key] = [
        "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape, "tab": .tab,
        "s-tab": .backTab, "shift-tab": .backTab, "backtab": .backTab, "space": .char(" "),
        "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
        "home": .home, "end": .end, "ins": .insert, "insert": .insert, "del": .delete, "delete": .delete,
        "bksp": .backspace, "backspace": .backspace,
        "↑": .up, "up": .up, "↓": .down, "down": .down, "←": .left, "left": .left, "→": .right, "right": .right,
    ]
}
