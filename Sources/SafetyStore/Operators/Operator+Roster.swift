import GRDB
import SafetyCore

/// The `operator` table (v14): reading and writing roster rows.
extension Operator {
    init(row: Row) throws {
        let level: String = row["scope_level"]
        let scopeName: String = row["scope"]
        let roleName: String = row["role"]
        self.init(login: row["login"], name: row["name"], role: OperatorRole(rawValue: roleName) ?? .duty,
                  scope: level == "county" ? .county(scopeName) : level == "prefecture" ? .prefecture(scopeName) : .all,
                  active: row["active"])
    }

    static func find(_ db: Database, login: String) throws -> Operator? {
        try Row.fetchOne(db, sql: "SELECT * FROM operator WHERE login = ?", arguments: [login]).map(Operator.init(row:))
    }

    static func all(_ db: Database) throws -> [Operator] {
        try Row.fetchAll(db, sql: "SELECT * FROM operator ORDER BY login").map(Operator.init(row:))
    }

    /// The active admins' logins: who to ask.
    static func admins(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT login FROM operator WHERE role = 'admin' AND active = 1 ORDER BY login")
    }

    /// Inserts or replaces this operator's row.
    func save(_ db: Database) throws {
        let level = switch scope {
        case .all: "all"
        case .county: "county"
        case .prefecture: "prefecture"
        }
        try db.execute(sql: """
            INSERT INTO operator (login, name, role, scope, scope_level, active) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (login) DO UPDATE SET name = excluded.name, role = excluded.role, scope = excluded.scope,
              scope_level = excluded.scope_level, active = excluded.active
            """, arguments: [login, name, role.rawValue, scope.name, level, active])
    }

    /// The roster fields as the audit trail records them.
    var auditFields: [String: String?] {
        ["name": name, "role": role.rawValue, "scope": scope.name, "active": active ? "1" : "0"]
    }
}

/// Where a jurisdiction name sits: what `--scope NAME` means and which prefecture a county is in.
enum JurisdictionPlace {
    /// The scope a roster's `--scope` names: `all`, a county or a prefecture; nil when no
    /// jurisdiction of those levels has that name.
    static func scope(_ db: Database, named name: String) throws -> OperatorScope? {
        if name == "all" { return .all }
        let level = try String.fetchOne(db, sql: """
            SELECT level FROM jurisdiction WHERE name = ? AND level IN ('county', 'prefecture') ORDER BY level LIMIT 1
            """, arguments: [name])
        return switch level {
        case "county": .county(name)
        case "prefecture": .prefecture(name)
        default: nil
        }
    }

    /// The prefecture `county` belongs to, or nil.
    static func prefecture(of county: String, _ db: Database) throws -> String? {
        try String.fetchOne(db, sql: """
            SELECT p.name FROM jurisdiction c JOIN jurisdiction p ON p.code = c.parent_code
            WHERE c.name = ? AND c.level = 'county' AND p.level = 'prefecture'
            """, arguments: [county])
    }

    /// The counties with records that `scope` covers, in jurisdiction order.
    static func counties(in scope: OperatorScope, _ db: Database) throws -> [String] {
        let all = try SummaryQuery.counties(db)
        switch scope {
        case .all: return all
        case let .county(name): return all.filter { $0 == name }
        case let .prefecture(name):
            let under = Set(try String.fetchAll(db, sql: """
                SELECT c.name FROM jurisdiction c JOIN jurisdiction p ON p.code = c.parent_code WHERE p.name = ?
                """, arguments: [name]))
            return all.filter { under.contains($0) || $0 == name }
        }
    }
}
