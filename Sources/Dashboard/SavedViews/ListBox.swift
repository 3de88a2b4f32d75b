import TerminalUI

/// A framed list centred over a view's body: a title in the frame, one line per item with
/// the selected one reversed edge to edge (seen without colour), and a line of its keys at the
/// bottom. A list taller than the box scrolls with the selection. The saved views' list and
/// the column editor are drawn with it.
struct ListBox {
    var title: String
    var lines: [[TextRun]]
    var selection: Int?
    /// Shown under the items: the box's keys, or a question.
    var footer: [TextRun]

    func draw(in body: Rect, on canvas: inout Canvas) {
        let widest = (lines + [footer]).map { $0.reduce(0) { $0 + $1.width } }.max() ?? 0
        let width = max(widest, title.displayWidth + 4) + 4
        let box = body.centered(width: width, height: lines.count + 4)
        guard box.width >= 4, box.height >= 4 else { return }
        canvas.fill(box)
        canvas.drawBox(box, title: title, style: Style(.accent), titleStyle: Style.normal.bold)
        let inside = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        let rows = max(0, inside.height - 2)
        let viewport = Viewport(count: lines.count, height: rows, selection: selection ?? 0)
        for (row, index) in viewport.visibleRange.enumerated() {
            let line = inside.row(row)
            if index == selection {
                canvas.draw(lines[index].map { TextRun($0.text, $0.style.reversed) }, in: line, fill: Style.normal.reversed)
            } else {
                canvas.draw(lines[index], in: line)
            }
        }
        canvas.draw(footer, in: inside.row(inside.height - 1))
    }
}
