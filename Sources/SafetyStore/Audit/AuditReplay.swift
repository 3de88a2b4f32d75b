import Crypto
import Foundation
import GRDB

/// `audit verify`: the chain walked link by link, then the hazards replayed against it.
struct AuditReplay {
    let db: Database

    /// The first break, the head, and how many hazards were replayed.
    func verify(published: AuditHead.Published?) throws -> AuditVerification {
        var previous = AuditChain.genesis
        var previousId: Int64?
        var count = 0
        var publishedFound = false
        var hazardRows: [String: [Row]] = [:]
        var imports: [HazardImport] = []
        var legacyImports = false
        var failure: AuditBreak?
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM audit ORDER BY id")
        let hashes = Set(rows.compactMap { $0["hash"] as String? })
        for row in rows {
            let id: Int64 = row["id"]
            let stored: String? = row["hash"]
            if failure == nil {
                if row["prev_hash"] as String? != previous {
                    failure = linkBreak(row: id, previousId: previousId, previous: previous, hashes: hashes, prev: row["prev_hash"])
                } else if stored != AuditChain.hash(previous: previous, values: AuditChain.values(of: row)) {
                    failure = .edited(row: id)
                }
            }
            count += 1
            previous = stored ?? ""
            previousId = id
            if let published, published.hash == stored, published.count.map({ $0 == count }) ?? true { publishedFound = true }
            let entity: String = row["entity"]
            if entity == "hazard" {
                hazardRows[row["entity_id"], default: []].append(row)
            } else if entity == "import", (row["after"] as String?)?.contains(" \(ImportKind.hazards.rawValue) (") == true {
                if let origin = HazardImport(row: row) { imports.append(origin) } else { legacyImports = true }
            }
        }
        let head = AuditHead(count: count, hash: rows.isEmpty ? AuditChain.genesis : previous)
        if failure == nil, let published, !publishedFound { failure = .publishedHeadMissing(published, now: head) }
        var replayed = 0, beforeChain = 0
        if failure == nil {
            (replayed, beforeChain, failure) = try replay(hazardRows: hazardRows, imports: imports, legacyImports: legacyImports)
        }
        return AuditVerification(head: head, hazardsReplayed: replayed, hazardsBeforeChain: beforeChain, failure: failure)
    }

    /// Why a row's `prev_hash` is not its predecessor's hash.
    private func linkBreak(row: Int64, previousId: Int64?, previous: String, hashes: Set<String>, prev: String?) -> AuditBreak {
        if let prev, prev != previous, hashes.contains(prev) { return .reordered(row: row) }
        if row != (previousId ?? 0) + 1 { return .deleted(row: row, after: previousId) }
        return .inserted(row: row)
    }

    /// Every hazard's fields rolled back through its audited changes, newest first: each
    /// change's `after` must be what is there; what is left must be what its `add` or its
    /// import's digest says.
    private func replay(hazardRows: [String: [Row]], imports: [HazardImport], legacyImports: Bool) throws
        -> (replayed: Int, beforeChain: Int, failure: AuditBreak?) {
        let columns = AuditedColumns.of(.hazards)
        var hashers = imports.map { _ in SHA256() }
        var counts = imports.map { _ in 0 }
        var replayed = 0, beforeChain = 0
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT rowid AS rowid_, \(columns.map(\.quotedDatabaseIdentifier).joined(separator: ", ")) FROM hazard ORDER BY rowid
            """)
        while let row = try cursor.next() {
            let id: String = row["id"]
            var state: [String: String?] = [:]
            for column in columns { state[column] = AuditChain.text(row[column] as DatabaseValue) }
            var added = false
            for change in (hazardRows[id] ?? []).reversed() {
                let auditId: Int64 = change["id"]
                let after = try Self.fields(change["after"])
                for (field, value) in after.sorted(by: { $0.key < $1.key }) where state.keys.contains(field) {
                    if state[field]! != value {
                        return (replayed, beforeChain, .hazardChanged(hazard: id, field: field, found: state[field]!, expected: value, row: auditId))
                    }
                }
                if change["action"] as String == "add" {
                    added = true
                    break
                }
                for (field, value) in try Self.fields(change["before"]) where state.keys.contains(field) { state[field] = value }
            }
            replayed += 1
            if added { continue }
            let rowid: Int64 = row["rowid_"]
            guard let index = imports.firstIndex(where: { $0.rowids.contains(rowid) }) else {
                if legacyImports {
                    beforeChain += 1
                    continue
                }
                return (replayed, beforeChain, .hazardUnaudited(hazard: id))
            }
            hashers[index].update(data: Data((AuditChain.canonicalText(columns.map { state[$0]! }) + "\n").utf8))
            counts[index] += 1
        }
        for (index, origin) in imports.enumerated() where AuditChain.hex(hashers[index].finalize()) != origin.digest {
            return (replayed, beforeChain, .importChanged(row: origin.auditId, file: origin.file, hazards: counts[index]))
        }
        return (replayed, beforeChain, nil)
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

    init?(row: Row) {
        guard let note = row["note"] as String?,
              let object = try? JSONSerialization.jsonObject(with: Data(note.utf8)) as? [String: Any],
              let digest = object["digest"] as? String, let range = object["rowids"] as? [Int64], range.count == 2 else { return nil }
        auditId = row["id"]
        file = row["entity_id"]
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
