import SafetyStore
import TerminalUI

/// The saved views' list drawn over the triage list: each view's name, filter and order.
struct SavedViewPickerBox {
    let picker: SavedViewPicker
    let language: Language

    func draw(in body: Rect, on canvas: inout Canvas) {
        let title = language.pick("已存视图", "Saved views")
        guard let views = picker.views else {
            ListBox(title: title, lines: [[TextRun(Terms.loading(language), Style(.dim))]], selection: nil,
                    footer: keys).draw(in: body, on: &canvas)
            return
        }
        guard !views.isEmpty else {
            ListBox(title: title, lines: [[TextRun(language.pick("还没有已存视图：V 保存当前筛选、排序和列",
                                                                 "No saved views yet: V saves the filter, sort and columns"), Style(.dim))]],
                    selection: nil, footer: [TextRun(language.pick("Esc 关闭", "Esc closes"), Style(.dim))]).draw(in: body, on: &canvas)
            return
        }
        let nameWidth = views.map { $0.name.displayWidth }.max() ?? 0
        let lines = views.map { view -> [TextRun] in
            let filter = view.filter.isEmpty ? language.pick("未销号", "not closed") : view.filter
            return [TextRun(DisplayWidth.pad(view.name, to: nameWidth) + "  ", Style.normal.bold),
                    TextRun(filter + "  "),
                    TextRun(TriageScreen.sortName(view.sort, language) + (view.descending ? " ↓" : " ↑"), Style(.dim))]
        }
        let footer = picker.confirmingDelete
            ? [TextRun(language.pick("删除视图“\(picker.selected?.name ?? "")”？Enter 确认，Esc 取消",
                                     "Delete view “\(picker.selected?.name ?? "")”? Enter confirms, Esc keeps it"), Style(.warning).bold)]
            : keys
        ListBox(title: title, lines: lines, selection: picker.selection, footer: footer).draw(in: body, on: &canvas)
    }

    private var keys: [TextRun] {
        [TextRun(language.pick("Enter 应用  d 删除  Esc 关闭", "Enter applies  d deletes  Esc closes"), Style(.dim))]
    }
}
