import SafetyCore
public import SafetyStore
import TerminalUI

/// The filter as the officer types it after `f` and as the header shows it: words separated
/// by spaces, `key=value` or a flag, in English or Chinese —
/// `county=荔城区 grade=major status=open,assigned overdue`, `县=荔城区 等级=重大 逾期`.
/// Keys: county/县, town/镇, industry/行业, grade/等级, status/状态, source/来源; flags:
/// overdue/逾期, listed/挂牌, awaiting/待验收 (rectified, awaiting verification), all/全部
/// (every status, closed ones too). With no status word the list is every hazard not closed.
public enum TriageFilterText {
    /// Why a filter text was not understood; the filter is left as it was.
    public struct Problem: Error, Equatable, CustomStringConvertible {
        public var word: String
        public init(word: String) { self.word = word }
        public var description: String { "'\(word)' is not a filter word — try county=… town=… industry=… grade=major status=open overdue listed awaiting all" }
    }

    /// The filter the text describes; `scope` (the console's `--county`) always stays.
    public static func parse(_ text: String, scope: String?) throws(Problem) -> TriageFilter {
        var filter = TriageFilter(county: scope)
        for word in text.split(whereSeparator: { $0 == " " || $0 == "　" }).map(String.init) {
            let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
            let key = parts[0].lowercased()
            let value = parts.count > 1 ? parts[1] : nil
            switch (key, value) {
            case ("overdue", nil), ("逾期", nil): filter.overdueOnly = true
            case ("listed", nil), ("挂牌", nil): filter.listedOnly = true
            case ("all", nil), ("全部", nil): filter.statuses = []
            case ("awaiting", nil), (Terms.awaitingVerification(.zh), nil): filter.statuses = [.rectified]
            case ("county", let v?), ("县", let v?): if scope == nil { filter.county = v }
            case ("town", let v?), ("镇", let v?): filter.town = v
            case ("industry", let v?), ("行业", let v?): filter.industry = v
            case ("grade", let v?), ("等级", let v?):
                guard let grade = HazardGrade.allCases.first(where: { $0.rawValue == v || Terms.name($0, .zh) == v }) else {
                    throw Problem(word: word)
                }
                filter.grade = grade
            case ("status", let v?), ("状态", let v?):
                var statuses: Set<HazardStatus> = []
                for name in v.split(separator: ",").map(String.init) {
                    guard let status = HazardStatus.allCases.first(where: { $0.rawValue == name || Terms.name($0, .zh) == name }) else {
                        throw Problem(word: word)
                    }
                    statuses.insert(status)
                }
                filter.statuses = statuses
            case ("source", let v?), ("来源", let v?):
                guard let source = HazardSource.allCases.first(where: { $0.rawValue == v || Terms.name($0, .zh) == v }) else {
                    throw Problem(word: word)
                }
                filter.source = source
            default:
                throw Problem(word: word)
            }
        }
        return filter
    }

    /// The filter as words that ``parse(_:scope:)`` reads back; "" for the default.
    public static func describe(_ filter: TriageFilter, scope: String?) -> String {
        var words: [String] = []
        if let county = filter.county, county != scope { words.append("county=\(county)") }
        if let town = filter.town { words.append("town=\(town)") }
        if let industry = filter.industry { words.append("industry=\(industry)") }
        if let grade = filter.grade { words.append("grade=\(grade.rawValue)") }
        if filter.statuses.isEmpty {
            words.append("all")
        } else if filter.statuses == [.rectified] {
            words.append("awaiting")
        } else if filter.statuses != HazardStatus.unclosed {
            words.append("status=" + HazardStatus.allCases.filter(filter.statuses.contains).map(\.rawValue).joined(separator: ","))
        }
        if let source = filter.source { words.append("source=\(source.rawValue)") }
        if filter.overdueOnly { words.append("overdue") }
        if filter.listedOnly { words.append("listed") }
        return words.joined(separator: " ")
    }
}
