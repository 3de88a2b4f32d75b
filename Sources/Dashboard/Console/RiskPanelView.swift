import SafetyCore
import SafetyStore
import TerminalUI

/// The risk-level panel: per county, how many enterprises are red, orange, yellow and blue,
/// every count beside its letter (红/橙/黄/蓝 or R/O/Y/B) so colour is never the only cue,
/// and a bar of the mix. Zoomed, it adds the industries and towns of the selected county.
struct RiskPanelView: PanelView {
    typealias Row = ConsoleSnapshot.RiskRow

    let context: PanelContext

    init(_ context: PanelContext) {
        self.context = context
    }

    private var language: Language { context.language }

    func draw(in rect: Rect, on canvas: inout Canvas) {
        let snapshot = context.snapshot
        guard !snapshot.risk.isEmpty else {
            PanelBox.message(language.pick("没有风险分级的企业", "No graded enterprises"), in: rect, on: &canvas)
            return
        }
        let position = TextRun("\(context.state.riskSelection + 1)/\(snapshot.risk.count)", Style(.dim))
        canvas.draw(totalsLine(snapshot.risk), trailing: [position], in: rect.row(0))
        let counties = Self.countyTableArea(in: rect, zoomed: context.isZoomed)
        drawTable(snapshot.risk, nameTitle: language.pick("县区", "county"), selection: context.state.riskSelection,
                  in: counties, on: &canvas)
        if context.isZoomed {
            drawBreakdown(of: snapshot, in: Self.zoomHalves(of: rect)[1], stacked: Self.isWide(rect), on: &canvas)
        }
    }

    /// Where the county table goes inside the panel: under the totals line, sharing the
    /// space with the breakdown when zoomed.
    static func countyTableArea(in rect: Rect, zoomed: Bool) -> Rect {
        zoomed ? zoomHalves(of: rect)[0] : rect.inset(top: 1)
    }

    /// Wide zooms put the breakdown beside the counties, narrow ones (80 columns) below them.
    private static func isWide(_ rect: Rect) -> Bool { rect.width >= 100 }

    private static func zoomHalves(of rect: Rect) -> [Rect] {
        let body = rect.inset(top: 1)
        return isWide(rect) ? body.splitColumns([.weight(1), .weight(1)], spacing: 2)
            : body.splitRows([.weight(1), .weight(1)], spacing: 1)
    }

    /// "全部 180  红 12  橙 34  黄 56  蓝 78": the levels over every row.
    private func totalsLine(_ rows: [Row]) -> [TextRun] {
        var runs = [TextRun(language.pick("全部 ", "all ")), TextRun(rows.reduce(0) { $0 + $1.total }.grouped, Style.normal.bold)]
        for level in RiskLevel.allCases {
            let count = rows.reduce(0) { $0 + ($1.counts[level] ?? 0) }
            runs.append(TextRun("  "))
            runs.append(TextRun(Terms.letter(level, language) + " " + count.grouped, count > 0 ? level.style : Style(.dim)))
        }
        return runs
    }

    /// The industries and towns of the county the snapshot broke down, one table each.
    private func drawBreakdown(of snapshot: ConsoleSnapshot, in rect: Rect, stacked: Bool, on canvas: inout Canvas) {
        let county = snapshot.breakdownCounty ?? "—"
        let sections = [
            (language.pick(" · 按行业", " by industry"), language.pick("行业", "industry"), snapshot.riskByIndustry),
            (language.pick(" · 按乡镇", " by town"), language.pick("乡镇", "town"), snapshot.riskByTown),
        ]
        let areas = stacked ? rect.splitRows([.weight(1), .weight(1)], spacing: 1)
            : rect.splitColumns([.weight(1), .weight(1)], spacing: 2)
        for ((caption, nameTitle, rows), area) in zip(sections, areas) {
            let parts = area.splitRows([.fixed(1), .weight(1)])
            canvas.draw([TextRun(county, Style.normal.bold), TextRun(caption)], in: parts[0])
            if rows.isEmpty {
                PanelBox.message(language.pick("无数据", "no data"), in: parts[1], on: &canvas)
            } else {
                drawTable(rows, nameTitle: nameTitle, selection: nil, in: parts[1], on: &canvas)
            }
        }
    }

    /// Draws `rows` with a header line, scrolled so that `selection` is visible; the
    /// selection is highlighted only while the panel has the focus.
    private func drawTable(_ rows: [Row], nameTitle: String, selection: Int?, in rect: Rect, on canvas: inout Canvas) {
        let columns = RiskColumns(rows, nameTitle: nameTitle, width: rect.width, language: language)
        let table = Table(columns: columns.tableColumns, spacing: 1)
        let viewport = Viewport(count: rows.count, height: table.visibleRowCount(in: rect), selection: selection ?? 0)
        let page = Array(rows[viewport.visibleRange])
        let highlighted = selection != nil && context.isFocused ? viewport.selectionInPage : nil
        table.draw(rows: page.map(columns.tableRow), selectedRow: highlighted, in: rect, on: &canvas)

        guard columns.bar > 0 else { return }
        let barX = rect.x + table.columnOffsets(totalWidth: rect.width)[columns.tableColumns.count - 1]
        // Scaled to the whole list, not the page, so the bars do not change as it scrolls.
        let maximum = rows.map(\.total).max() ?? 0
        for (index, row) in page.enumerated() {
            RiskMixBar.draw(row.counts, maximum: maximum, x: barX, y: rect.y + 1 + index, width: columns.bar, on: &canvas)
        }
    }
}

/// The columns of a risk table sized for its data and width: name, the four counts, then the
/// total and the mix bar while there is room for them.
private struct RiskColumns {
    let language: Language
    let nameTitle: String
    let name: Int
    let counts: [Int]
    let total: Int
    let bar: Int
    let letterWidth: Int

    init(_ rows: [ConsoleSnapshot.RiskRow], nameTitle: String, width: Int, language: Language) {
        self.language = language
        self.nameTitle = nameTitle
        let levels = RiskLevel.allCases
        let letterWidth = levels.map { Terms.letter($0, language).displayWidth }.max() ?? 1
        self.letterWidth = letterWidth
        counts = levels.map { level in
            let digits = rows.map { ($0.counts[level] ?? 0).grouped.displayWidth }.max() ?? 1
            return max(Self.title(level, language).displayWidth, letterWidth + 1 + digits)
        }
        let totalWidth = max(language.pick("合计", "total").displayWidth, rows.map { $0.total.grouped.displayWidth }.max() ?? 1)
        let wantedName = min(16, max(nameTitle.displayWidth, rows.map(\.name.displayWidth).max() ?? 0))
        // Columns left for the name, the total and the bar, spacing included.
        var room = width - counts.reduce(0) { $0 + $1 + 1 }
        if room - wantedName >= totalWidth + 1 {
            total = totalWidth
            room -= totalWidth + 1
        } else {
            total = 0
        }
        if room - wantedName >= 5 {
            name = wantedName
            bar = room - wantedName - 1
        } else {
            name = max(2, room)
            bar = 0
        }
    }

    /// The column title of a level: its severity word, the cells carry the letter.
    static func title(_ level: RiskLevel, _ language: Language) -> String {
        switch level {
        case .red: language.pick("重大", "red")
        case .orange: language.pick("较大", "orange")
        case .yellow: language.pick("一般", "yellow")
        case .blue: language.pick("低", "blue")
        }
    }

    var tableColumns: [TableColumn] {
        var columns = [TableColumn(nameTitle, width: .fixed(name))]
        for (level, width) in zip(RiskLevel.allCases, counts) {
            columns.append(TableColumn(Self.title(level, language), width: .fixed(width), alignment: .right))
        }
        if total > 0 { columns.append(TableColumn(language.pick("合计", "total"), width: .fixed(total), alignment: .right)) }
        if bar > 0 { columns.append(TableColumn(language.pick("构成", "mix"), width: .fixed(bar))) }
        return columns
    }

    /// One row: the name, "红  12" per level (letter left, number right), the total.
    func tableRow(_ row: ConsoleSnapshot.RiskRow) -> TableRow {
        var cells = [row.name]
        var styles: [Int: Style] = [:]
        for (index, (level, width)) in zip(RiskLevel.allCases, counts).enumerated() {
            let count = row.counts[level] ?? 0
            let letter = DisplayWidth.pad(Terms.letter(level, language), to: letterWidth)
            cells.append(letter + DisplayWidth.pad(count.grouped, to: width - letterWidth, alignment: .right))
            styles[index + 1] = count > 0 ? level.style : Style(.dim)
        }
        if total > 0 { cells.append(row.total.grouped) }
        return TableRow(cells, cellStyles: styles)
    }
}
