import Foundation
public import SafetyCore

extension PostgreSQLStore: OperatorRoster {
    /// Puts the acting login on an empty roster as admin of everything, audited (as
    /// `SafetyDatabase.enrollFirstAdmin`). Two first openers race under the audit lock.
    func enrollFirstAdmin(name: String) throws {
        try write { db in
            try db.execute("SELECT pg_advisory_xact_lock(\(PostgresSchema.auditLockKey))")
            guard try db.value(Int.self, "SELECT COUNT(*) FROM operator") == 0 else { return }
            let admin = Operator(login: actorLogin, name: name, role: .admin, scope: .all)
            try admin.save(db)
            try AuditEntry.append(db, entity: "operator", id: actorLogin, action: "add", before: nil, after: admin.auditFields,
                                  note: "first admin: the login that opened the database with an empty roster",
                                  stamp: AuditStamp(operatorName: actorLogin, at: AuditClock.now()))
        }
    }

    public func currentOperator() throws -> Operator {
        try read { db in try access.actor(db) }
    }

    public func countiesInScope() throws -> [String] {
        try read { db in try PostgresJurisdiction.counties(in: try access.authorize(db, .see).effectiveScope, db) }
    }

    public func operators() throws -> [Operator] {
        try read { db in
            try access.authorize(db, .operators)
            return try Operator.all(db)
        }
    }

    public func addOperator(login: String, name: String, role: OperatorRole, scope: String, stamp: AuditStamp) throws -> Operator {
        try write { db in
            try access.authorize(db, .operators)
            guard try Operator.find(db, login: login) == nil else { throw OperatorRosterError.alreadyOnRoster(login: login) }
            guard let place = try PostgresJurisdiction.scope(db, named: scope) else { throw OperatorRosterError.unknownScope(name: scope) }
            let added = Operator(login: login, name: name, role: role, scope: place)
            try added.save(db)
            try Self.ensureRole(db, login: login)
            try AuditEntry.append(db, entity: "operator", id: login, action: "add", before: nil, after: added.auditFields,
                                  note: nil, stamp: access.stamp(stamp))
            return added
        }
    }

    public func updateOperator(_ login: String, change: OperatorChange, stamp: AuditStamp) throws -> Operator {
        try write { db in
            try access.authorize(db, .operators)
            // Locked: two admins demoting each other at once must not leave no admin.
            try db.execute("SELECT login FROM operator WHERE role = 'admin' FOR UPDATE")
            guard let current = try Operator.find(db, login: login) else { throw OperatorRosterError.notOnRoster(login: login) }
            var next = current
            if let name = change.name { next.name = name }
            if let role = change.role { next.role = role }
            if let active = change.active { next.active = active }
            if let scope = change.scope {
                guard let place = try PostgresJurisdiction.scope(db, named: scope) else { throw OperatorRosterError.unknownScope(name: scope) }
                next.scope = place
            }
            if current.role == .admin, current.active, !(next.role == .admin && next.active),
               try Operator.admins(db) == [login] {
                throw OperatorRosterError.lastAdmin(login: login)
            }
            try next.save(db)
            let before = current.auditFields, after = next.auditFields
            let changed = before.keys.filter { before[$0]! != after[$0]! }
            try AuditEntry.append(db, entity: "operator", id: login, action: change.active == false ? "disable" : "set",
                                  before: before.filter { changed.contains($0.key) }, after: after.filter { changed.contains($0.key) },
                                  note: nil, stamp: access.stamp(stamp))
            return next
        }
    }

    /// The officer's database role: `login`, able to log in, a member of `safetyboard_officer`
    /// (grants and row-level security, schema v2). Made when missing; the connected role needs
    /// CREATEROLE. Several stores adding the same officer at once each find it made.
    static func ensureRole(_ db: PostgresSession, login: String) throws {
        let role = PostgreSQLServer.identifier(login)
        let literal = "'" + login.replacingOccurrences(of: "'", with: "''") + "'"
        try db.execute("""
            DO $do$ BEGIN
              IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = \(literal)) THEN CREATE ROLE \(role) LOGIN; END IF;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END $do$
            """)
        try db.execute("""
            DO $do$ BEGIN
              IF NOT pg_has_role(\(literal), 'safetyboard_officer', 'MEMBER') THEN GRANT safetyboard_officer TO \(role); END IF;
            EXCEPTION WHEN unique_violation OR internal_error THEN NULL;
            END $do$
            """)
    }
}
