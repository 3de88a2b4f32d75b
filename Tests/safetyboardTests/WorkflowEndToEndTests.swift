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
        let session = try TmuxSession(width: 120, height: 36, environment: [
            "LANG": "C.UTF-8", "TERM": "xterm-256color", "SAFETYBOARD_OPERATOR": "triage-officer",
        ])
        try session.type("\(Binary.url.path) --db \(db) --as-of \(Self.day) --lang en --no-bell; echo \"EXITED:$?\"")
        _ = try #require(try session.wait(timeout: .seconds(20)) { $0.contains("Open hazards") }, "no console:\n\(session.text)")
        try session.press("3")
        _ = try #require(try session.wait(timeout: .seconds(5)) { $0.contains("Triage") && $0.contains("filter:") },
                         "no triage view:\n\(session.text)")
        try session.press("/")
        try session.type(id)
        _ = try #require(try session.wait(timeout: .seconds(5)) { screen in
            screen.split(separator: "\n").contains { $0.contains("│\(id)") }
        }, "search did not select \(id):\n\(session.text)")
        return session
    }

    private func quit(_ session: TmuxSession) throws {
        try session.press("q")
        #expect(try session.wait(timeout: .seconds(5)) { $0.contains("EXITED:0") } != nil, "q did not exit 0:\n\(session.text)")
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
        try quit(session)
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
        try quit(session)
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
        try quit(session)
    }

    /// The risk zoom: Enter lists the selected county's enterprises reddest first, Enter on
    /// the first opens its file, Esc goes back to the list and then to the zoom.
    @Test func enterInTheRiskZoomListsTheCountysEnterprisesAndOpensOnesFile() throws {
        let db = try Binary.initializedDatabase(asOf: Self.day)
        let session = try TmuxSession(width: 120, height: 36, environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color"])
        try session.type("\(Binary.url.path) --db \(db) --as-of \(Self.day) --lang en --no-bell; echo \"EXITED:$?\"")
        _ = try #require(try session.wait(timeout: .seconds(20)) { $0.contains("Open hazards") }, "no console:\n\(session.text)")
        try session.press("z")
        _ = try #require(try session.wait(timeout: .seconds(5)) { $0.contains(" by industry") }, "no risk zoom:\n\(session.text)")
        try session.press("Enter")
        let listed = try #require(try session.wait(timeout: .seconds(5)) { screen in
            screen.contains(" · enterprises, reddest first") && screen.split(separator: "\n").contains { $0.hasPrefix("║R ") }
        },
                                  "Enter did not list the county's enterprises:\n\(session.text)").screen
        let title = try #require(listed.split(separator: "\n").first { $0.contains(" · enterprises, reddest first") })
        let county = try #require(title.components(separatedBy: " · enterprises").first?.split(whereSeparator: { "│║".contains($0) }).last)
            .trimmingCharacters(in: .whitespaces)
        // The reddest first and by name within a colour: the first red enterprise by name, read by another process.
        let all = try Binary.run(["enterprise", "list", "--county", county, "--format", "json", "--db", db])
        let enterprises = try #require(try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [[String: Any]])
        let reds = enterprises.filter { $0["risk_level"] as? String == "red" }.compactMap { $0["name"] as? String }.sorted()
        let first = try #require(reds.first, "\(county) has no red enterprise in the bundled data:\n\(listed)")
        // Grouped by thousands as the console prints counts ("1,517").
        let digits = String(enterprises.count)
        let total = digits.enumerated().map { ($0.offset > 0 && (digits.count - $0.offset) % 3 == 0 ? "," : "") + String($0.element) }.joined()
        #expect(listed.contains("1/\(total)"), "the position counts every enterprise of \(county):\n\(listed)")
        let firstRow = try #require(listed.split(separator: "\n").first { $0.hasPrefix("║R ") })
        #expect(firstRow.contains(String(first.prefix(8))), "the first row is \(first):\n\(listed)")

        try session.press("Enter")
        _ = try #require(try session.wait(timeout: .seconds(5)) { $0.contains("Enterprise file \(first)") && $0.contains("Hazards ") },
                         "Enter did not open the file of \(first):\n\(session.text)")
        try session.press("Escape")
        _ = try #require(try session.wait(timeout: .seconds(5)) { $0.contains(" · enterprises, reddest first") },
                         "Esc did not go back to the list:\n\(session.text)")
        try session.press("Escape")
        _ = try #require(try session.wait(timeout: .seconds(5)) { $0.contains(" by industry") && !$0.contains("reddest first") },
                         "Esc did not go back to the zoom:\n\(session.text)")
        try quit(session)
    }
}
