import PostgresNIO
import SafetyCore

/// `Access` on PostgreSQL: the same rules (`AccessRule`), read from the server's roster inside
/// the transaction they guard. (Row-level security enforces the same scope again on the
/// server, for whoever reaches the database around the application.)
struct PostgresAccess: Sendable {
    let login: String

    func actor(_ db: PostgresSession) throws -> Operator {
        guard let actor = try Operator.find(db, login: login) else {
            throw AccessRefusal.unknown(login: login, admins: try Operator.admins(db))
        }
        return actor
    }

    @discardableResult
    func authorize(_ db: PostgresSession, _ permission: OperatorPermission, county: String? = nil) throws -> Operator {
        let actor = try actor(db)
        let prefecture = try county.flatMap { try PostgresJurisdiction.prefecture(of: $0, db) }
        if let refusal = AccessRule.refusal(actor, permission, county: county, prefecture: prefecture) { throw refusal }
        return actor
    }

    func authorize(_ db: PostgresSession, _ permission: OperatorPermission, hazard id: String) throws {
        try authorize(db, permission, county: try db.value(String.self, "SELECT county FROM hazard WHERE id = $1", [id]))
    }

    func stamp(_ stamp: AuditStamp) -> AuditStamp {
        AuditStamp(operatorName: login, at: stamp.at)
    }

    func readScope(_ db: PostgresSession, county: String?, _ permission: OperatorPermission = .see) throws -> String? {
        let actor = try authorize(db, permission, county: county)
        if county != nil { return county }
        switch actor.effectiveScope {
        case .all: return nil
        case let .county(name): return name
        case .prefecture:
            throw AccessRefusal.chooseCounty(login: login, scope: actor.effectiveScope,
                                             counties: try PostgresJurisdiction.counties(in: actor.effectiveScope, db))
        }
    }

    func readScope(_ db: PostgresSession, counties: [String]?, _ permission: OperatorPermission = .see) throws -> [String]? {
        let actor = try authorize(db, permission)
        if let counties {
            for county in counties { try authorize(db, permission, county: county) }
            return counties
        }
        if actor.effectiveScope == .all { return nil }
        return try PostgresJurisdiction.counties(in: actor.effectiveScope, db)
    }
}

/// The `operator` table on PostgreSQL.
extension Operator {
    init(postgres row: PostgresRow) throws {
        let level = try row.text("scope_level")
        let scopeName = try row.text("scope")
        self.init(login: try row.text("login"), name: try row.text("name"),
                  role: OperatorRole(rawValue: try row.text("role")) ?? .duty,
                  scope: level == "county" ? .county(scopeName) : level == "prefecture" ? .prefecture(scopeName) : .all,
                  active: try row.int("active") != 0)
    }

    static func find(_ db: PostgresSession, login: String) throws -> Operator? {
        try db.row("SELECT * FROM operator WHERE login = $1", [login]).map(Operator.init(postgres:))
    }

    static func all(_ db: PostgresSession) throws -> [Operator] {
        try db.rows("SELECT * FROM operator ORDER BY login").map(Operator.init(postgres:))
    }

    static func admins(_ db: PostgresSession) throws -> [String] {
        try db.rows("SELECT login FROM operator WHERE role = 'admin' AND active = 1 ORDER BY login").map { try $0.decode(String.self) }
    }

    func save(_ db: PostgresSession) throws {
        let level = switch scope {
        case .all: "all"
        case .county: "county"
        case .prefecture: "prefecture"
        }
        try db.execute("""
            INSERT INTO operator (login, name, role, scope, scope_level, active) VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (login) DO UPDATE SET name = excluded.name, role = excluded.role, scope = excluded.scope,
              scope_level = excluded.scope_level, active = excluded.active
            """, [login, name, role.rawValue, scope.name, level, active ? 1 : 0])
    }
}

/// `JurisdictionPlace` on PostgreSQL.
enum PostgresJurisdiction {
    static func scope(_ db: PostgresSession, named name: String) throws -> OperatorScope? {
        if name == "all" { return .all }
        let level = try db.value(String.self, """
            SELECT level FROM jurisdiction WHERE name = $1 AND level IN ('county', 'prefecture') ORDER BY level LIMIT 1
            """, [name])
        return switch level {
        case "county": .county(name)
        case "prefecture": .prefecture(name)
        default: nil
        }
    }

    static func prefecture(of county: String, _ db: PostgresSession) throws -> String? {
        try db.value(String.self, """
            SELECT p.name FROM jurisdiction c JOIN jurisdiction p ON p.code = c.parent_code
            WHERE c.name = $1 AND c.level = 'county' AND p.level = 'prefecture'
            """, [county])
    }

    /// `SummaryQuery.counties`: the counties with records, in jurisdiction order.
    static func counties(_ db: PostgresSession) throws -> [String] {
        try db.rows("""
            SELECT c.county FROM (
              SELECT county FROM county_enterprise_stats UNION SELECT county FROM county_hazard_stats
              UNION SELECT county FROM county_training_stats UNION SELECT county FROM county_inspection_stats
              UNION SELECT county FROM county_fact) AS c
            LEFT JOIN (
              SELECT name, MIN(code) AS code FROM jurisdiction WHERE level IN ('county', 'prefecture') GROUP BY name) AS j
              ON j.name = c.county
            ORDER BY j.code IS NULL, j.code, c.county
            """).map { try $0.decode(String.self) }
    }

    static func counties(in scope: OperatorScope, _ db: PostgresSession) throws -> [String] {
        let all = try counties(db)
        switch scope {
        case .all: return all
        case let .county(name): return all.filter { $0 == name }
        case let .prefecture(name):
            let under = Set(try db.rows("""
                SELECT c.name FROM jurisdiction c JOIN jurisdiction p ON p.code = c.parent_code WHERE p.name = $1
                """, [name]).map { try $0.decode(String.self) })
            return all.filter { under.contains($0) || $0 == name }
        }
    }
}
