import SafetyCore
import SafetyStore
import TerminalUI

/// The training panel: sessions and person-times in total, a twelve-month sparkline of
/// sessions with month labels, then one table by kind (培训/演练/宣讲/宣传) and one by audience.
struct TrainingPanelView: PanelView {
    let context: PanelContext

    init(_ context: PanelContext) {
        self.context = context
    }

    private var language: Language { context.language }

    func draw(in rect: Rect, on canvas: inout Canvas) {
        let training = context.snapshot.training
        let parts = rect.splitRows([.fixed(1), .fixed(3), .fixed(1), .weight(1)])
        let total = training.byKind.values.reduce(Attendance()) {
            Attendance(sessions: $0.sessions + $1.sessions, personTimes: $0.personTimes + $1.personTimes)
        }
        canvas.draw([TextRun(language.pick("合计 ", "total ")), TextRun(attendance(total), Style.normal.bold)], in: parts[0])
        if training.monthlySessions.allSatisfy({ $0.sessions == 0 }) {
            PanelBox.message(EmptyWindowText.training(latest: training.latestHeldOn, language), in: parts[1], on: &canvas)
        } else {
            drawMonths(training.monthlySessions, in: parts[1], on: &canvas)
        }

        let halves = parts[3].splitColumns([.weight(1), .weight(1)], spacing: 2)
        drawTable(language.pick("类别", "kind"), TrainingKind.allCases.map { (Terms.name($0, language), training.byKind[$0]) },
                  in: halves[0], on: &canvas)
        drawTable(language.pick("对象", "audience"), TrainingAudience.allCases.map { (Terms.name($0, language), training.byAudience[$0]) },
                  in: halves[1], on: &canvas)
    }

    /// "123场 4,567人次" / "123 sessions, 4,567 person-times".
    private func attendance(_ a: Attendance) -> String {
        language.pick("\(a.sessions.grouped)场 \(a.personTimes.grouped)人次",
                      "\(a.sessions.grouped) sessions, \(a.personTimes.grouped) person-times")
    }

    /// A caption with the range and the peak, the sparkline (each month a few columns wide so
    /// it is readable), and the month numbers under it.
    private func drawMonths(_ months: [(month: Month, sessions: Int)], in rect: Rect, on canvas: inout Canvas) {
        guard let first = months.first, let last = months.last else { return }
        let peak = months.map(\.sessions).max() ?? 0
        canvas.draw([
            TextRun(language.pick("月度场次 ", "sessions per month ")),
            TextRun("\(first.month.iso)–\(last.month.iso)", Style(.dim)),
            TextRun(language.pick("  本月 ", "  latest ")), TextRun(last.sessions.grouped, Style.normal.bold),
            TextRun(language.pick("  峰值 ", "  peak ")), TextRun(peak.grouped, Style.normal.bold),
        ], in: rect.row(0))
        let slot = min(6, max(3, rect.width / months.count))
        let glyphs = Array(Sparkline.render(months.map { Double($0.sessions) }, width: months.count))
        for (index, (month, glyph)) in zip(months.map(\.month), glyphs).enumerated() {
            let x = rect.x + index * slot
            guard x + slot <= rect.maxX else { break }
            canvas.fill(Rect(x: x, y: rect.y + 1, width: slot - 1, height: 1), with: glyph, style: Style(.accent))
            let label = month.month < 10 ? "0\(month.month)" : "\(month.month)"
            canvas.put(label, x: x, y: rect.y + 2, width: slot - 1, style: Style(.dim))
        }
    }

    /// A table of names with sessions and person-times; rows with nothing held are dimmed.
    private func drawTable(_ title: String, _ rows: [(name: String, attendance: Attendance?)], in rect: Rect,
                           on canvas: inout Canvas) {
        let sessions = rows.map { ($0.attendance?.sessions ?? 0).grouped }
        let personTimes = rows.map { ($0.attendance?.personTimes ?? 0).grouped }
        func columns(_ sessionsTitle: String, _ personTimesTitle: String) -> [TableColumn] {
            [TableColumn(title, width: .weight(1)), .fitting(sessionsTitle, sessions, alignment: .right),
             .fitting(personTimesTitle, personTimes, alignment: .right)]
        }
        // The English titles are long; where they would cut the names short, abbreviate them.
        var table = Table(columns: columns(language.pick("场次", "sessions"), language.pick("人次", "person-times")))
        let longestName = rows.map(\.name.displayWidth).max() ?? 0
        if table.columnWidths(totalWidth: rect.width)[0] < longestName {
            table = Table(columns: columns(language.pick("场次", "sess."), language.pick("人次", "attend.")))
        }
        let tableRows = rows.indices.map { index in
            TableRow([rows[index].name, sessions[index], personTimes[index]],
                     style: (rows[index].attendance?.sessions ?? 0) > 0 ? .normal : Style(.dim))
        }
        table.draw(rows: tableRows, in: rect, on: &canvas)
    }
}
