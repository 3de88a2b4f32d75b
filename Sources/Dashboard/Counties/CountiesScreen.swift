public import SafetyCore
public import SafetyStore
public import TerminalUI

/// The supervisors' view drawn from what was read and what was chosen: a county page (every
/// figure in columns, the risk mix, twelve months of hazards found and rectified), the towns
/// of the county, or the ranking of all counties. Pure.
public struct CountiesScreen: Sendable {
    public var counties: [String]
    public var page: CountyPage?
    public var towns: [TownFigures]
    public var ranking: [CountySummary]
    public var state: CountiesState
    public var language: Language

    /// The screen of everything `state` holds.
    public init(_ state: CountiesState) {
        self.init(counties: state.counties, page: state.page, towns: state.towns, ranking: state.ranking,
                  state: state, language: state.language)
    }

    public init(counties: [String], page: CountyPage?, towns: [TownFigures] = [], ranking: [CountySummary] = [],
                state: CountiesState, language: Language) {
        self.counties = counties
        self.page = page
        self.towns = towns
        self.ranking = ranking
        self.state = state
        self.language = language
    }

    /// Rows of a table or page the body shows at once (for scrolling and paging).
    public static func visibleRows(in body: Rect) -> Int { max(1, body.height - 4) }

    /// The key bar's row in `body` (for mouse clicks).
    static func keyBarRow(in body: Rect) -> Rect { rows(of: body)[3] }

    private static func rows(of body: Rect) -> [Rect] { body.splitRows([.fixed(1), .weight(1), .fixed(1), .fixed(1)]) }

    public func draw(in body: Rect, on canvas: inout Canvas) {
        let rows = Self.rows(of: body)
        drawTitle(in: rows[0], on: &canvas)
        canvas.fill(rows[1])
        switch state.mode {
        case .page: drawPage(in: rows[1], on: &canvas)
        case .towns where state.readingTowns && towns.isEmpty:
            PanelBox.message(Terms.loading(language), in: rows[1], on: &canvas)
        case .towns: drawTable(townRows, in: rows[1], on: &canvas)
        case .ranking: drawTable(rankingRows, in: rows[1], on: &canvas)
        }
        if let search = state.search {
            let label = language.pick(" 查找县区: ", " Find county: ")
            canvas.draw([TextRun(label, Style(.accent).bold), TextRun(search.display(width: max(1, rows[2].width - label.displayWidth)))],
                        in: rows[2])
        } else if let message = state.message {
            canvas.draw([TextRun(" " + message)], in: rows[2])
        } else {
            canvas.fill(rows[2])
        }
        let keys = state.keys.granted(to: state.role, \.permission)
        KeyBar(bindings: keys, language: language).draw(on: &canvas, in: rows[3])
        if state.showsHelp {
            HelpOverlay(bindings: keys, language: language, title: language.pick("县区 按键", "Counties keys")).draw(on: &canvas)
        }
    }

    private var countyName: String { counties.indices.contains(state.county) ? counties[state.county] : "—" }

    private func drawTitle(in rect: Rect, on canvas: inout Canvas) {
        let what: String = switch state.mode {
        case .page: language.pick("县区概况", "County page")
        case .towns: language.pick("乡镇（街道）与园区", "Towns and zones")
        case .ranking: language.pick("县区排名（最差在前）", "County ranking (worst first)")
        }
        var runs = [TextRun(" " + what + " ", Style(.accent).bold)]
        if state.mode != .ranking { runs.append(TextRun(countyName, Style.normal.bold)) }
        let position = state.mode == .ranking ? "\(ranking.count)" : "\(min(state.county + 1, counties.count))/\(counties.count)"
        canvas.draw(runs, trailing: [TextRun(position, Style(.dim))], in: rect)
    }

    // MARK: - Page

    private func drawPage(in rect: Rect, on canvas: inout Canvas) {
        guard let page else {
            PanelBox.message(Terms.loading(language), in: rect, on: &canvas)
            return
        }
        let chartHeight = rect.height >= 16 ? 4 : 0
        let parts = rect.splitRows([.weight(1), .fixed(chartHeight)])
        drawSheet(FigureSheet(page.summary, language: language), risk: page.summary.enterprises.byRisk, in: parts[0], on: &canvas)
        if chartHeight > 0 { drawTrend(page.trend, in: parts[1], on: &canvas) }
    }

    /// The sheet's sections flow down columns of about 38 cells, a section kept whole in one
    /// column when it fits; `j`/`k` scroll by sections when they do not all fit.
    private func drawSheet(_ sheet: FigureSheet, risk: [RiskLevel: Int], in rect: Rect, on canvas: inout Canvas) {
        let columns = max(1, min(3, rect.width / 38))
        let width = rect.width / columns
        let rows = max(1, rect.height - 1)
        let total = risk.values.reduce(0, +)
        canvas.put(language.pick("风险构成 ", "risk mix "), x: rect.x + 1, y: rect.y, style: Style(.dim))
        RiskMixBar.draw(risk, maximum: max(total, 1), x: rect.x + 11, y: rect.y, width: max(0, rect.width - 13), on: &canvas)
        var column = 0, row = 0
        var allShown = true
        for section in sheet.sections.dropFirst(state.scroll) {
            let needed = 1 + section.lines.count
            if row > 0, row + needed > rows { column += 1; row = 0 }
            guard column < columns else { allShown = false; break }
            let x = rect.x + column * width + 1
            canvas.put(section.title, x: x, y: rect.y + 1 + row, width: width - 2, style: Style(.accent).bold)
            row += 1
            for line in section.lines {
                if row >= rows { column += 1; row = 0 }
                guard column < columns else { allShown = false; break }
                let lineX = rect.x + column * width + 1, y = rect.y + 1 + row
                // Long values ("226 sessions, 9,872 person-times") take room from the label.
                let valueWidth = min(width - 6, max(12, line.value.displayWidth))
                canvas.put(line.label, x: lineX, y: y, width: width - 3 - valueWidth, style: .normal)
                canvas.put(line.value, x: lineX + width - 2 - valueWidth, y: y, width: valueWidth, alignment: .right, style: Style.normal.bold)
                row += 1
            }
            row += 1
        }
        if !allShown || state.scroll > 0 {
            let hint = allShown ? language.pick("↑ k 回到开头", "↑ k back to the top") : language.pick("↓ j 查看更多", "↓ j for more")
            canvas.put(hint, x: rect.maxX - 16, y: rect.maxY - 1, width: 16, alignment: .right, style: Style(.dim))
        }
    }

    private func drawTrend(_ trend: [MonthlyHazards], in rect: Rect, on canvas: inout Canvas) {
        guard let first = trend.first, let last = trend.last else { return }
        let maximum = Double(trend.map { max($0.found, $0.rectified) }.max() ?? 0)
        canvas.put(language.pick("近12个月 \(first.month.iso)–\(last.month.iso)  发现 / 整改", "12 months \(first.month.iso)–\(last.month.iso)  found / rectified"),
                   x: rect.x + 1, y: rect.y, style: Style(.dim))
        let width = min(48, rect.width - 12)
        canvas.put(language.pick("发现", "found"), x: rect.x + 1, y: rect.y + 1, style: .normal)
        canvas.drawSparkline(trend.map { Double($0.found) }, x: rect.x + 11, y: rect.y + 1, width: width, maximum: maximum, style: Style(.warning))
        canvas.put(language.pick("整改", "rectified"), x: rect.x + 1, y: rect.y + 2, style: .normal)
        canvas.drawSparkline(trend.map { Double($0.rectified) }, x: rect.x + 11, y: rect.y + 2, width: width, maximum: maximum, style: Style(.ok))
        let totals = language.pick("合计 发现 \(trend.reduce(0) { $0 + $1.found }.grouped) 整改 \(trend.reduce(0) { $0 + $1.rectified }.grouped)",
                                   "total found \(trend.reduce(0) { $0 + $1.found }.grouped), rectified \(trend.reduce(0) { $0 + $1.rectified }.grouped)")
        canvas.put(totals, x: rect.x + 11, y: rect.y + 3, style: Style(.dim))
    }

    // MARK: - Tables

    private struct TableData {
        var columns: [TableColumn]
        var rows: [TableRow]
    }

    private var headers: [String] {
        [language.pick("名称", "name"), language.pick("整改率", "rate"), language.pick("逾期", "overdue"), language.pick("重大未改", "major open"),
         language.pick("检查逾期", "insp. overdue"), language.pick("发现", "found"), language.pick("企业", "firms")]
    }

    private func columns(first: String) -> [TableColumn] {
        var titles = headers
        titles[0] = first
        return titles.enumerated().map { index, title in
            let marked = index == state.column.rawValue ? title + (state.reversed ? "▲" : "▼") : title
            return index == 0 ? TableColumn(marked, width: .weight(1))
                : TableColumn(marked, width: .fixed(max(9, marked.displayWidth)), alignment: .right)
        }
    }

    private typealias Figures = (name: String, rate: RectificationRate, overdue: Int, majorOpen: Int, inspectionsOverdue: Int, found: Int, firms: Int)

    private func sorted(_ items: [Figures]) -> [Figures] {
        let ascending = state.column.worstFirstAscending != state.reversed
        return items.sorted { a, b in
            func key(_ f: Figures) -> Double {
                switch state.column {
                case .name: 0
                case .rate: f.rate.fraction ?? 2
                case .overdue: Double(f.overdue)
                case .majorOpen: Double(f.majorOpen)
                case .inspectionsOverdue: Double(f.inspectionsOverdue)
                case .found: Double(f.found)
                case .enterprises: Double(f.firms)
                }
            }
            if state.column == .name { return ascending ? a.name < b.name : a.name > b.name }
            if key(a) != key(b) { return ascending ? key(a) < key(b) : key(a) > key(b) }
            return a.name < b.name
        }
    }

    private func row(_ f: Figures, rank: Int?) -> TableRow {
        TableRow([(rank.map { "\($0). " } ?? "") + f.name, f.rate.percentText(decimals: 1), f.overdue.grouped, f.majorOpen.grouped,
                  f.inspectionsOverdue.grouped, f.found.grouped, f.firms.grouped],
                 style: f.overdue > 0 ? .normal : Style(.dim), cellStyles: f.overdue > 0 ? [2: Style(.overdue)] : [:])
    }

    private var townRows: TableData {
        let items: [Figures] = towns.map { t in
            ((t.isZone ? "◇ " : "") + t.town, t.hazards.rectificationRate, t.hazards.overdue, t.majorHazards.open,
             t.inspections.overdue, t.hazards.found, t.enterprises.total)
        }
        return TableData(columns: columns(first: language.pick("乡镇/园区", "town/zone")), rows: sorted(items).map { row($0, rank: nil) })
    }

    private var rankingRows: TableData {
        let items: [Figures] = ranking.map { s in
            (s.county ?? "—", s.hazards.rectificationRate, s.hazards.overdue, s.majorHazards.open, s.inspections.overdue,
             s.hazards.found, s.enterprises.total)
        }
        return TableData(columns: columns(first: language.pick("县区", "county")),
                         rows: sorted(items).enumerated().map { row($1, rank: $0 + 1) })
    }

    private func drawTable(_ data: TableData, in rect: Rect, on canvas: inout Canvas) {
        let table = Table(columns: data.columns, spacing: 1)
        let viewport = Viewport(count: data.rows.count, height: table.visibleRowCount(in: rect), selection: state.selection)
        table.draw(rows: Array(data.rows[viewport.visibleRange]), selectedRow: viewport.selectionInPage, in: rect, on: &canvas)
    }

    /// Rows in the current table (towns or ranking), for moving the selection.
    public var tableCount: Int { state.mode == .towns ? towns.count : ranking.count }
}
