import Foundation
import GRDB
public import SafetyCore

extension SafetyDatabase: OperatorRoster {
    /// Puts the acting login on an empty roster as admin of everything (the login that made
    /// the database, or the first to open one made before the roster existed), audited.
    func enrollFirstAdmin(name: String) throws {
        try pool.write { db in
            guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM operator") == 0 else { return }
            let admin = Operator(login: actorLogin, name: name, role: .admin, scope: .all)
            try admin.save(db)
            try AuditEntry.append(db, entity: "operator", id: actorLogin, action: "add", before: nil, after: admin.auditFields,
                                  note: "first admin: the login that opened the database with an empty roster",
                                  stamp: AuditStamp(operatorName: actorLogin, at: AuditClock.now()))
        }
    }

    public func currentOperator() throws -> Operator {
        // Where written: the console asks this at start, and a reader connection opened for it
        // alone would read the schema again (23 pages at v20, cold).
        try readWhereWritten { db in try access.actor(db) }
    }

    public func countiesInScope() throws -> [String] {
        try pool.read { db in try JurisdictionPlace.counties(in: try access.authorize(db, .see).effectiveScope, db) }
    }

    public func operators() throws -> [Operator] {
        try pool.read { db in
            try access.authorize(db, .operators)
            return try Operator.all(db)
        }
    }

    public func addOperator(login: String, name: String, role: OperatorRole, scope: String, stamp: AuditStamp) throws -> Operator {
        try pool.write { db in
            try access.authorize(db, .operators)
            guard try Operator.find(db, login: login) == nil else { throw OperatorRosterError.alreadyOnRoster(login: login) }
            guard let place = try JurisdictionPlace.scope(db, named: scope) else { throw OperatorRosterError.unknownScope(name: scope) }
            let added = Operator(login: login, name: name, role: role, scope: place)
            try added.save(db)
            try AuditEntry.append(db, entity: "operator", id: login, action: "add", before: nil, after: added.auditFields,
                                  note: nil, stamp: access.stamp(stamp))
            return added
        }
    }

    public func updateOperator(_ login: String, change: OperatorChange, stamp: AuditStamp) throws -> Operator {
        try pool.write { db in
            try access.authorize(db, .operators)
            guard let current = try Operator.find(db, login: login) else { throw OperatorRosterError.notOnRoster(login: login) }
            var next = current
            if let name = change.name { next.name = name }
            if let role = change.role { next.role = role }
            if let active = change.active { next.active = active }
            if let scope = change.scope {
                guard let place = try JurisdictionPlace.scope(db, named: scope) else { throw OperatorRosterError.unknownScope(name: scope) }
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
}

/// The time an audit row is stamped with when the store itself writes one (the first admin).
enum AuditClock {
    static func now() -> String {
        ISO8601DateFormatter().string(from: Date())
    }
}
