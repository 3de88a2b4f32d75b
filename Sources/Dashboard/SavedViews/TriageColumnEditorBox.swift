import SafetyStore
import TerminalUI

/// The column editor drawn over the triage list: every column with whether it is shown, in
/// the table's order.
struct TriageColumnEditorBox {
    let editor: TriageColumnEditor
    let language: Language

    func draw(in body: Rect, on canvas: inout Canvas) {
        let lines = editor.entries.map { entry in
            [TextRun(entry.shown ? "[x] " : "[ ] ", entry.shown ? Style.normal.bold : Style(.dim)),
             TextRun(entry.column.editorLabel(language), entry.shown ? .normal : Style(.dim))]
        }
        let footer = [TextRun(language.pick("空格 显示/隐藏  +/- 前移/后移  Enter 确定  Esc 取消",
                                            "Space shows/hides  +/- earlier/later  Enter applies  Esc cancels"), Style(.dim))]
        ListBox(title: language.pick("列（从上到下即从左到右）", "Columns (top to bottom is left to right)"), lines: lines,
                selection: editor.selection, footer: footer).draw(in: body, on: &canvas)
    }
}
