import SafetyCore
import TerminalUI

/// What the console says when a panel's window holds no records, or the data stops long
/// before today: what is missing and since when, so stale data reads as stale data and a
/// county that stopped reporting shows, rather than a row of zeros that looks broken.
enum EmptyWindowText {
    /// The data counts as stale when its latest day is more than this far behind the as-of day.
    static let staleAfterDays = 31

    /// "no training recorded in the last 12 months — the latest on 2025-10-31".
    static func training(latest: Day?, _ language: Language) -> String {
        guard let latest else { return language.pick("暂无培训记录", "no training recorded") }
        return language.pick("近12个月无培训记录 — 最近一次 \(latest.iso)",
                             "no training recorded in the last 12 months — the latest on \(latest.iso)")
    }

    /// "no inspection planned this month — the latest on 2025-12-20".
    static func inspections(latest: Day?, _ language: Language) -> String {
        guard let latest else { return language.pick("暂无检查计划", "no inspection planned") }
        return language.pick("本月无检查计划 — 最近一次 \(latest.iso)",
                             "no inspection planned this month — the latest on \(latest.iso)")
    }

    /// The header's "data up to 2025-10-31", when the latest record is stale as of `asOf`.
    static func dataUpTo(latest: Day?, asOf: Day, _ language: Language) -> String? {
        guard let latest, latest.adding(days: staleAfterDays) < asOf else { return nil }
        return language.pick("数据截至 \(latest.iso)", "data up to \(latest.iso)")
    }
}
