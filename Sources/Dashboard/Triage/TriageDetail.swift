import Foundation
import SafetyCore
import SafetyStore
import TerminalUI

/// The detail pane: every field of the selected hazard, its enterprise, and its history,
/// newest last. What does not fit is cut from the oldest history entries first.
struct TriageDetail {
    let row: TriageRow?
    let enterprise: Enterprise?
    let history: [AuditEntry]
    /// The selected hazard's evidence files, as checked on disk when read.
    var attachments: [CheckedAttachment] = []
    let language: Language
    let today: Day
    let policy: EscalationPolicy

    func draw(in rect: Rect, on canvas: inout Canvas) {
        canvas.fill(rect)
        guard rect.height > 1 else { return }
        canvas.drawBox(rect, title: language.pick("详情", "Detail"), style: Style(.dim), titleStyle: Style.normal.bold)
        let inside = rect.inset(by: 1)
        guard let row else {
            PanelBox.message(language.pick("未选中隐患", "Nothing selected"), in: inside, on: &canvas)
            return
        }
        let fields = lines(row)
        let historyRoom = max(0, inside.height - fields.count - 1)
        // Only the newest entries that fit are formatted: a hazard's trail can run to hundreds.
        var entries: [[TextRun]] = []
        for entry in history.reversed() where entries.count < historyRoom {
            entries.insert(contentsOf: historyLines(entry), at: 0)
        }
        var all = fields
        if !entries.isEmpty, historyRoom > 0 {
            all.append([TextRun(language.pick("处置记录", "History") + " (\(history.count))", Style(.dim).bold)])
            all += entries.suffix(historyRoom)
        }
        for (index, line) in all.prefix(inside.height).enumerated() {
            canvas.draw(line, in: inside.row(index))
        }
    }

    private func lines(_ row: TriageRow) -> [[TextRun]] {
        let h = row.hazard
        let urgency = policy.urgency(of: h, today: today)
        var lines: [[TextRun]] = [
            [TextRun(h.id, Style.normal.bold), TextRun("  "),
             TextRun(Terms.name(h.grade, language), h.grade == .major ? Style(.riskRed).bold : .normal), TextRun("  "),
             TextRun(Terms.name(h.status, language)), TextRun("  "),
             TextRun(TriageText.urgency(urgency, language), urgencyStyle(urgency))],
            [TextRun(h.description)],
            label("企业", "enterprise", row.enterpriseName),
            label("行业/风险/镇", "industry/risk/town",
                  "\(row.industry) · \(row.riskLevel.map { Terms.name($0, language) } ?? "—") · \(row.town)"),
            label("发现/来源", "found/source", "\(h.foundOn.iso) · \(Terms.name(h.source, language))"),
            label("责任/期限", "responsible/deadline", "\(h.responsible ?? "—") · \(h.deadline?.iso ?? "—")"),
        ]
        let events = [(language.pick("整改", "rectified"), h.rectifiedOn), (language.pick("销号", "closed"), h.closedOn),
                      (language.pick("挂牌", "listed"), h.listedOn), (language.pick("摘牌", "delisted"), h.delistedOn)]
            .compactMap { name, day in day.map { "\(name) \($0.iso)" } }
        if !events.isEmpty { lines.append(label("日期", "dates", events.joined(separator: " · "))) }
        if let pending = row.pendingExtension {
            lines.append([TextRun(TriageText.pendingExtension(pending, language), Style(.warning))])
        }
        for checked in attachments {
            lines.append(attachmentLine(checked))
        }
        if let original = row.likelyDuplicateOf {
            lines.append([TextRun(language.pick("≈ 疑似重复：\(original)（M 合并）", "≈ likely duplicate of \(original) (M merges)"), Style(.warning))])
        }
        if let duplicateOf = h.duplicateOf {
            lines.append([TextRun(language.pick("已合并为 \(duplicateOf) 的重复", "merged: duplicate of \(duplicateOf)"), Style(.dim))])
        }
        return lines
    }

    /// "附件 photo.jpg 3f2a9c01… 1,234 B", with the file's state when it is not as attached.
    private func attachmentLine(_ checked: CheckedAttachment) -> [TextRun] {
        let a = checked.attachment
        let name = a.path.split(separator: "/").last.map(String.init) ?? a.path
        var runs = [TextRun(language.pick("附件 ", "attachment "), Style(.dim)), TextRun(name + " "),
                    TextRun(String(a.sha256.prefix(12)) + "… ", Style(.dim)), TextRun("\(Int(a.size).grouped) B")]
        switch checked.state {
        case .intact: break
        case .changed: runs.append(TextRun(language.pick(" 文件已改动", " CHANGED"), Style(.warning).bold))
        case .missing: runs.append(TextRun(language.pick(" 文件缺失", " MISSING"), Style(.warning).bold))
        }
        return runs
    }

    private func label(_ chinese: String, _ english: String, _ value: String) -> [TextRun] {
        [TextRun(language.pick(chinese, english) + " ", Style(.dim)), TextRun(value)]
    }

    private func urgencyStyle(_ urgency: DeadlineUrgency) -> Style {
        switch urgency {
        case .overdue: Style(.overdue).bold
        case .dueSoon: Style(.warning)
        case .none: .normal
        }
    }

    /// "2026-11-22 09:30 wang assign", then, indented, "status open→assigned — note".
    private func historyLines(_ entry: AuditEntry) -> [[TextRun]] {
        let when = String(entry.at.prefix(16)).replacingOccurrences(of: "T", with: " ")
        var lines = [[TextRun(when + " ", Style(.dim)), TextRun(entry.operatorName + " ", Style(.accent)), TextRun(entry.action, Style.normal.bold)]]
        var detail: [TextRun] = []
        if let change = Self.change(before: entry.before, after: entry.after) { detail.append(TextRun("  " + change)) }
        if let note = entry.note, !note.isEmpty { detail.append(TextRun((detail.isEmpty ? "  " : " — ") + note, Style(.dim))) }
        if !detail.isEmpty { lines.append(detail) }
        return lines
    }

    /// "status open→assigned, deadline —→2026-12-01" from the audit row's JSON objects.
    static func change(before: String?, after: String?) -> String? {
        let old = fields(before), new = fields(after)
        let keys = Set(old.keys).union(new.keys).sorted()
        guard !keys.isEmpty else { return nil }
        return keys.map { "\($0) \(old[$0].flatMap { $0 } ?? "—")→\(new[$0].flatMap { $0 } ?? "—")" }.joined(separator: ", ")
    }

    private static func fields(_ json: String?) -> [String: String?] {
        guard let json, let data = json.data(using: .utf8),
              let object = try? JSONDecoder().decode([String: String?].self, from: data) else { return [:] }
        return object
    }
}
