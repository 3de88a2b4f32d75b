/// A one-line text input as every prompt of the dashboard edits it: insert at the cursor,
/// delete either side of it, move it, and Tab completion that cycles through candidates the
/// caller supplies (the view reads them, so the field never waits on anything).
///
/// The cursor counts characters (grapheme clusters), never bytes or columns: a Chinese
/// character is one step for the cursor and two columns on screen (``display(width:)``).
public struct TextField: Sendable, Equatable {
    /// Candidates found for a prefix, and the one the field shows now.
    public struct Completion: Sendable, Equatable {
        /// What was typed when Tab was first pressed.
        public var prefix: String
        public var candidates: [String]
        public var index: Int
    }

    public private(set) var text: String
    /// Characters before the cursor: 0 is before the first, `text.count` after the last.
    public private(set) var cursor: Int
    /// The completion being cycled by Tab; any edit ends it.
    public private(set) var completion: Completion?

    /// A field holding `text`, with the cursor at its end.
    public init(_ text: String = "") {
        self.text = text
        self.cursor = text.count
    }

    /// Applies one edit; edits past either end of the text do nothing.
    public mutating func apply(_ edit: TextEdit) {
        var characters = Array(text)
        switch edit {
        case .insert(let typed):
            characters.insert(contentsOf: typed, at: cursor)
            cursor += typed.count
        case .backspace:
            guard cursor > 0 else { return }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete:
            guard cursor < characters.count else { return }
            characters.remove(at: cursor)
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = characters.count
        }
        text = String(characters)
        completion = nil
    }

    /// Tab. While a completion is shown, moves to its next candidate and returns nil;
    /// otherwise returns the text to look candidates up for — the caller answers with
    /// ``offer(_:for:)``.
    public mutating func nextCompletion() -> String? {
        if var completion, completion.candidates.indices.contains(completion.index),
           completion.candidates[completion.index] == text {
            completion.index = (completion.index + 1) % completion.candidates.count
            replace(with: completion.candidates[completion.index])
            self.completion = completion
            return nil
        }
        completion = nil
        return text
    }

    /// The candidates for `prefix`: the field shows the first (or, when the text already is
    /// one of them, the one after it). Ignored when the text changed since Tab was pressed.
    public mutating func offer(_ candidates: [String], for prefix: String) {
        guard text == prefix, !candidates.isEmpty else { return }
        let index = candidates.firstIndex(of: prefix).map { ($0 + 1) % candidates.count } ?? 0
        replace(with: candidates[index])
        completion = Completion(prefix: prefix, candidates: candidates, index: index)
    }

    /// The text with `mark` at the cursor, cut to `width` columns around the cursor: the
    /// text before it first (what was just typed), then what follows as room allows.
    public func display(width: Int, mark: Character = "▏") -> String {
        let characters = Array(text)
        var room = width - DisplayWidth.of(mark)
        guard room >= 0 else { return "" }
        var before: [Character] = []
        for character in characters[..<cursor].reversed() {
            let columns = DisplayWidth.of(character)
            guard columns <= room else { break }
            before.insert(character, at: 0)
            room -= columns
        }
        var after: [Character] = []
        for character in characters[cursor...] {
            let columns = DisplayWidth.of(character)
            guard columns <= room else { break }
            after.append(character)
            room -= columns
        }
        return String(before) + String(mark) + String(after)
    }

    private mutating func replace(with newText: String) {
        text = newText
        cursor = newText.count
    }
}
