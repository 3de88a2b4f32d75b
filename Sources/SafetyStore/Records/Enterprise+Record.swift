import GRDB
public import SafetyCore

// MARK: - Database

extension Enterprise: StoredRecord {
    static let databaseTableName = "enterprise"

    /// The columns of the `enterprise` table, named as in `enterprises.csv`.
    enum Columns {
        public static let id = Column("id")
        public static let name = Column("name")
        public static let county = Column("county")
        public static let town = Column("town")
        public static let industry = Column("industry")
        public static let scale = Column("scale")
        public static let keySupervised = Column("key_supervised")
        public static let riskLevel = Column("risk_level")
        public static let riskAssessedOn = Column("risk_assessed_on")
        public static let rewardMechanism = Column("reward_mechanism")
        public static let platformRegistered = Column("platform_registered")
    }

    init(row: Row) throws {
        let id: String = try row.required("id", table: "enterprise", id: "?")
        func req<T: DatabaseValueConvertible>(_ c: String) throws -> T { try row.required(c, table: "enterprise", id: id) }
        func opt<T: DatabaseValueConvertible>(_ c: String) throws -> T? { try row.optional(c, table: "enterprise", id: id) }
        self.init(
            id: id, name: try req("name"), county: try req("county"), town: try req("town"),
            industry: try req("industry"), scale: try req("scale"), keySupervised: try req("key_supervised"),
            riskLevel: try opt("risk_level"), riskAssessedOn: try opt("risk_assessed_on"),
            rewardMechanism: try req("reward_mechanism"), platformRegistered: try req("platform_registered"))
    }

    func encode(to container: inout PersistenceContainer) {
        container["id"] = id
        container["name"] = name
        container["county"] = county
        container["town"] = town
        container["industry"] = industry
        container["scale"] = scale
        container["key_supervised"] = keySupervised
        container["risk_level"] = riskLevel
        container["risk_assessed_on"] = riskAssessedOn
        container["reward_mechanism"] = rewardMechanism
        container["platform_registered"] = platformRegistered
    }
}
