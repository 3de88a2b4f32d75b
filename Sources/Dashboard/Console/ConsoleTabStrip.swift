import TerminalUI

/// The row of panel titles shown when the screen is too small for the grid: the focused one
/// reversed (visible without colour), the others plain, so the officer sees what Tab reaches.
enum ConsoleTabStrip {
    static let focusedStyle = Style(.accent, attributes: [.bold, .reverse])

    /// The panel whose tab covers `column` (from the strip's start), or nil.
    static func panel(atColumn column: Int, language: Language) -> ConsolePanel? {
        var x = 0
        for panel in ConsolePanel.allCases {
            x += x == 0 ? 1 : 3
            let width = DisplayWidth.of(panel.title(language)) + 2
            if column >= x && column < x + width { return panel }
            x += width
        }
        return nil
    }

    /// Draws the tabs on the first row of `rect`.
    static func draw(focus: ConsolePanel, language: Language, in rect: Rect, on canvas: inout Canvas) {
        var runs: [TextRun] = []
        for panel in ConsolePanel.allCases {
            runs.append(TextRun(runs.isEmpty ? " " : " │ ", Style(.dim)))
            runs.append(TextRun(" \(panel.title(language)) ", panel == focus ? focusedStyle : .normal))
        }
        canvas.draw(runs, in: rect)
    }
}
