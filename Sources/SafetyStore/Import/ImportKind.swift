/// The kinds of file in the data contract, recognised by their header row.
public enum ImportKind: String, CaseIterable, Sendable {
    case jurisdictions, enterprises, facts, inspectors, hazards, trainings, inspections

    /// The file's columns in the data contract, in order: the one list that the reader checks
    /// headers against, the INSERT binds in this order, JSON documents use as keys and
    /// docs/data-contract.md lists (tests hold those to it).
    public var columns: [ContractColumn] {
        switch self {
        case .jurisdictions: required("code", "name", "level", "parent_code")
        case .enterprises:
            required("id", "name", "county", "town", "industry", "scale", "key_supervised", "risk_level", "risk_assessed_on")
                + optional("reward_mechanism", "platform_registered")
        case .hazards:
            required("id", "enterprise_id", "county", "found_on", "source", "grade", "description", "status", "responsible",
                     "deadline", "rectified_on", "closed_on", "listed_on", "delisted_on")
                + optional("reward_yuan")
        case .trainings:
            required("id", "county", "held_on", "kind", "audience", "mode", "sessions", "person_times", "topic")
                + optional("materials")
        case .inspections:
            required("id", "county", "enterprise_id", "kind", "planned_on", "done_on", "team", "hazards_found")
                + optional("inspectors")
        case .facts: required("county", "key", "value") + optional("note")
        case .inspectors: required("id", "name", "body", "town")
        }
    }

    /// Columns that must be present.
    var requiredColumns: [String] { columns.filter(\.isRequired).map(\.name) }

    /// Columns this program reads when present; any other column is ignored.
    var optionalColumns: [String] { columns.filter { !$0.isRequired }.map(\.name) }

    private func required(_ names: String...) -> [ContractColumn] { names.map { ContractColumn(name: $0, isRequired: true) } }
    private func optional(_ names: String...) -> [ContractColumn] { names.map { ContractColumn(name: $0, isRequired: false) } }

    /// The table its records are loaded into.
    public var table: String {
        switch self {
        case .jurisdictions: "jurisdiction"
        case .enterprises: "enterprise"
        case .hazards: "hazard"
        case .trainings: "training"
        case .inspections: "inspection"
        case .facts: "county_fact"
        case .inspectors: "inspector"
        }
    }

    /// The file name the data contract gives this kind.
    public var fileName: String { "\(rawValue).csv" }

    /// The order files are loaded in, so that what a row refers to is loaded before it.
    var loadOrder: Int {
        switch self {
        case .jurisdictions: 0
        case .enterprises: 1
        case .facts, .inspectors: 2
        case .hazards, .trainings, .inspections: 3
        }
    }

    /// The kind whose required columns the header has; otherwise an issue naming the closest kind.
    static func detect(header: [String], file: String) throws(ImportIssue) -> ImportKind {
        var seen = Set<String>()
        for column in header where !column.isEmpty {
            if !seen.insert(column).inserted {
                throw ImportIssue(file: file, line: 1, column: column, message: "the header names this column twice")
            }
        }
        let matches = allCases.filter { Set($0.requiredColumns).isSubset(of: seen) }
        if matches.count == 1 { return matches[0] }
        let closest = allCases.max { a, b in
            Set(a.requiredColumns).intersection(seen).count < Set(b.requiredColumns).intersection(seen).count
        }!
        let missing = closest.requiredColumns.filter { !seen.contains($0) }
        throw ImportIssue(file: file, line: 1, column: "", message:
            "header is not one of the data contract's files; closest is \(closest.fileName), which also needs: \(missing.joined(separator: ", "))")
    }
}
