/// The cells to write to bring a screen showing one canvas up to date with the next.
///
/// The terminal backend writes only these cells: no clearing, no full repaint, so nothing
/// flickers and a frame over SSH costs bytes in proportion to what changed.
public enum FrameDiff {
    /// One cell to write at (`x`, `y`). A wide cell covers (`x + 1`, `y`) too.
    public struct Change: Sendable, Hashable {
        /// Column.
        public var x: Int
        /// Row.
        public var y: Int
        /// What to write; never a continuation cell.
        public var cell: Cell

        /// A change.
        public init(x: Int, y: Int, cell: Cell) {
            self.x = x
            self.y = y
            self.cell = cell
        }
    }

    /// The changes from `old` (what the screen shows; nil when unknown, e.g. after a resize)
    /// to `new`, row by row, left to right.
    ///
    /// A wide character is rewritten when either of its halves changed, and a cell that used
    /// to be half of a wide character is rewritten even if its new content looks unchanged,
    /// because the terminal erased it together with the old glyph.
    public static func changes(from old: Canvas?, to new: Canvas) -> [Change] {
        let previous = old.flatMap { $0.size == new.size ? $0 : nil }
        var changes: [Change] = []
        for y in 0..<new.height {
            for x in 0..<new.width {
                let cell = new[x, y]
                if cell.isContinuation { continue }
                if let previous {
                    var changed = cell != previous[x, y]
                    if !changed, cell.width == 2, x + 1 < new.width {
                        changed = new[x + 1, y] != previous[x + 1, y]
                    }
                    if !changed { continue }
                }
                changes.append(Change(x: x, y: y, cell: cell))
            }
        }
        return changes
    }
}
