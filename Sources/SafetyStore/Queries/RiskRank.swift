import SafetyCore

/// SafetyCore's order of the risk colours as SQL, for `ORDER BY`: red first, never assessed
/// last, from ``RiskLevel/rank`` rather than the words written again.
enum RiskRank {
    /// `CASE column WHEN 'red' THEN 0 … ELSE 4 END`.
    static func sql(_ column: String) -> String {
        let whens = RiskLevel.allCases.map { "WHEN '\($0.rawValue)' THEN \($0.rank)" }.joined(separator: " ")
        return "CASE \(column) \(whens) ELSE \(RiskLevel.allCases.count) END"
    }
}
