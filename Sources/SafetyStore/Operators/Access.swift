import GRDB
import SafetyCore

/// The store's one authorization check point: every write, and every read that a scope
/// narrows, asks here, inside the transaction it guards, so a refusal (``AccessRefusal``)
/// rolls back with nothing changed. The console, the command line and scripts all reach the
/// store through these checks; only writing the file around the application bypasses them.
struct Access: Sendable {
    /// The login the store acts for.
    let login: String

    /// The operator on the roster, or ``AccessRefusal/unknown(login:admins:)``.
    func actor(_ db: Database) throws -> Operator {
        guard let actor = try Operator.find(db, login: login) else {
            throw AccessRefusal.unknown(login: login, admins: try Operator.admins(db))
        }
        return actor
    }

    /// Refuses unless the operator may do `permission` to a record of `county` (nil: a
    /// permission not tied to one county).
    @discardableResult
    func authorize(_ db: Database, _ permission: OperatorPermission, county: String? = nil) throws -> Operator {
        let actor = try actor(db)
        let prefecture = try county.flatMap { try JurisdictionPlace.prefecture(of: $0, db) }
        if let refusal = AccessRule.refusal(actor, permission, county: county, prefecture: prefecture) { throw refusal }
        return actor
    }

    /// ``authorize(_:_:county:)`` for the county of hazard `id`; an unknown hazard passes, for
    /// the write to report it as it always has.
    func authorize(_ db: Database, _ permission: OperatorPermission, hazard id: String) throws {
        try authorize(db, permission, county: try String.fetchOne(db, sql: "SELECT county FROM hazard WHERE id = ?", arguments: [id]))
    }

    /// The stamp a write records: the caller's time, and the login the store acts for (a
    /// caller cannot write someone else's name into the trail).
    func stamp(_ stamp: AuditStamp) -> AuditStamp {
        AuditStamp(operatorName: login, at: stamp.at)
    }

    /// The county a read may show when the caller asked for `county` (nil: every county):
    /// the same county when in scope; the operator's one county when none was named; refused
    /// when it is outside the scope or the scope has several counties to choose from.
    func readScope(_ db: Database, county: String?, _ permission: OperatorPermission = .see) throws -> String? {
        let actor = try authorize(db, permission, county: county)
        if county != nil { return county }
        switch actor.effectiveScope {
        case .all: return nil
        case let .county(name): return name
        case .prefecture:
            throw AccessRefusal.chooseCounty(login: login, scope: actor.effectiveScope,
                                             counties: try JurisdictionPlace.counties(in: actor.effectiveScope, db))
        }
    }

    /// The counties a read may show when the caller asked for `counties` (nil: every county):
    /// those in scope, or refused naming the first outside it.
    func readScope(_ db: Database, counties: [String]?, _ permission: OperatorPermission = .see) throws -> [String]? {
        let actor = try authorize(db, permission)
        if let counties {
            for county in counties { try authorize(db, permission, county: county) }
            return counties
        }
        if actor.effectiveScope == .all { return nil }
        return try JurisdictionPlace.counties(in: actor.effectiveScope, db)
    }
}
