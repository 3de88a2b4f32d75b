import TerminalUI

/// A piece of text in one style. A console line is a few runs side by side, e.g. a label in
/// plain text followed by a count in its risk colour.
struct TextRun: Sendable, Hashable {
    var text: String
    var style: Style

    init(_ text: String, _ style: Style = .normal) {
        self.text = text
        self.style = style
    }

    /// Columns the run takes.
    var width: Int { text.displayWidth }
}

extension Canvas {
    /// Draws `runs` from the left and `trailing` flush right on the first row of `rect`, after
    /// clearing the row in `fill`. The trailing runs are left out whole when they do not fit
    /// beside at least a column of the leading ones; the leading runs are cut with "…" at a
    /// character boundary, so a line never spills out of its rectangle or tears a glyph.
    mutating func draw(_ runs: [TextRun], trailing: [TextRun] = [], in rect: Rect, fill: Style = .normal) {
        let row = rect.row(0)
        guard !row.isEmpty else { return }
        self.fill(row, style: fill)
        let trailingWidth = trailing.reduce(0) { $0 + $1.width }
        var leadingEnd = row.maxX
        if !trailing.isEmpty, trailingWidth + 2 <= row.width {
            var x = row.maxX - trailingWidth
            leadingEnd = x - 1
            for run in trailing { x = put(run.text, x: x, y: row.y, style: run.style, clip: row) }
        }
        var x = row.x
        for run in runs {
            let room = leadingEnd - x
            guard room > 0 else { break }
            if run.width <= room {
                x = put(run.text, x: x, y: row.y, style: run.style, clip: row)
            } else {
                put(DisplayWidth.truncate(run.text, to: room), x: x, y: row.y, style: run.style, clip: row)
                break
            }
        }
    }
}
