import GRDB
import SafetyCore

/// Rectified hazards not yet verified and closed (待验收): what the closing officer works
/// through. The summary tables count rectified and closed together, so these are counted
/// along the queue's status index (v15), whose rectified range holds only them.
enum AwaitingVerification {
    /// How many kept hazards of `county` (or all) and `grade` (or both) await verification.
    static func count(_ db: Database, county: String?, grade: HazardGrade?) throws -> Int {
        var sql = """
            SELECT COUNT(*) FROM hazard INDEXED BY hazard_active_status
            WHERE status IN \(StatusList.unclosed) AND duplicate_of IS NULL AND status = ?
            """
        var arguments: StatementArguments = [HazardStatus.rectified]
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
