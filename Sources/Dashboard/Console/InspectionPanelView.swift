import SafetyCore
import SafetyStore
import TerminalUI

/// The inspection-schedule panel: due today, this week and overdue; done against planned this
/// month with a bar; then the next inspections not done, overdue first. Overdue figures and
/// rows carry a "!"/"逾期" marker as well as the overdue style.
struct InspectionPanelView: PanelView {
    let context: PanelContext

    init(_ context: PanelContext) {
        self.context = context
    }

    private var language: Language { context.language }

    func draw(in rect: Rect, on canvas: inout Canvas) {
        let inspections = context.snapshot.inspections
        // The zoom has room for how each saved plan's rule is kept; the small panel shows the first.
        let ruleRows = context.isZoomed ? inspections.rules.count : min(1, inspections.rules.count)
        let parts = rect.splitRows([.fixed(1), .fixed(1), .fixed(1), .fixed(ruleRows), .weight(1)])
        canvas.draw(dueLine(inspections), in: parts[0])
        if inspections.plannedThisMonth == 0 {
            canvas.draw([TextRun(EmptyWindowText.inspections(latest: inspections.latestPlannedOn, language), Style(.dim))], in: parts[1])
        } else {
            drawMonth(inspections, in: parts[1], on: &canvas)
        }
        canvas.draw(redLine(inspections), in: parts[2])
        for (index, rule) in inspections.rules.prefix(ruleRows).enumerated() {
            canvas.draw(ruleLine(rule), in: parts[3].row(index))
        }
        guard !inspections.upcoming.isEmpty else {
            PanelBox.message(language.pick("没有待检任务", "Nothing scheduled"), in: parts[4], on: &canvas)
            return
        }
        drawUpcoming(inspections.upcoming, in: parts[4], on: &canvas)
    }

    /// "红色企业本月检查 2/3 ! 1 家未检": whether every red enterprise has its monthly visit.
    private func redLine(_ inspections: ConsoleSnapshot.InspectionProgress) -> [TextRun] {
        let missing = inspections.redTotal - inspections.redVisited
        var runs = [TextRun(language.pick("红色企业本月已检 ", "red enterprises visited this month ")),
                    TextRun("\(inspections.redVisited.grouped)/\(inspections.redTotal.grouped)", Style.normal.bold)]
        if missing > 0 {
            runs.append(TextRun(language.pick("  ! \(missing.grouped) 家未检", "  ! \(missing.grouped) not yet"), Style(.overdue).bold))
        } else if inspections.redTotal > 0 {
            runs.append(TextRun(language.pick("  ✓ 全部", "  ✓ all"), Style(.ok)))
        }
        return runs
    }

    /// "towns-sampling 荔城区 本半年 412/525  逾期 3".
    private func ruleLine(_ rule: RuleProgress) -> [TextRun] {
        var runs = [TextRun(rule.rule + " ", Style.normal.bold), TextRun(rule.county + language.pick(" 本半年 ", " this half-year ")),
                    TextRun("\(rule.done.grouped)/\(rule.planned.grouped)", Style.normal.bold)]
        if rule.overdue > 0 {
            runs.append(TextRun(language.pick("  ! 逾期 \(rule.overdue.grouped)", "  ! \(rule.overdue.grouped) overdue"), Style(.overdue)))
        }
        return runs
    }

    /// "今日 3  本周 12  ! 逾期未检 5".
    private func dueLine(_ inspections: ConsoleSnapshot.InspectionProgress) -> [TextRun] {
        let overdue = inspections.overdue > 0
            ? TextRun("! " + language.pick("逾期未检 ", "overdue ") + inspections.overdue.grouped, Style(.overdue).bold)
            : TextRun(language.pick("逾期未检 0", "overdue 0"), Style(.dim))
        return [
            TextRun(language.pick("今日待检 ", "due today ")), TextRun(inspections.dueToday.grouped, Style.normal.bold),
            TextRun(language.pick("  本周 ", "  this week ")), TextRun(inspections.dueThisWeek.grouped, Style.normal.bold),
            TextRun("  "), overdue,
        ]
    }

    /// "本月完成 12/30 ██████      40%".
    private func drawMonth(_ inspections: ConsoleSnapshot.InspectionProgress, in rect: Rect, on canvas: inout Canvas) {
        let done = inspections.doneThisMonth
        let planned = inspections.plannedThisMonth
        let label = language.pick("本月完成 ", "done this month ") + "\(done.grouped)/\(planned.grouped) "
        let percent = planned > 0 ? " \(done * 100 / planned)%" : " —"
        let end = canvas.put(label, x: rect.x, y: rect.y, style: .normal, clip: rect)
        let barWidth = min(30, rect.maxX - end - percent.displayWidth)
        guard barWidth >= 4 else { return }
        canvas.drawBar(value: Double(done), maximum: Double(planned), x: end, y: rect.y, width: barWidth, style: Style(.ok))
        canvas.put(percent, x: end + barWidth, y: rect.y, style: Style.normal.bold, clip: rect)
    }

    /// The upcoming inspections: planned date, county, kind, team, and the overdue marker.
    private func drawUpcoming(_ upcoming: [Inspection], in rect: Rect, on canvas: inout Canvas) {
        let asOf = context.snapshot.asOf
        let marker = ConsoleMarks.overdue(language)
        let titles = (planned: language.pick("计划日期", "planned"), county: language.pick("县区", "county"),
                      kind: language.pick("类型", "kind"))
        let kinds = upcoming.map { Terms.name($0.kind, language) }
        let table = Table(columns: [
            TableColumn(titles.planned, width: .fixed(10)),
            .fitting("", [marker]),
            .fitting(titles.county, upcoming.map(\.county), cap: 10),
            .fitting(titles.kind, kinds),
            TableColumn(language.pick("检查组", "team"), width: .weight(1)),
        ])
        let rows = zip(upcoming, kinds).map { inspection, kind in
            let overdue = inspection.isOverdue(asOf: asOf)
            return TableRow([inspection.plannedOn?.iso ?? "—", overdue ? marker : "", inspection.county, kind, inspection.team],
                            style: overdue ? Style(.overdue) : .normal,
                            cellStyles: overdue ? [1: Style(.overdue).bold] : [:])
        }
        // The focused panel shows its selection: `i` records that inspection as done.
        let viewport = Viewport(count: rows.count, height: table.visibleRowCount(in: rect), selection: context.state.inspectionSelection)
        table.draw(rows: Array(rows[viewport.visibleRange]), selectedRow: context.isFocused ? viewport.selectionInPage : nil,
                   in: rect, on: &canvas)
    }
}
