import GRDB
import SafetyCore

extension SafetyDatabase: AuditTrail {
    public func auditHead() throws -> AuditHead {
        try pool.read { db in
            try access.authorize(db, .see)
            return AuditHead(count: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit") ?? 0, hash: try AuditChain.headHash(db))
        }
    }

    public func verifyAudit(published: AuditHead.Published?) throws -> AuditVerification {
        try pool.read { db in
            try access.authorize(db, .see)
            return try AuditReplay(db: db).verify(published: published)
        }
    }

    public func auditLog(_ filter: AuditLogFilter) throws -> [AuditEntry] {
        try pool.read { db in
            var conditions: [String] = []
            var arguments: [any DatabaseValueConvertible] = []
            if let hazard = filter.hazard {
                try access.authorize(db, .see, hazard: hazard)
                conditions.append("entity = 'hazard' AND entity_id = ?")
                arguments.append(hazard)
            } else if let counties = try access.readScope(db, counties: nil) {
                // An operator of some counties sees the trail of their hazards and inspections.
                let marks = counties.map { _ in "?" }.joined(separator: ", ")
                conditions.append("""
                    ((entity = 'hazard' AND entity_id IN (SELECT id FROM hazard WHERE county IN (\(marks))))
                     OR (entity = 'inspection' AND entity_id IN (SELECT id FROM inspection WHERE county IN (\(marks)))))
                    """)
                arguments += counties + counties
            }
            if let login = filter.operatorLogin {
                conditions.append("operator = ?")
                arguments.append(login)
            }
            if let since = filter.since {
                conditions.append("at >= ?")
                arguments.append(since)
            }
            let clause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            return try AuditEntry.fetchAll(db, sql: "SELECT * FROM audit \(clause) ORDER BY id",
                                           arguments: StatementArguments(arguments))
        }
    }
}
