import SafetyCore
import SafetyStore
import TerminalUI

/// The open-hazard panel: the totals, then the queue most urgent first, in the order the
/// snapshot read it (major before general, overdue before due, then by deadline). Overdue
/// rows are drawn in the overdue style and carry "逾期"/"OVERDUE" beside the deadline, so
/// they stand out on a monochrome terminal too.
struct HazardPanelView: PanelView {
    let context: PanelContext

    init(_ context: PanelContext) {
        self.context = context
    }

    private var language: Language { context.language }

    func draw(in rect: Rect, on canvas: inout Canvas) {
        let hazards = context.snapshot.hazards
        canvas.draw(totalsLine(hazards), trailing: position(hazards), in: rect.row(0))
        let area = Self.tableArea(in: rect)
        guard hazards.open > 0 else {
            PanelBox.message(language.pick("没有未整改隐患", "No open hazards"), in: area, on: &canvas)
            return
        }
        let columns = HazardColumns(hazards.rows, asOf: context.snapshot.asOf, width: area.width,
                                    detailed: context.isZoomed, language: language)
        let table = Table(columns: columns.tableColumns, spacing: 1)
        // The snapshot holds a window of the queue around the selection; a row outside it
        // (the officer jumped further than the last read) shows as "…" until the next read.
        let viewport = Viewport(count: hazards.open, height: table.visibleRowCount(in: area),
                                selection: context.state.hazardSelection)
        let page = viewport.visibleRange.map { index in
            hazards.row(at: index).map(columns.tableRow) ?? TableRow(["…"], style: Style(.dim))
        }
        table.draw(rows: page, selectedRow: context.isFocused ? viewport.selectionInPage : nil, in: area, on: &canvas)
    }

    /// Where the queue's table goes inside the panel: everything under the totals line.
    static func tableArea(in rect: Rect) -> Rect {
        rect.inset(top: 1)
    }

    /// "未整改 1,234  逾期 56  重大 7  待验收 3  延期待批 2".
    private func totalsLine(_ hazards: ConsoleSnapshot.OpenHazards) -> [TextRun] {
        var runs = [
            TextRun(language.pick("未整改 ", "open ")), TextRun(hazards.open.grouped, Style.normal.bold),
            TextRun("  "),
            TextRun(language.pick("逾期 ", "overdue ") + hazards.overdue.grouped, hazards.overdue > 0 ? Style(.overdue) : Style(.dim)),
            TextRun("  "),
            TextRun(language.pick("重大 ", "major ") + hazards.majorOpen.grouped, hazards.majorOpen > 0 ? Style(.riskRed) : Style(.dim)),
        ]
        // Named only when there are some, so the line keeps its width on a quiet desk.
        if hazards.awaitingVerification > 0 {
            runs += [TextRun("  "), TextRun(Terms.awaitingVerification(language, short: true) + " " + hazards.awaitingVerification.grouped)]
        }
        if hazards.pendingExtensions > 0 {
            runs += [TextRun("  "), TextRun(language.pick("延期待批 ", "extensions pending ") + hazards.pendingExtensions.grouped, Style(.warning))]
        }
        return runs
    }

    /// "3/1,234": where the selection is in the whole queue.
    private func position(_ hazards: ConsoleSnapshot.OpenHazards) -> [TextRun] {
        guard hazards.open > 0 else { return [] }
        let selected = min(context.state.hazardSelection, hazards.open - 1) + 1
        return [TextRun("\(selected.grouped)/\(hazards.open.grouped)", Style(.dim))]
    }
}

/// The columns of the hazard queue sized for its data and width. The enterprise takes what
/// is left; when that gets too narrow to read, status and then days open are left out.
private struct HazardColumns {
    typealias Row = ConsoleSnapshot.HazardRow

    private struct Column {
        var column: TableColumn
        var cell: (Row) -> String
        var style: ((Row) -> Style?)? = nil
        /// Columns with a drop order are left out, lowest first, when the panel is narrow.
        var dropOrder: Int? = nil
    }

    private let columns: [Column]
    private let asOf: Day

    init(_ rows: [Row], asOf: Day, width: Int, detailed: Bool, language: Language) {
        self.asOf = asOf
        // English gets "MAJ"/"gen": short, and the capitals mark a major hazard without colour.
        func grade(_ row: Row) -> String {
            language == .zh ? Terms.name(row.hazard.grade, .zh) : (row.hazard.grade == .major ? "MAJ" : "gen")
        }
        func daysOpen(_ row: Row) -> String {
            let days = asOf.days(since: row.hazard.foundOn)
            return language.pick("\(days.grouped)天", "\(days.grouped)d")
        }
        func deadline(_ row: Row) -> String { row.hazard.deadline?.iso ?? "—" }
        func marker(_ row: Row) -> String { row.hazard.isOverdue(asOf: asOf) ? ConsoleMarks.overdue(language) : "" }
        func status(_ row: Row) -> String { Terms.name(row.hazard.status, language) }
        let titles = (grade: language.pick("等级", "grade"), county: language.pick("县区", "county"),
                      days: language.pick("天数", "days"), deadline: language.pick("整改期限", "deadline"),
                      status: language.pick("状态", "status"))

        let major = Style(.riskRed).bold
        var columns = [
            Column(column: .fitting(titles.grade, rows.map(grade)), cell: grade,
                   style: { $0.hazard.grade == .major ? major : nil }),
            Column(column: .fitting(titles.county, rows.map(\.hazard.county), cap: 10),
                   cell: { $0.hazard.county }),
            Column(column: TableColumn(language.pick("企业", "enterprise"), width: .weight(1)), cell: { $0.enterpriseName }),
        ]
        if detailed && width >= 120 {
            columns.append(Column(column: TableColumn(language.pick("隐患描述", "description"), width: .weight(2)),
                                  cell: { $0.hazard.description }))
        }
        columns += [
            Column(column: .fitting(titles.days, rows.map(daysOpen), alignment: .right),
                   cell: daysOpen, dropOrder: 2),
            Column(column: .fitting(titles.deadline, rows.map(deadline)), cell: deadline),
            Column(column: .fitting("", [ConsoleMarks.overdue(language)]), cell: marker,
                   style: { _ in Style(.overdue).bold }),
            Column(column: .fitting(titles.status, rows.map(status)), cell: status, dropOrder: 1),
        ]
        // Keep the enterprise name readable on narrow panels: leave out status, then days open.
        func enterpriseWidth() -> Int { Table(columns: columns.map(\.column)).columnWidths(totalWidth: width)[2] }
        while enterpriseWidth() < 12,
              let drop = columns.indices.min(by: { (columns[$0].dropOrder ?? .max) < (columns[$1].dropOrder ?? .max) }),
              columns[drop].dropOrder != nil {
            columns.remove(at: drop)
        }
        self.columns = columns
    }

    var tableColumns: [TableColumn] { columns.map(\.column) }

    /// One hazard; an overdue one in the overdue style.
    func tableRow(_ row: Row) -> TableRow {
        var styles: [Int: Style] = [:]
        for (index, column) in columns.enumerated() {
            if let style = column.style?(row), !column.cell(row).isEmpty { styles[index] = style }
        }
        return TableRow(columns.map { $0.cell(row) }, style: row.hazard.isOverdue(asOf: asOf) ? Style(.overdue) : .normal,
                        cellStyles: styles)
    }
}
