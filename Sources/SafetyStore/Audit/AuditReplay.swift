import Foundation
import GRDB

/// `audit verify` on SQLite: the chain walked link by link (``AuditChainWalk``), then the
/// hazards replayed against it (``HazardReplay``), read from the file.
struct AuditReplay {
    let db: Database

    /// The first break, the head, and how many hazards were replayed.
    func verify(published: AuditHead.Published?) throws -> AuditVerification {
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM audit ORDER BY id").map { row in
            AuditLink(id: row["id"], prevHash: row["prev_hash"], hash: row["hash"], values: AuditChain.values(of: row),
                      entity: row["entity"], entityId: row["entity_id"], action: row["action"], before: row["before"],
                      after: row["after"], note: row["note"])
        }
        return try AuditChainWalk.verify(rows, published: published) { replay in
            let columns = AuditedColumns.of(.hazards)
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT rowid AS rowid_, \(columns.map(\.quotedDatabaseIdentifier).joined(separator: ", ")) FROM hazard ORDER BY rowid
                """)
            while let row = try cursor.next() {
                var state: [String: String?] = [:]
                for column in columns { state[column] = AuditChain.text(row[column] as DatabaseValue) }
                if let failure = try replay.visit(id: row["id"], rowid: row["rowid_"], state: state) { return failure }
            }
            return nil
        }
    }
}

/// One row of the audit table as the verification reads it (either backend).
struct AuditLink {
    var id: Int64
    var prevHash: String?
    var hash: String?
    /// The hashed columns' values (`AuditChain.hashedColumns`).
    var values: [String?]
    var entity: String
    var entityId: String
    var action: String
    var before: String?
    var after: String?
    var note: String?
}

/// The chain walked link by link, then the hazards replayed against it: the backends read the
/// rows, this decides.
enum AuditChainWalk {
    /// `hazards` feeds every hazard, in rowid order, to the replay it is given and returns the
    /// first break it reports.
    static func verify(_ rows: [AuditLink], published: AuditHead.Published?,
                       hazards: (inout HazardReplay) throws -> AuditBreak?) throws -> AuditVerification {
        var previous = AuditChain.genesis
        var previousId: Int64?
        var count = 0
        var publishedFound = false
        var hazardRows: [String: [AuditLink]] = [:]
        var imports: [HazardImport] = []
        var legacyImports = false
        var failure: AuditBreak?
        let hashes = Set(rows.compactMap(\.hash))
        for row in rows {
            if failure == nil {
                if row.prevHash != previous {
                    failure = linkBreak(row: row.id, previousId: previousId, previous: previous, hashes: hashes, prev: row.prevHash)
                } else if row.hash != AuditChain.hash(previous: previous, values: row.values) {
                    failure = .edited(row: row.id)
                }
            }
            count += 1
            previous = row.hash ?? ""
            previousId = row.id
            if let published, published.hash == row.hash, published.count.map({ $0 == count }) ?? true { publishedFound = true }
            if row.entity == "hazard" {
                hazardRows[row.entityId, default: []].append(row)
            } else if row.entity == "import", row.after?.contains(" \(ImportKind.hazards.rawValue) (") == true {
                if let origin = HazardImport(row) { imports.append(origin) } else { legacyImports = true }
            }
        }
        let head = AuditHead(count: count, hash: rows.isEmpty ? AuditChain.genesis : previous)
        if failure == nil, let published, !publishedFound { failure = .publishedHeadMissing(published, now: head) }
        var replay = HazardReplay(hazardRows: hazardRows, imports: imports, legacyImports: legacyImports)
        if failure == nil {
            failure = try hazards(&replay)
            if failure == nil { failure = replay.finish() }
        }
        return AuditVerification(head: head, hazardsReplayed: replay.replayed, hazardsBeforeChain: replay.beforeChain, failure: failure)
    }

    /// Why a row's `prev_hash` is not its predecessor's hash.
    private static func linkBreak(row: Int64, previousId: Int64?, previous: String, hashes: Set<String>, prev: String?) -> AuditBreak {
        if let prev, prev != previous, hashes.contains(prev) { return .reordered(row: row) }
        if row != (previousId ?? 0) + 1 { return .deleted(row: row, after: previousId) }
        return .inserted(row: row)
    }
}

/// Every hazard's fields rolled back through its audited changes, newest first: each change's
/// `after` must be what is there; what is left must be what its `add` or its import's digest says.
struct HazardReplay {
    let hazardRows: [String: [AuditLink]]
    let imports: [HazardImport]
    let legacyImports: Bool
    private var digests: [AuditChain.RowsDigest]
    private var counts: [Int]
    private(set) var replayed = 0
    private(set) var beforeChain = 0

    init(hazardRows: [String: [AuditLink]], imports: [HazardImport], legacyImports: Bool) {
        self.hazardRows = hazardRows
        self.imports = imports
        self.legacyImports = legacyImports
        digests = imports.map { _ in AuditChain.RowsDigest() }
        counts = imports.map { _ in 0 }
    }

    /// One hazard as stored: its id, rowid and audited columns (`AuditedColumns.of(.hazards)`).
    mutating func visit(id: String, rowid: Int64, state stored: [String: String?]) throws -> AuditBreak? {
        var state = stored
        var added = false
        for change in (hazardRows[id] ?? []).reversed() {
            let after = try Self.fields(change.after)
            for (field, value) in after.sorted(by: { $0.key < $1.key }) where state.keys.contains(field) {
                if state[field]! != value {
                    return .hazardChanged(hazard: id, field: field, found: state[field]!, expected: value, row: change.id)
                }
            }
            if change.action == "add" {
                added = true
                break
            }
            for (field, value) in try Self.fields(change.before) where state.keys.contains(field) { state[field] = value }
        }
        replayed += 1
        if added { return nil }
        guard let index = imports.firstIndex(where: { $0.rowids.contains(rowid) }) else {
            if legacyImports {
                beforeChain += 1
                return nil
            }
            return .hazardUnaudited(hazard: id)
        }
        let columns = AuditedColumns.of(.hazards)
        digests[index].add(columns.map { state[$0]! })
        counts[index] += 1
        return nil
    }

    /// After the last hazard: each import's digest against what its hazards roll back to.
    func finish() -> AuditBreak? {
        for (index, origin) in imports.enumerated() where digests[index].hex != origin.digest {
            return .importChanged(row: origin.auditId, file: origin.file, hazards: counts[index])
        }
        return nil
    }

    /// An audit row's `before` or `after` JSON object (null values as nil).
    static func fields(_ text: String?) throws -> [String: String?] {
        guard let text, let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else { return [:] }
        return object.mapValues { $0 as? String }
    }
}

/// An import of hazards as its audit row records it: the rows it wrote and their digest.
struct HazardImport {
    var auditId: Int64
    var file: String
    var rowids: Range<Int64>
    var digest: String

    init?(_ row: AuditLink) {
        guard let note = row.note,
              let object = try? JSONSerialization.jsonObject(with: Data(note.utf8)) as? [String: Any],
              let digest = object["digest"] as? String, let range = object["rowids"] as? [Int64], range.count == 2 else { return nil }
        auditId = row.id
        file = row.entityId
        rowids = range[0]..<max(range[0], range[1] + 1)
        self.digest = digest
    }
}

/// The columns an import's digest covers: the contract's columns of its kind, and for hazards
/// the one triage field the contract has no column for.
enum AuditedColumns {
    static func of(_ kind: ImportKind) -> [String] {
        kind.columns.map(\.name) + (kind == .hazards ? ["duplicate_of"] : [])
    }
}
