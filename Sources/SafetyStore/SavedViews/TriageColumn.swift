import Foundation

/// A column the triage table can show, named as saved views store it (`saved_view.columns`)
/// and as `view save --columns` takes it. The names are a contract: more may be added, these
/// are never renamed.
public enum TriageColumn: String, CaseIterable, Sendable {
    case grade
    case county
    case enterprise
    case town
    case industry
    case source
    case found
    case deadline
    case urgency
    case responsible
    case status
    /// Days since the hazard was found (to its closing day once closed).
    case days

    /// The table as it was before columns could be chosen.
    public static let defaults: [TriageColumn] = [.grade, .county, .enterprise, .deadline, .urgency, .status]

    /// `names` joined by commas, as stored.
    public static func text(_ columns: [TriageColumn]) -> String {
        columns.map(\.rawValue).joined(separator: ",")
    }

    /// The columns `text` names, in its order, each once; ``Problem`` names a word that is
    /// not a column. An empty text is the default columns.
    public static func parse(_ text: String) throws(Problem) -> [TriageColumn] {
        var columns: [TriageColumn] = []
        for word in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !word.isEmpty {
            guard let column = TriageColumn(rawValue: word) else { throw Problem(word: word) }
            if !columns.contains(column) { columns.append(column) }
        }
        return columns.isEmpty ? defaults : columns
    }

    /// A word that names no column.
    public struct Problem: Error, Equatable, CustomStringConvertible {
        public var word: String
        public init(word: String) { self.word = word }
        public var description: String {
            "'\(word)' is not a triage column — use \(TriageColumn.allCases.map(\.rawValue).joined(separator: ", "))"
        }
    }
}
