import TerminalUI

/// The frame every console panel is drawn in, the same for all four.
///
/// The focused panel gets double lines and a bold reversed title, so focus shows on a
/// monochrome terminal and under `NO_COLOR` as well as in colour.
enum PanelBox {
    /// Draws the frame of `panel` along the edge of `rect`, clears its inside and returns it.
    @discardableResult
    static func draw(_ panel: ConsolePanel, in rect: Rect, focused: Bool, zoomed: Bool, language: Language,
                     on canvas: inout Canvas) -> Rect {
        let inside = rect.inset(by: 1)
        canvas.fill(inside)
        // The zoom hides the other panels; the title says how to get them back.
        let title = zoomed ? panel.title(language) + language.pick(" · Esc 返回", " · Esc to return") : panel.title(language)
        canvas.drawBox(rect, title: title,
                       style: focused ? Style(.accent) : Style(.dim),
                       titleStyle: focused ? Style(.accent, attributes: [.bold, .reverse]) : Style.normal.bold,
                       glyphs: focused ? .double : .unicode)
        return inside
    }

    /// A one-line message in the middle of a panel's inside: "loading", "nothing to show".
    static func message(_ text: String, in rect: Rect, on canvas: inout Canvas) {
        guard !rect.isEmpty else { return }
        let row = rect.row(rect.height / 2)
        canvas.put(text, x: row.x, y: row.y, width: row.width, alignment: .center, style: Style(.dim))
    }
}
