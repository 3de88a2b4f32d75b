import TerminalUI

/// What a click or a wheel turn means for a list drawn as a ``Table`` with its header row:
/// the moves that select the clicked row, or scroll. Clicks become the same up/down actions
/// the keys send, so the mouse goes through the views' reducers like a key.
enum MouseList {
    /// Rows one wheel notch moves.
    static let wheelRows = 3

    /// How many rows down (negative: up) the selection must move to land on the row at `y` of
    /// a table in `area` (header on its first row) of `count` rows with `selection`; nil when
    /// `y` is not on a row. The table's page is the one ``Viewport`` puts on screen.
    static func rowDelta(y: Int, area: Rect, count: Int, selection: Int) -> Int? {
        let rows = area.height - 1
        guard rows > 0, y > area.y, y < area.maxY else { return nil }
        let viewport = Viewport(count: count, height: rows, selection: selection)
        let index = viewport.offset + (y - area.y - 1)
        guard index < count, let selected = viewport.selectedIndex else { return nil }
        return index - selected
    }

    /// `delta` moves of the selection as actions.
    static func moves<Action>(_ delta: Int, up: Action, down: Action) -> [Action] {
        Array(repeating: delta < 0 ? up : down, count: abs(delta))
    }

    /// The binding of the key-bar entry at column `x` (the bar drawn at column 0 of a row
    /// `width` wide), or nil.
    static func keyBarAction<Action>(x: Int, width: Int, bindings: [KeyBinding<Action>], language: Language) -> Action? {
        KeyBar(bindings: bindings, language: language).layout(width: width)
            .first { x >= $0.x && x < $0.x + $0.width }?.binding.action
    }
}
