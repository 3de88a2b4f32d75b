import GRDB
public import SafetyCore

// SafetyCore's value types as SQLite values. Dates are ISO text so that they sort and compare
// as dates, and stay readable to anyone opening the file with `sqlite3`.

extension Day: StoredValue {
    var databaseValue: DatabaseValue { iso.databaseValue }

    static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Day? {
        String.fromDatabaseValue(dbValue).flatMap { Day(iso: $0) }
    }
}

extension RiskLevel: StoredValue {}
extension EnterpriseScale: StoredValue {}
extension JurisdictionLevel: StoredValue {}
extension HazardGrade: StoredValue {}
extension HazardSource: StoredValue {}
extension HazardStatus: StoredValue {}
extension TrainingKind: StoredValue {}
extension TrainingAudience: StoredValue {}
extension TrainingMode: StoredValue {}
extension InspectionKind: StoredValue {}

extension Row {
    /// The value of a NOT NULL column, or a `StoreError.corruptValue` naming the row — never a
    /// crash on a hand-edited database.
    func required<T: DatabaseValueConvertible>(_ column: String, table: String, id: String) throws -> T {
        let dbValue: DatabaseValue = self[column]
        guard let value = T.fromDatabaseValue(dbValue) else {
            throw StoreError.corruptValue(table: table, id: id, column: column, value: "\(dbValue)")
        }
        return value
    }

    /// The value of a nullable column: nil for NULL, an error for a value of the wrong kind.
    func optional<T: DatabaseValueConvertible>(_ column: String, table: String, id: String) throws -> T? {
        let dbValue: DatabaseValue = self[column]
        if dbValue.isNull { return nil }
        guard let value = T.fromDatabaseValue(dbValue) else {
            throw StoreError.corruptValue(table: table, id: id, column: column, value: "\(dbValue)")
        }
        return value
    }
}
