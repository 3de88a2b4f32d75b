public import SafetyCore
public import SafetyStore
public import TerminalUI

/// The triage view drawn into a canvas from what was read and what the officer chose. Pure:
/// the same inputs always give the same cells.
public struct TriageScreen: Sendable {
    public var data: TriageWindow
    public var state: TriageState
    public var language: Language
    public var today: Day
    public var policy: EscalationPolicy
    /// Counties with their own rules (a config file's `[counties."NAME".triage]`); a hazard of
    /// any other county follows ``policy``.
    public var countyPolicies: [String: EscalationPolicy] = [:]
    /// The console's `--county`, which the filter line does not repeat.
    public var scope: String?

    public init(data: TriageWindow, state: TriageState, language: Language, today: Day,
                policy: EscalationPolicy = EscalationPolicy(), scope: String? = nil) {
        self.data = data
        self.state = state
        self.language = language
        self.today = today
        self.policy = policy
        self.scope = scope
    }

    /// The screen of everything `state` holds.
    public init(_ state: TriageState, policy: EscalationPolicy) {
        self.init(data: state.data, state: state, language: state.language, today: state.today ?? Day(year: 1970, month: 1, day: 1)!,
                  policy: policy, scope: state.scope)
    }

    /// The rules a hazard of `county` follows.
    func policy(for county: String) -> EscalationPolicy {
        countyPolicies[county] ?? policy
    }

    /// Draws into `body` (everything under the shared header).
    public func draw(in body: Rect, on canvas: inout Canvas) {
        if let page = state.enterpriseFile {
            EnterpriseFileScreen(page).draw(in: body, on: &canvas)
            return
        }
        let layout = TriageLayout(body: body)
        drawTitle(in: layout.title, on: &canvas)
        drawList(in: layout.list, on: &canvas)
        let row = data.row(at: state.selection)
        TriageDetail(row: row, enterprise: data.enterprise, history: data.history,
                     attachments: row != nil && state.attachmentsId == row?.hazard.id ? state.attachments : [],
                     language: language, today: today, policy: row.map { policy(for: $0.hazard.county) } ?? policy).draw(in: layout.detail, on: &canvas)
        drawStatus(in: layout.status, on: &canvas)
        let keys = state.keys.granted(to: state.role, \.permission)
        KeyBar(bindings: keys, language: language).draw(on: &canvas, in: layout.keyBar)
        // Over the list and the detail, under the title; the status line stays in sight.
        let overlay = Rect(x: body.x, y: layout.list.y, width: body.width, height: layout.status.y - layout.list.y)
        if let picker = state.savedViewPicker {
            SavedViewPickerBox(picker: picker, language: language).draw(in: overlay, on: &canvas)
        }
        if let editor = state.columnEditor {
            TriageColumnEditorBox(editor: editor, language: language).draw(in: overlay, on: &canvas)
        }
        if state.showsHelp {
            HelpOverlay(bindings: keys, language: language, title: language.pick("隐患处置 按键", "Triage keys"))
                .draw(on: &canvas)
        }
    }

    private func drawTitle(in rect: Rect, on canvas: inout Canvas) {
        let filter = TriageFilterText.describe(state.filter, scope: scope)
        var runs = [TextRun(language.pick(" 隐患处置 ", " Triage "), Style(.accent).bold),
                    TextRun(language.pick("\(data.count.grouped) 条", "\(data.count.grouped) hazards"))]
        runs.append(TextRun(language.pick("  筛选: ", "  filter: "), Style(.dim)))
        runs.append(TextRun(filter.isEmpty ? language.pick("未销号", "not closed") : filter, filter.isEmpty ? .normal : Style.normal.bold))
        runs.append(TextRun(language.pick("  排序: ", "  sort: "), Style(.dim)))
        runs.append(TextRun(Self.sortName(state.sort, language) + (state.descending ? " ↓" : " ↑")))
        if !state.marked.isEmpty {
            runs.append(TextRun(language.pick("  已选 \(state.marked.count)", "  marked \(state.marked.count)"), Style(.warning).bold))
        }
        let position = data.count > 0 ? "\((min(state.selection, data.count - 1) + 1).grouped)/\(data.count.grouped)" : ""
        // Until the read is in, the rows and the count may be the old list's.
        let reading = state.isReading ? [TextRun(Terms.loading(language) + " ", Style(.dim))] : []
        canvas.draw(runs, trailing: reading + [TextRun(position, Style(.dim))], in: rect)
    }

    private func drawList(in rect: Rect, on canvas: inout Canvas) {
        canvas.fill(rect)
        guard data.count > 0 else {
            PanelBox.message(language.pick("没有符合条件的隐患", "No hazards match the filter"), in: rect, on: &canvas)
            return
        }
        let (shown, columns) = TriageLayout.table(state.columns, width: rect.width, language: language)
        let table = Table(columns: columns, spacing: 1)
        let viewport = Viewport(count: data.count, height: table.visibleRowCount(in: rect), selection: state.selection)
        let rows = viewport.visibleRange.map { index in
            data.row(at: index).map { tableRow($0, shown) } ?? TableRow(["", "…"], style: Style(.dim))
        }
        table.draw(rows: rows, selectedRow: viewport.selectionInPage, in: rect, on: &canvas)
    }

    private func tableRow(_ row: TriageRow, _ shown: [TriageColumn]) -> TableRow {
        let hazard = row.hazard
        let countyPolicy = policy(for: hazard.county)
        let mark = state.marked.contains(hazard.id) ? "*" : (row.likelyDuplicateOf != nil ? "≈" : " ")
        let style: Style = switch countyPolicy.urgency(of: hazard, today: today) {
        case .overdue: Style(.overdue)
        case .dueSoon: Style(.warning)
        case .none: .normal
        }
        let cells = shown.map { $0.cell(row, today: today, policy: countyPolicy, language: language) }
        // Table columns count the mark column first.
        let gradeColumn = shown.firstIndex(of: .grade).map { $0 + 1 }
        return TableRow([mark] + cells, style: style,
                        cellStyles: hazard.grade == .major ? gradeColumn.map { [$0: Style(.riskRed).bold] } ?? [:] : [:])
    }

    private func drawStatus(in rect: Rect, on canvas: inout Canvas) {
        if let prompt = state.prompt {
            // A confirmation names the hazard it is about, so Enter never lands on another one.
            let question = TriageText.question(prompt, language)
            var runs = [TextRun(question, Style(.accent).bold)]
            switch prompt {
            case .confirm:
                let ids = state.marked.isEmpty ? [data.row(at: state.selection)?.hazard.id].compactMap { $0 } : state.marked.sorted()
                runs.append(TextRun(ids.joined(separator: ", "), Style.normal.bold))
            case .text(_, let field):
                runs.append(TextRun(field.display(width: max(1, rect.width - question.displayWidth))))
            }
            canvas.draw(runs, in: rect)
        } else if let message = state.message {
            canvas.draw([TextRun(" " + message.text, message.isError ? Style(.warning).bold : .normal)], in: rect)
        } else if state.searchPending {
            canvas.draw([TextRun(" " + Terms.searching(state.searchText, language), Style(.dim))], in: rect)
        } else if !state.matches.isEmpty {
            let shown = "\(state.matchIndex + 1)/\(state.matches.count)\(state.moreMatches ? "+" : "")"
            canvas.draw([TextRun(language.pick(" “\(state.searchText)” 第 \(shown) 处匹配，n/N 跳转",
                                               " “\(state.searchText)”: match \(shown), n/N to move"), Style(.dim))], in: rect)
        } else {
            canvas.fill(rect)
        }
    }

    static func sortName(_ sort: TriageSort, _ language: Language) -> String {
        switch sort {
        case .urgency: language.pick("紧急度", "urgency")
        case .deadline: language.pick("期限", "deadline")
        case .found: language.pick("发现日期", "found")
        case .county: language.pick("县区", "county")
        case .enterprise: language.pick("企业", "enterprise")
        case .status: language.pick("状态", "status")
        }
    }
}
