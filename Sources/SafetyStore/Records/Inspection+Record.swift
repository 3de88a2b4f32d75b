import GRDB
public import SafetyCore

// MARK: - Database

extension Inspection: StoredRecord {
    static let databaseTableName = "inspection"

    init(row: Row) throws {
        let id: String = try row.required("id", table: "inspection", id: "?")
        func req<T: DatabaseValueConvertible>(_ c: String) throws -> T { try row.required(c, table: "inspection", id: id) }
        func opt<T: DatabaseValueConvertible>(_ c: String) throws -> T? { try row.optional(c, table: "inspection", id: id) }
        self.init(
            id: id, county: try req("county"), enterpriseId: try opt("enterprise_id"), kind: try req("kind"),
            plannedOn: try opt("planned_on"), doneOn: try opt("done_on"), team: try req("team"),
            hazardsFound: try req("hazards_found"), inspectors: try req("inspectors"))
    }

    func encode(to container: inout PersistenceContainer) {
        container["id"] = id
        container["county"] = county
        container["enterprise_id"] = enterpriseId
        container["kind"] = kind
        container["planned_on"] = plannedOn
        container["done_on"] = doneOn
        container["team"] = team
        container["hazards_found"] = hazardsFound
        container["inspectors"] = inspectors
    }
}
