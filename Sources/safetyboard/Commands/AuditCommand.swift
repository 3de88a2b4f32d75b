import ArgumentParser
import Foundation
import SafetyCore
import SafetyStore

/// `safetyboard audit verify|head|log`: the tamper-evident audit trail (操作留痕).
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Check, publish and read the hash-chained audit trail.",
        subcommands: [Verify.self, Head.self, Log.self])

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: """
            Walk the hash chain and replay it against the hazards: exit 0 with the row count and head, \
            or 1 naming the first row edited, inserted, deleted or reordered, or the first hazard changed without an audit row.
            """)
        @OptionGroup var global: GlobalOptions
        @Option(help: "A published head (HASH or COUNT:HASH, e.g. from a bulletin) that the chain must still contain.")
        var head: String?

        func validate() throws {
            if let head, AuditHead.Published(head) == nil {
                throw ValidationError("--head '\(head)' is not a head: write the 64-digit hash, or COUNT:HASH as `audit head` prints it")
            }
        }

        func run() throws {
            let result = try DatabaseLocation.open(global).verifyAudit(published: head.flatMap(AuditHead.Published.init))
            if let failure = result.failure {
                FileHandle.standardError.write(Data("audit verify: \(failure)\n".utf8))
                throw ExitCode(1)
            }
            var line = "audit trail intact: \(result.head.count) rows, head \(result.head.hash); \(result.hazardsReplayed) hazards replayed"
            if result.hazardsBeforeChain > 0 {
                line += " (\(result.hazardsBeforeChain) of them imported before the chain existed: not checked against an import digest)"
            }
            print(line)
        }
    }

    struct Head: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the row count and the head hash (COUNT HASH).")
        @OptionGroup var global: GlobalOptions

        func run() throws {
            print(try DatabaseLocation.open(global).auditHead())
        }
    }

    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Rows of the audit trail, oldest first.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Only this hazard's rows.") var hazard: String?
        @Option(name: .customLong("operator"), help: "Only this login's rows.") var operatorLogin: String?
        @Option(help: "Only rows on or after this day (YYYY-MM-DD).") var since: String?
        @Option(help: "table or json.") var format: HazardCommand.Format = .table

        func validate() throws {
            if let since, Day(iso: since) == nil { throw ValidationError("--since '\(since)' is not a date; write it as YYYY-MM-DD") }
        }

        func run() throws {
            let entries = try DatabaseLocation.open(global).auditLog(AuditLogFilter(hazard: hazard, operatorLogin: operatorLogin, since: since))
            switch format {
            case .json: print(try JSONOutput.string(entries.map(AuditLogDocument.init)))
            case .table:
                for e in entries {
                    print(["\(e.id)", e.at, e.operatorName, "\(e.entity):\(e.entityId)", e.action, e.before ?? "-", e.after ?? "-",
                           e.note ?? "-"].joined(separator: "\t"))
                }
            }
        }
    }
}

/// One audit row as `audit log --format json` prints it: the history entry's keys, and where
/// it sits in the chain.
struct AuditLogDocument: Encodable {
    let id: Int64
    let entity: String
    let entityId: String
    let hash: String
    let entry: AuditDocument

    init(_ entry: AuditEntry) {
        id = entry.id
        entity = entry.entity
        entityId = entry.entityId
        hash = entry.hash
        self.entry = AuditDocument(entry)
    }

    enum CodingKeys: String, CodingKey { case id, entity, entityId = "entity_id", hash }

    func encode(to encoder: any Encoder) throws {
        try entry.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(entity, forKey: .entity)
        try c.encode(entityId, forKey: .entityId)
        try c.encode(hash, forKey: .hash)
    }
}
