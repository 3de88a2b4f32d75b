import GRDB
public import SafetyCore

// MARK: - Database

extension TrainingEvent: StoredRecord {
    static let databaseTableName = "training"

    init(row: Row) throws {
        let id: String = try row.required("id", table: "training", id: "?")
        func req<T: DatabaseValueConvertible>(_ c: String) throws -> T { try row.required(c, table: "training", id: id) }
        self.init(
            id: id, county: try req("county"), heldOn: try req("held_on"), kind: try req("kind"),
            audience: try req("audience"), mode: try req("mode"), sessions: try req("sessions"),
            personTimes: try req("person_times"), topic: try req("topic"), materials: try req("materials"))
    }

    func encode(to container: inout PersistenceContainer) {
        container["id"] = id
        container["county"] = county
        container["held_on"] = heldOn
        container["kind"] = kind
        container["audience"] = audience
        container["mode"] = mode
        container["sessions"] = sessions
        container["person_times"] = personTimes
        container["topic"] = topic
        container["materials"] = materials
    }
}
