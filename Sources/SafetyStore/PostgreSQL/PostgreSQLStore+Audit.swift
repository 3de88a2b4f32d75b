import PostgresNIO
import SafetyCore

extension PostgreSQLStore: AuditTrail {
    public func auditHead() throws -> AuditHead {
        try read { db in
            try access.authorize(db, .see)
            let head = try db.row("SELECT hash, count FROM safetyboard_audit_head()")
            return AuditHead(count: try head?.int("count") ?? 0, hash: try head?.optionalText("hash") ?? AuditChain.genesis)
        }
    }

    public func verifyAudit(published: AuditHead.Published?) throws -> AuditVerification {
        try read { db in
            try access.authorize(db, .see)
            let rows = try db.rows("SELECT * FROM audit ORDER BY id").map { row in
                AuditLink(id: Int64(try row.int("id")), prevHash: try row.optionalText("prev_hash"), hash: try row.optionalText("hash"),
                          values: try AuditChain.hashedColumns.map { try row.optionalText($0) },
                          entity: try row.text("entity"), entityId: try row.text("entity_id"), action: try row.text("action"),
                          before: try row.optionalText("before"), after: try row.optionalText("after"), note: try row.optionalText("note"))
            }
            return try AuditChainWalk.verify(rows, published: published) { replay in
                let columns = AuditedColumns.of(.hazards)
                let list = columns.map { "\"\($0)\"" }.joined(separator: ", ")
                // Pages by rowid: the replay holds the audit rows already; the hazards stream.
                var after: Int64 = 0
                while true {
                    let page = try db.rows("SELECT rowid, \(list) FROM hazard WHERE rowid > $1 ORDER BY rowid LIMIT 10000", [Int(after)])
                    for row in page {
                        let texts = try row.texts()
                        var state: [String: String?] = [:]
                        for (index, column) in columns.enumerated() { state[column] = texts[index + 1] }
                        after = Int64(try row.int("rowid"))
                        if let failure = try replay.visit(id: try row.text("id"), rowid: after, state: state) { return failure }
                    }
                    if page.count < 10000 { return nil }
                }
            }
        }
    }

    public func auditLog(_ filter: AuditLogFilter) throws -> [AuditEntry] {
        try read { db in
            var conditions: [String] = []
            var binds: [SQLBind] = []
            func bind(_ value: String) -> String {
                binds.append(value)
                return "$\(binds.count)"
            }
            if let hazard = filter.hazard {
                try access.authorize(db, .see, hazard: hazard)
                conditions.append("entity = 'hazard' AND entity_id = \(bind(hazard))")
            } else if let counties = try access.readScope(db, counties: nil) {
                let marks = counties.map { bind($0) }.joined(separator: ", ")
                conditions.append("""
                    ((entity = 'hazard' AND entity_id IN (SELECT id FROM hazard WHERE county IN (\(marks))))
                     OR (entity = 'inspection' AND entity_id IN (SELECT id FROM inspection WHERE county IN (\(marks)))))
                    """)
            }
            if let login = filter.operatorLogin { conditions.append("operator = \(bind(login))") }
            if let since = filter.since { conditions.append("at >= \(bind(since))") }
            let clause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            return try db.rows("SELECT * FROM audit \(clause) ORDER BY id", binds).map(AuditEntry.init(postgres:))
        }
    }
}
