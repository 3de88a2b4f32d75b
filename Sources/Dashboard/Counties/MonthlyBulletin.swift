import Foundation
public import SafetyCore
public import SafetyStore
public import TerminalUI

/// The monthly bulletin (一月一通报): each county's figures for the month, the ranking (晾晒),
/// the changes since the month before, and the overdue and open major hazards at its end —
/// the same file from `safetyboard bulletin` and from `x` in the counties view.
public struct MonthlyBulletin: Sendable {
    public var month: Month
    /// One county, or nil for every county.
    public var scope: String?
    public var current: [MonthFigures]
    public var previous: [MonthFigures]
    public var overdue: [BulletinHazard]
    public var majors: [BulletinHazard]

    /// Reads the bulletin of `month` for `county` (every county when nil).
    public static func read(_ store: any CountiesReading, month: Month, county: String?) throws -> MonthlyBulletin {
        let counties = try county.map { [$0] } ?? store.countyNames()
        let (current, previous) = try store.monthFigures(counties, month: month)
        return MonthlyBulletin(month: month, scope: county, current: current, previous: previous,
                               overdue: try store.bulletinHazards(counties, month: month, overdueOnly: true),
                               majors: try store.bulletinHazards(counties, month: month, overdueOnly: false))
    }

    /// Counties worst first: lowest rectification rate at the month's end (none found counts
    /// as best), then most overdue, then most open major hazards.
    public var ranking: [MonthFigures] {
        current.sorted { a, b in
            let x = a.rateAtEnd.fraction ?? 2, y = b.rateAtEnd.fraction ?? 2
            if x != y { return x < y }
            if a.overdueAtEnd != b.overdueAtEnd { return a.overdueAtEnd > b.overdueAtEnd }
            if a.majorOpenAtEnd != b.majorOpenAtEnd { return a.majorOpenAtEnd > b.majorOpenAtEnd }
            return a.county < b.county
        }
    }

    /// The default file name: `bulletin-2025-06.md`, `bulletin-2025-06-荔城区.csv`.
    public func fileName(extension suffix: String) -> String {
        "bulletin-\(month.iso)" + (scope.map { "-\($0)" } ?? "") + ".\(suffix)"
    }

    // MARK: - Markdown

    public func markdown(_ language: Language) -> String {
        let t = language.pick
        var out: [String] = []
        out.append("# " + t("安全生产月度通报", "Monthly work-safety bulletin") + " \(month.iso)" + " · " + (scope ?? t("全部县区", "all counties")))
        out.append("")
        out.append(t("期间：\(month.firstDay.iso) 至 \(month.lastDay.iso)。“本月”为当月发现或整改的隐患；“月末”按截至月末最后一天的日期统计。",
                     "Period: \(month.firstDay.iso) to \(month.lastDay.iso). “In the month” counts hazards found or rectified in it; “at the end” counts by dates up to its last day."))
        out.append("")
        out.append("## " + t("一、各县区本月情况", "1. Figures of the month"))
        out.append("")
        out += table([t("县区", "County"), t("本月发现", "Found"), t("本月整改", "Rectified"), t("累计发现", "Found to date"),
                      t("累计整改", "Rectified to date"), t("整改率", "Rate"), t("未整改", "Open"), t("逾期", "Overdue"),
                      t("重大未改", "Major open"), t("检查逾期", "Inspections overdue")],
                     current.map { f in [f.county, "\(f.found)", "\(f.rectified)", "\(f.foundToDate)", "\(f.rectifiedToDate)",
                                         f.rateAtEnd.percentText(decimals: 1), "\(f.openAtEnd)", "\(f.overdueAtEnd)",
                                         "\(f.majorOpenAtEnd)", "\(f.inspectionsOverdueAtEnd)"] })
        out.append("")
        out.append("## " + t("二、排名（晾晒）", "2. Ranking (worst first)"))
        out.append("")
        out += table([t("名次", "Rank"), t("县区", "County"), t("整改率", "Rate"), t("逾期", "Overdue"), t("重大未改", "Major open"),
                      t("检查逾期", "Inspections overdue")],
                     ranking.enumerated().map { index, f in
                         ["\(index + 1)", f.county, f.rateAtEnd.percentText(decimals: 1), "\(f.overdueAtEnd)", "\(f.majorOpenAtEnd)",
                          "\(f.inspectionsOverdueAtEnd)"]
                     })
        out.append("")
        out.append("## " + t("三、与上月相比", "3. Changes since \(month.adding(months: -1).iso)"))
        out.append("")
        out += table([t("县区", "County"), t("本月发现", "Found"), t("本月整改", "Rectified"), t("整改率", "Rate"), t("逾期", "Overdue")],
                     current.map { f in
                         let p = previous.first { $0.county == f.county } ?? MonthFigures(county: f.county, month: f.month)
                         return [f.county, Self.change(f.found, p.found), Self.change(f.rectified, p.rectified),
                                 Self.pointChange(f.rateAtEnd, p.rateAtEnd), Self.change(f.overdueAtEnd, p.overdueAtEnd)]
                     })
        out.append("")
        out.append("## " + t("四、逾期未整改隐患（\(overdue.count) 条）", "4. Overdue hazards (\(overdue.count))"))
        out.append("")
        out += hazardTable(overdue, language)
        out.append("")
        out.append("## " + t("五、未整改重大事故隐患（\(majors.count) 条）", "5. Open major hazards (\(majors.count))"))
        out.append("")
        out += hazardTable(majors, language)
        return out.joined(separator: "\n") + "\n"
    }

    private func hazardTable(_ hazards: [BulletinHazard], _ language: Language) -> [String] {
        guard !hazards.isEmpty else { return [language.pick("无。", "None.")] }
        let last = month.lastDay
        return table([language.pick("编号", "Id"), language.pick("县区", "County"), language.pick("企业", "Enterprise"),
                      language.pick("隐患", "Hazard"), language.pick("等级", "Grade"), language.pick("期限", "Deadline"),
                      language.pick("逾期天数", "Days late")],
                     hazards.map { h in
                         let late = h.hazard.deadline.map { max(0, last.days(since: $0)) }
                         return [h.hazard.id, h.hazard.county, h.enterpriseName, h.hazard.description, Terms.name(h.hazard.grade, language),
                                 h.hazard.deadline?.iso ?? "—", late.map { "\($0)" } ?? "—"]
                     })
    }

    private func table(_ header: [String], _ rows: [[String]]) -> [String] {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
        }
        return [line(header), "|" + header.map { _ in " --- |" }.joined()] + rows.map(line)
    }

    private static func change(_ now: Int, _ before: Int) -> String {
        let delta = now - before
        return "\(now) (\(delta >= 0 ? "+" : "")\(delta))"
    }

    private static func pointChange(_ now: RectificationRate, _ before: RectificationRate) -> String {
        guard let x = now.fraction else { return "—" }
        guard let y = before.fraction else { return now.percentText(decimals: 1) }
        let points = ((x - y) * 1000).rounded() / 10
        return now.percentText(decimals: 1) + " (\(points >= 0 ? "+" : "")\(points))"
    }

    // MARK: - CSV

    /// The ranking as CSV, one row per county, worst first.
    public func csv() -> String {
        let header = "rank,county,month,found,rectified,found_to_date,rectified_to_date,rectification_rate,open,overdue,major_open,inspections_overdue,found_previous,rectified_previous,overdue_previous"
        let rows = ranking.enumerated().map { index, f in
            let p = previous.first { $0.county == f.county } ?? MonthFigures(county: f.county, month: f.month)
            let rate = f.rateAtEnd.fraction.map { String(format: "%.4f", $0) } ?? ""
            return ["\(index + 1)", f.county, month.iso, "\(f.found)", "\(f.rectified)", "\(f.foundToDate)", "\(f.rectifiedToDate)",
                    rate, "\(f.openAtEnd)", "\(f.overdueAtEnd)", "\(f.majorOpenAtEnd)", "\(f.inspectionsOverdueAtEnd)",
                    "\(p.found)", "\(p.rectified)", "\(p.overdueAtEnd)"].joined(separator: ",")
        }
        return ([header] + rows).joined(separator: "\n") + "\n"
    }
}
