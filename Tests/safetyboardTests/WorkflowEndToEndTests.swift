import Foundation
import Testing

/// The triage officer's workflow of issue 18 in tmux on the built binary: the verification
/// queue, deadline extensions and the enterprise file; each write is read back by another
/// process with `hazard show --format json`.
@Suite(.serialized) struct WorkflowEndToEndTests {
    static let day = "2026-11-22"

    private func show(_ id: String, db: String) throws -> [String: Any] {
        try HazardShow.document(id, db: db, day: Self.day)
    }

    /// Waits until the hazard, read by another process, satisfies `condition`.
    private func waitFor(_ id: String, db: String, _ what: String, session: TmuxSession,
                         _ condition: ([String: Any]) -> Bool) throws -> [String: Any] {
        try HazardShow.wait(for: id, db: db, day: Self.day, what, session: session, condition)
    }

    /// The first hazard of 荔城区 in `status`.
    private func firstHazard(_ status: String, db: String, grade: String? = nil) throws -> String {
        let listed = try Binary.run(["hazard", "list", "--status", status, "--county", "荔城区", "--limit", "1", "--format", "json",
                                     "--db", db, "--as-of", Self.day] + (grade.map { ["--grade", $0] } ?? []))
        return try #require((try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])?.first?["id"] as? String)
    }

    /// The console on `db` in triage, in English, with `id` selected through the search.
    private func triage(on db: String, selecting id: String) throws -> TmuxSession {
        let session = try TmuxSession.triage(db: db, day: Self.day)
        try session.press("/")
        try session.type(id)
        _ = try #require(try session.wait(timeout: .seconds(5)) { screen in
            screen.split(separator: "\n").contains { $0.contains("│\(id)") }
        }, "search did not select \(id):\n\(session.text)")
        return session
    }

    @Test func rThenVClosesTheSameHazardInTheDefaultQueue() throws {
        let db = try Binary.initializedDatabase(asOf: Self.day)
        let id = try firstHazard("assigned", db: db)
        let session = try triage(on: db, selecting: id)
        #expect(session.text.contains("filter: not closed"), "the default queue is every hazard not closed:\n\(session.text)")

        try session.press("r")
        try session.type("安全通道已清理")
        _ = try waitFor(id, db: db, "rectified", session: session) { $0["status"] as? String == "rectified" }
        _ = try #require(try session.wait(timeout: .seconds(5)) { screen in
            screen.split(separator: "\n").contains { $0.contains("│\(id)") } && screen.contains("to verify")
        }, "the rectified hazard stays selected, awaiting verification:\n\(session.text)")

        try session.press("v")
        _ = try #require(try session.wait(timeout: .seconds(5)) { $0.contains("Verify and close?") && $0.contains(id) },
                         "v did not ask to close \(id):\n\(session.text)")
        try session.press("Enter")
        let closed = try waitFor(id, db: db, "closed", session: session) { $0["status"] as? String == "closed" }
        #expect(closed["closed_on"] as? String == Self.day)
        try session.quitConsole()
    }

    @Test func eRequestsAnExtensionAndCapitalEApprovesOneAndRefusesTheNext() throws {
        let db = try Binary.initializedDatabase(asOf: Self.day)
        let id = try firstHazard("assigned", db: db)
        let deadline = try #require(try show(id, db: db)["deadline"] as? String)
        let session = try triage(on: db, selecting: id)

        try session.press("e")
        try session.type("2030-01-31")
        try session.type("设备到货晚")
        var document = try waitFor(id, db: db, "extension requested", session: session) {
            ($0["extensions"] as? [[String: Any]])?.last?["until"] as? String == "2030-01-31"
        }
        #expect(document["deadline"] as? String == deadline, "a request alone moves nothing")
        _ = try #require(try session.wait(timeout: .seconds(5)) { screen in
            screen.split(separator: "\n").contains { $0.contains("│\(id)") } && screen.contains("ext? ") && screen.contains("extension asked to 2030-01-31")
        }, "the list and the detail show the pending request:\n\(session.text)")

        try session.press("E")
        try session.type("y 同意")
        document = try waitFor(id, db: db, "extension approved", session: session) { $0["deadline"] as? String == "2030-01-31" }
        _ = try #require(try session.wait(timeout: .seconds(5)) { $0.contains("extension approved, deadline 2030-01-31") },
                         "no approval shown:\n\(session.text)")
        #expect((document["extensions"] as? [[String: Any]])?.last?["decision"] as? String == "approved")
        let actions = (document["history"] as? [[String: Any]] ?? []).compactMap { $0["action"] as? String }
        #expect(actions.suffix(3) == ["extension_request", "extension_approve", "set_deadline"])

        try session.press("e")
        try session.type("2030-06-30")
        try session.type("再延期")
        _ = try waitFor(id, db: db, "second request", session: session) { ($0["extensions"] as? [[String: Any]])?.count == 2 }
        _ = try #require(try session.wait(timeout: .seconds(5)) { $0.contains("extension to 2030-06-30 requested") },
                         "no request shown:\n\(session.text)")
        try session.press("E")
        try session.type("n 理由不充分")
        document = try waitFor(id, db: db, "extension refused", session: session) {
            ($0["extensions"] as? [[String: Any]])?.last?["decision"] as? String == "refused"
        }
        #expect(document["deadline"] as? String == "2030-01-31", "a refusal keeps the deadline")
        #expect(try session.wait(timeout: .seconds(5)) { $0.contains("extension refused") } != nil, "\(session.text)")
        try session.quitConsole()
    }

    @Test func enterOpensTheEnterprisePageAndEscGoesBack() throws {
        let db = try Binary.initializedDatabase(asOf: Self.day)
        let id = try firstHazard("assigned", db: db)
        let enterpriseId = try #require(try show(id, db: db)["enterprise_id"] as? String)
        let shown = try Binary.run(["enterprise", "show", enterpriseId, "--format", "json", "--db", db, "--as-of", Self.day])
        let file = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        let name = try #require(file["name"] as? String)
        let session = try triage(on: db, selecting: id)

        try session.press("Enter")
        _ = try #require(try session.wait(timeout: .seconds(5)) { screen in
            screen.contains("Enterprise file \(name)") && screen.contains("Hazards ") && screen.contains(id)
                && screen.contains("Inspections ") && screen.contains("risk ")
        }, "Enter did not open the enterprise page of \(enterpriseId):\n\(session.text)")
        try session.press("Escape")
        _ = try #require(try session.wait(timeout: .seconds(5)) { screen in
            screen.contains("filter: not closed") && screen.split(separator: "\n").contains { $0.contains("│\(id)") }
        }, "Esc did not go back to the list on \(id):\n\(session.text)")
        try session.quitConsole()
    }
}
