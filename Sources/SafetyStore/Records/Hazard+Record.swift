import GRDB
public import SafetyCore

// MARK: - Database

extension Hazard: StoredRecord {
    static let databaseTableName = "hazard"

    /// The columns of the `hazard` table, named as in `hazards.csv`.
    enum Columns {
        public static let id = Column("id")
        public static let enterpriseId = Column("enterprise_id")
        public static let county = Column("county")
        public static let foundOn = Column("found_on")
        public static let source = Column("source")
        public static let grade = Column("grade")
        public static let description = Column("description")
        public static let status = Column("status")
        public static let responsible = Column("responsible")
        public static let deadline = Column("deadline")
        public static let rectifiedOn = Column("rectified_on")
        public static let closedOn = Column("closed_on")
        public static let listedOn = Column("listed_on")
        public static let delistedOn = Column("delisted_on")
        public static let rewardYuan = Column("reward_yuan")
        public static let duplicateOf = Column("duplicate_of")
    }

    init(row: Row) throws {
        let id: String = try row.required("id", table: "hazard", id: "?")
        func req<T: DatabaseValueConvertible>(_ c: String) throws -> T { try row.required(c, table: "hazard", id: id) }
        func opt<T: DatabaseValueConvertible>(_ c: String) throws -> T? { try row.optional(c, table: "hazard", id: id) }
        self.init(
            id: id, enterpriseId: try req("enterprise_id"), county: try req("county"),
            foundOn: try req("found_on"), source: try req("source"), grade: try req("grade"),
            description: try req("description"), status: try req("status"),
            responsible: try opt("responsible"), deadline: try opt("deadline"),
            rectifiedOn: try opt("rectified_on"), closedOn: try opt("closed_on"),
            listedOn: try opt("listed_on"), delistedOn: try opt("delisted_on"),
            rewardYuan: try opt("reward_yuan") ?? 0, duplicateOf: try opt("duplicate_of"))
    }

    func encode(to container: inout PersistenceContainer) {
        container["id"] = id
        container["enterprise_id"] = enterpriseId
        container["county"] = county
        container["found_on"] = foundOn
        container["source"] = source
        container["grade"] = grade
        container["description"] = description
        container["status"] = status
        container["responsible"] = responsible
        container["deadline"] = deadline
        container["rectified_on"] = rectifiedOn
        container["closed_on"] = closedOn
        container["listed_on"] = listedOn
        container["delisted_on"] = delistedOn
        container["reward_yuan"] = rewardYuan
        container["duplicate_of"] = duplicateOf
    }
}
