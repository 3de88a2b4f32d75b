/// One broken rule in a whole record, as it would arrive from a CSV import.
///
/// `field` is the CSV column name (e.g. `deadline`) so that an importer can point at the exact
/// file, line and column; `message` says what is wrong and what to write instead.
public struct RuleViolation: Hashable, Sendable, CustomStringConvertible {
    /// The CSV column name of the offending field, e.g. `found_on`.
    public var field: String
    /// What is wrong and how to fix it, in English.
    public var message: String

    /// A violation of the column `field`.
    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    /// `field: message`, the form an importer prints after file and line.
    public var description: String { "\(field): \(message)" }
}
