public import TerminalUI

/// The enterprise page drawn from its state alone: the page's lines from the scroll position,
/// a status line, and the keys that work here.
public struct EnterpriseFileScreen: Sendable {
    public var state: EnterpriseFileState

    public init(_ state: EnterpriseFileState) {
        self.state = state
    }

    /// Lines of the page that fit in `body` (a status and a key line below them).
    public static func pageRows(in body: Rect) -> Int { max(1, body.height - 2) }

    public func draw(in body: Rect, on canvas: inout Canvas) {
        canvas.fill(body)
        let language = state.language
        let rows = body.splitRows([.weight(1), .fixed(1), .fixed(1)])
        if let file = state.file {
            let lines = EnterpriseFilePage.lines(file, language)
            for (index, line) in lines.dropFirst(state.scroll).prefix(rows[0].height).enumerated() {
                canvas.draw(line, in: rows[0].row(index))
            }
            let shown = min(lines.count, state.scroll + rows[0].height)
            canvas.draw([TextRun(" " + (state.message ?? ""), Style(.warning))],
                        trailing: [TextRun("\(min(lines.count, state.scroll + 1))–\(shown)/\(lines.count) ", Style(.dim))], in: rows[1])
        } else {
            PanelBox.message(state.message ?? Terms.loading(language), in: rows[0], on: &canvas)
        }
        canvas.draw([TextRun(language.pick(" ↑↓ PgUp PgDn 滚动  Esc/Enter 返回  q 退出", " ↑↓ PgUp PgDn scroll  Esc/Enter back  q quit"), Style(.dim))],
                    in: rows[2])
    }
}
