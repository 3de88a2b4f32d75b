import Foundation
import SafetyStore
import Testing

/// The triage officer's keys, driven in tmux on the built binary; after each step the
/// hazard is read back by another process with `hazard show --format json`.
@Suite(.serialized) struct TriageEndToEndTests {
    static let day = "2026-11-22"

    private func show(_ id: String, db: String) throws -> [String: Any] {
        try HazardShow.document(id, db: db, day: Self.day)
    }

    /// Waits until the hazard, read by another process, satisfies `condition`.
    private func waitFor(_ id: String, db: String, _ what: String, session: TmuxSession,
                         _ condition: ([String: Any]) -> Bool) throws -> [String: Any] {
        try HazardShow.wait(for: id, db: db, day: Self.day, what, session: session, condition)
    }

    private func history(_ document: [String: Any]) -> [[String: Any]] {
        document["history"] as? [[String: Any]] ?? []
    }

    @Test func findSetADeadlineRectifyCloseAndUndoFromTheKeyboard() throws {
        let db = try Binary.temporaryDatabase()
        try #require(try Binary.run(["init", "--db", db, "--as-of", Self.day]).status == 0)
        let listed = try Binary.run(["hazard", "list", "--status", "open", "--county", "荔城区", "--limit", "1", "--format", "json",
                                     "--db", db, "--as-of", Self.day])
        let id = try #require((try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])?.first?["id"] as? String)

        let session = try TmuxSession.triage(db: db, day: Self.day)
        // Every status, so the hazard stays in the list once rectified and closed.
        try session.press("f")
        try session.type("all")
        _ = try #require(try session.wait(timeout: .seconds(5)) { $0.contains("filter: all") }, "filter not shown:\n\(session.text)")

        try session.press("/")
        try session.type(id)
        _ = try #require(try session.wait(timeout: .seconds(5)) { screen in
            screen.split(separator: "\n").contains { $0.contains("│\(id)") }
        }, "search did not select \(id):\n\(session.text)")

        try session.press("d")
        try session.type("2026-12-20")
        var document = try waitFor(id, db: db, "deadline", session: session) { $0["deadline"] as? String == "2026-12-20" }
        #expect(history(document).last?["action"] as? String == "set_deadline")
        // The login at the keyboard, not what $SAFETYBOARD_OPERATOR claims.
        #expect(history(document).last?["operator"] as? String == OperatingSystemLogin.current().login)

        try session.press("r")
        try session.type("消防通道已清理")
        document = try waitFor(id, db: db, "rectified", session: session) { $0["status"] as? String == "rectified" }
        #expect(history(document).last?["action"] as? String == "mark_rectified")
        #expect(history(document).last?["note"] as? String == "消防通道已清理")

        try session.press("v")
        _ = try #require(try session.wait(timeout: .seconds(5)) { $0.contains("Verify and close?") && $0.contains(id) },
                         "no confirmation naming \(id):\n\(session.text)")
        try session.press("Enter")
        document = try waitFor(id, db: db, "closed", session: session) { $0["status"] as? String == "closed" }
        #expect(document["closed_on"] as? String == Self.day)
        #expect(history(document).last?["action"] as? String == "close")

        try session.press("u")
        document = try waitFor(id, db: db, "undo", session: session) { $0["status"] as? String == "rectified" }
        #expect(document["closed_on"] is NSNull)
        #expect(history(document).map { $0["action"] as? String } == ["set_deadline", "mark_rectified", "close", "undo"])

        // A refused action says why on the status line and changes nothing.
        try session.press("w")
        _ = try #require(try session.wait(timeout: .seconds(5)) { $0.contains("cannot") }, "no refusal shown:\n\(session.text)")
        #expect(history(try show(id, db: db)).count == 4)

        try session.quitConsole()
    }
}
