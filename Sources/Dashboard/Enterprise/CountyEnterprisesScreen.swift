import SafetyCore
import SafetyStore
public import TerminalUI

/// A county's enterprises drawn from their state alone: a title with the position, a table
/// of colour, name, town, industry and the day assessed, and the keys that work here.
public struct CountyEnterprisesScreen: Sendable {
    public var state: CountyEnterprisesState

    public init(_ state: CountyEnterprisesState) {
        self.state = state
    }

    /// Rows of the table that fit in `rect` (a title, the table's header and a key line around them).
    public static func pageRows(in rect: Rect) -> Int { max(1, rect.height - 3) }

    public func draw(in rect: Rect, on canvas: inout Canvas) {
        canvas.fill(rect)
        let language = state.language
        let parts = rect.splitRows([.fixed(1), .weight(1), .fixed(1)])
        let position = state.window.map { TextRun("\(min($0.total, state.selection + 1))/\($0.total.grouped)", Style(.dim)) }
        canvas.draw([TextRun(state.county, Style.normal.bold), TextRun(language.pick(" · 企业（按风险，红→蓝）", " · enterprises, reddest first"))],
                    trailing: position.map { [$0] } ?? [], in: parts[0])
        if let window = state.window, window.total > 0 {
            drawTable(window, in: parts[1], on: &canvas)
        } else {
            PanelBox.message(state.message ?? Terms.loading(language), in: parts[1], on: &canvas)
        }
        let keys = language.pick(" ↑↓ PgUp PgDn 选择  Enter 一企一档  Esc 返回", " ↑↓ PgUp PgDn select  Enter enterprise file  Esc back")
        let message = state.window != nil && state.window?.total != 0 ? state.message : nil
        canvas.draw([TextRun(keys, Style(.dim))] + (message.map { [TextRun("  " + $0, Style(.warning))] } ?? []), in: parts[2])
    }

    /// The page of the window holding the selection, scrolled as a ``Viewport`` scrolls it.
    private func drawTable(_ window: CountyEnterprises, in rect: Rect, on canvas: inout Canvas) {
        let language = state.language
        let columns = [
            TableColumn(language.pick("风险", "risk"), width: .fixed(language == .zh ? 4 : 6)),
            TableColumn(language.pick("企业", "enterprise"), width: .weight(3)),
            TableColumn(language.pick("乡镇", "town"), width: .weight(1)),
            TableColumn(language.pick("行业", "industry"), width: .weight(1)),
            TableColumn(language.pick("评估日期", "assessed"), width: .fixed(10)),
        ]
        let table = Table(columns: columns, spacing: 1)
        let viewport = Viewport(count: window.total, height: table.visibleRowCount(in: rect), selection: state.selection)
        let rows = viewport.visibleRange.map { position -> TableRow in
            let index = position - window.offset
            guard window.enterprises.indices.contains(index) else { return TableRow(["", "…"], style: Style(.dim)) }
            let enterprise = window.enterprises[index]
            let level = enterprise.riskLevel
            return TableRow([level.map { Terms.letter($0, language) } ?? language.pick("未评", "none"), enterprise.name,
                             enterprise.town, enterprise.industry, enterprise.riskAssessedOn?.iso ?? "—"],
                            cellStyles: [0: level?.style ?? Style(.dim)])
        }
        table.draw(rows: rows, selectedRow: viewport.selectionInPage, in: rect, on: &canvas)
    }
}
