import GRDB
public import SafetyCore

// MARK: - Database

extension Jurisdiction: StoredRecord {
    static let databaseTableName = "jurisdiction"

    init(row: Row) throws {
        let code: String = try row.required("code", table: "jurisdiction", id: "?")
        self.init(
            code: code, name: try row.required("name", table: "jurisdiction", id: code),
            level: try row.required("level", table: "jurisdiction", id: code),
            parentCode: try row.optional("parent_code", table: "jurisdiction", id: code))
    }

    func encode(to container: inout PersistenceContainer) {
        container["code"] = code
        container["name"] = name
        container["level"] = level
        container["parent_code"] = parentCode
    }
}

extension CountyFact: StoredRecord {
    static let databaseTableName = "county_fact"

    init(row: Row) throws {
        let county: String = try row.required("county", table: "county_fact", id: "?")
        self.init(
            county: county, key: try row.required("key", table: "county_fact", id: county),
            value: try row.required("value", table: "county_fact", id: county),
            note: try row.optional("note", table: "county_fact", id: county) ?? "")
    }

    func encode(to container: inout PersistenceContainer) {
        container["county"] = county
        container["key"] = key
        container["value"] = value
        container["note"] = note
    }
}

extension Inspector: StoredRecord {
    static let databaseTableName = "inspector"

    init(row: Row) throws {
        let id: String = try row.required("id", table: "inspector", id: "?")
        self.init(
            id: id, name: try row.required("name", table: "inspector", id: id),
            body: try row.required("body", table: "inspector", id: id),
            town: try row.optional("town", table: "inspector", id: id) ?? "")
    }

    func encode(to container: inout PersistenceContainer) {
        container["id"] = id
        container["name"] = name
        container["body"] = body
        container["town"] = town
    }
}
