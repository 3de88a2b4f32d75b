import Foundation
import SafetyStore
import Testing

/// The data contract's column table (`ImportKind.columns`) is the one list of each file's
/// columns: the JSON the command line prints and docs/data-contract.md must follow it.
@Suite(.serialized) struct ContractColumnsTests {
    static let database = Result { try Binary.initializedDatabase() }

    @Test(arguments: [(ImportKind.hazards, ["hazard", "list", "--limit", "1", "--format", "json"]),
                      (ImportKind.enterprises, ["enterprise", "list", "--county", "荔城区", "--format", "json"])])
    func jsonDocumentsUseEveryContractColumnAsAKey(kind: ImportKind, command: [String]) throws {
        let db = try Self.database.get()
        let result = try Binary.run(command + ["--db", db])
        try #require(result.status == 0, "\(result.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let keys = Set(try #require(rows.first).keys)
        let missing = kind.columns.map(\.name).filter { !keys.contains($0) }
        #expect(missing.isEmpty, "\(kind.fileName) columns missing from JSON: \(missing)")
    }

    @Test(arguments: [ImportKind.jurisdictions, .enterprises, .hazards, .trainings, .inspections])
    func theDataContractDocumentListsEveryColumn(kind: ImportKind) throws {
        let text = try String(contentsOf: Binary.repository.appendingPathComponent("docs/data-contract.md"), encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("| `\(kind.fileName)`") },
                                "docs/data-contract.md has no row for \(kind.fileName)")
        for column in kind.columns {
            #expect(line.contains("`\(column.name)`"), "docs/data-contract.md: \(kind.fileName) lacks `\(column.name)`")
        }
    }
}
