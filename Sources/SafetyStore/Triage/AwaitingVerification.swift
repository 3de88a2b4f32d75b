import GRDB
import SafetyCore

/// Rectified hazards not yet verified and closed (待验收): what the closing officer works
/// through, counted in their own summary table (v16).
enum AwaitingVerification {
    /// How many kept hazards of `county` (or all) and `grade` (or both) await verification.
    static func count(_ db: Database, county: String?, grade: HazardGrade?) throws -> Int {
        // Kept by the triggers of v16 (SummaryTables.v16): a few rows per county.
        var sql = "SELECT COALESCE(SUM(awaiting), 0) FROM county_awaiting_verification WHERE 1"
        var arguments = StatementArguments()
        if let grade {
            sql += " AND grade = ?"
            _ = arguments.append(contentsOf: [grade])
        }
        if let county {
            sql += " AND county = ?"
            _ = arguments.append(contentsOf: [county])
        }
        return try Int.fetchOne(db, sql: sql, arguments: arguments) ?? 0
    }
}
