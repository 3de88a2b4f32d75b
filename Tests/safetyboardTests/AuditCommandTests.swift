import Foundation
import SafetyStore
import Testing

/// `audit head`, `audit verify [--head]`, `audit log` and the head printed in the bulletin, on
/// the built binary.
@Suite(.serialized) struct AuditCommandTests {
    static let day = "2026-11-22"

    @Test func theBulletinPublishesTheHeadThatVerifyChecksLater() throws {
        let db = try Binary.initializedDatabase(asOf: Self.day)
        let head = try Binary.run(["audit", "head", "--db", db])
        try #require(head.status == 0, "\(head.stderr)")
        let parts = head.stdout.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        try #require(parts.count == 2 && parts[1].count == 64, "\(head.stdout)")
        let published = "\(parts[0]):\(parts[1])"

        let bulletin = try Binary.run(["bulletin", "--month", "2026-10", "--lang", "en", "--db", db, "--as-of", Self.day])
        #expect(bulletin.stdout.contains("Audit chain: \(parts[0]) rows, head `\(published)`"), "\(bulletin.stdout.suffix(200))")

        let listed = try Binary.run(["hazard", "list", "--status", "open", "--limit", "1", "--format", "json", "--db", db, "--as-of", Self.day])
        let id = try #require((try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])?.first?["id"] as? String)
        try #require(try Binary.run(["hazard", "update", id, "--note", "已电话通知", "--db", db, "--as-of", Self.day]).status == 0)

        let verified = try Binary.run(["audit", "verify", "--head", published, "--db", db])
        #expect(verified.status == 0, "\(verified.stderr)")
        #expect(verified.stdout.contains("audit trail intact: \(Int(parts[0])! + 1) rows"), "\(verified.stdout)")
        let other = String(repeating: "a", count: 64)
        let missing = try Binary.run(["audit", "verify", "--head", "\(parts[0]):\(other)", "--db", db])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("is not in the chain"), "\(missing.stderr)")
        #expect(try Binary.run(["audit", "verify", "--head", "not-a-hash", "--db", db]).status != 0)
    }

    @Test func theLogFiltersByHazardOperatorAndDay() throws {
        let db = try Binary.initializedDatabase(asOf: Self.day)
        let listed = try Binary.run(["hazard", "list", "--status", "open", "--limit", "1", "--format", "json", "--db", db, "--as-of", Self.day])
        let id = try #require((try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])?.first?["id"] as? String)
        try #require(try Binary.run(["hazard", "update", id, "--note", "核查", "--db", db, "--as-of", Self.day]).status == 0)
        func log(_ options: [String]) throws -> [[String: Any]] {
            let result = try Binary.run(["audit", "log", "--format", "json", "--db", db] + options)
            return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]], "\(result.stderr)")
        }
        let hazard = try log(["--hazard", id])
        #expect(hazard.count == 1)
        #expect(hazard.first?["note"] as? String == "核查")
        #expect(hazard.first?["entity_id"] as? String == id)
        let mine = try log(["--operator", OperatingSystemLogin.current().login])
        #expect(mine.count > 5, "the first admin, the imports and the note")
        #expect(try log(["--operator", "nobody"]).isEmpty)
        #expect(try log(["--since", "2999-01-01"]).isEmpty)
        let table = try Binary.run(["audit", "log", "--hazard", id, "--db", db])
        #expect(table.stdout.contains("hazard:\(id)\tcomment"), "\(table.stdout)")
    }
}
