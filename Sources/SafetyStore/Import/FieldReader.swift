import SafetyCore

/// Reads typed fields of the current record of a CSV file by column name; every failure
/// names the file, line and column.
struct FieldReader {
    let record: CSVRecordReader
    let columns: [String: Int]

    var line: Int { record.line }

    func issue(_ column: String, _ message: String) -> ImportIssue {
        ImportIssue(file: record.file, line: record.line, column: column, message: message)
    }

    /// The raw field without leading and trailing spaces and tabs; empty when the column is
    /// absent (an optional column).
    func raw(_ column: String) -> String {
        guard let index = columns[column], index < record.fieldCount else { return "" }
        return String(decoding: record.field(index).trimmingASCIISpaces(), as: UTF8.self)
    }

    func text(_ column: String) throws(ImportIssue) -> String {
        let value = raw(column)
        if value.isEmpty { throw issue(column, "is empty; a value is required") }
        return value
    }

    func optionalText(_ column: String) -> String? {
        let value = raw(column)
        return value.isEmpty ? nil : value
    }

    func day(_ column: String) throws(ImportIssue) -> Day {
        guard let day = try optionalDay(column) else { throw issue(column, "is empty; a date YYYY-MM-DD is required") }
        return day
    }

    func optionalDay(_ column: String) throws(ImportIssue) -> Day? {
        let value = raw(column)
        if value.isEmpty { return nil }
        guard let day = Day(iso: value) else {
            throw issue(column, "'\(value)' is not a date; write it as YYYY-MM-DD (e.g. 2025-06-11)")
        }
        return day
    }

    func choice<T: RawRepresentable & CaseIterable>(_ column: String, as: T.Type) throws(ImportIssue) -> T where T.RawValue == String {
        guard let value = try optionalChoice(column, as: T.self) else {
            throw issue(column, "is empty; expected one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }

    func optionalChoice<T: RawRepresentable & CaseIterable>(_ column: String, as: T.Type) throws(ImportIssue) -> T? where T.RawValue == String {
        let value = raw(column)
        if value.isEmpty { return nil }
        guard let parsed = T(rawValue: value) else {
            throw issue(column, "'\(value)' is not one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return parsed
    }

    /// `true` or `false` (any case: Excel writes TRUE/FALSE); empty gives `absent`.
    func bool(_ column: String, absent: Bool? = nil) throws(ImportIssue) -> Bool {
        let value = raw(column)
        switch value.lowercased() {
        case "true": return true
        case "false": return false
        case "" where absent != nil: return absent!
        default: throw issue(column, value.isEmpty ? "is empty; expected true or false" : "'\(value)' is not true or false")
        }
    }

    /// A whole number ≥ 0; empty gives `absent` when given.
    func count(_ column: String, absent: Int? = nil) throws(ImportIssue) -> Int {
        let value = raw(column)
        if value.isEmpty, let absent { return absent }
        guard let number = Int(value), number >= 0 else {
            throw issue(column, value.isEmpty ? "is empty; a whole number is required" : "'\(value)' is not a whole number ≥ 0")
        }
        return number
    }

    func number(_ column: String) throws(ImportIssue) -> Double {
        let value = raw(column)
        guard let number = Double(value), number.isFinite else {
            throw issue(column, value.isEmpty ? "is empty; a number is required" : "'\(value)' is not a number")
        }
        return number
    }
}
