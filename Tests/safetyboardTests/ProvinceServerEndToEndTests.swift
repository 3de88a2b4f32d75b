import Foundation
import SafetyStore
import Testing

/// A province on one PostgreSQL server, driven as its offices would: consoles of officers of
/// two counties in two roles, the provincial centre's supervisor and an importer, each its own
/// process and database login, on one database of the test server (`$SAFETYBOARD_TEST_POSTGRES`).
@Suite(.serialized) struct ProvinceServerEndToEndTests {
    static let day = "2026-11-22"

    /// A new database on the test server, made ready by `server init` (the bundled data),
    /// with three officers on its roster: their logins are database roles.
    private struct Province {
        let database: TestServerDatabase
        var admin: PostgreSQLLocation { database.location }
        let suffix = UUID().uuidString.prefix(6).lowercased()
        var litriage: String { "e2e_li_triage_\(suffix)" }
        var xtduty: String { "e2e_xt_duty_\(suffix)" }
        var centre: String { "e2e_centre_\(suffix)" }

        init() throws {
            database = try TestServerDatabase(prefix: "sb_e2e_")
        }

        func run(_ arguments: [String]) throws -> Binary.Result {
            try Binary.run(arguments + ["--db", admin.description, "--as-of", ProvinceServerEndToEndTests.day])
        }

        func url(of login: String) -> String { admin.user(login).description }

        /// The console as `login`, in English at 120×36.
        func console(as login: String) throws -> TmuxSession {
            let session = try TmuxSession(width: 120, height: 36, environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color"])
            try session.type("\(Binary.url.path) --db '\(url(of: login))' --as-of \(ProvinceServerEndToEndTests.day) --lang en --no-bell; echo \"EXITED:$?\"")
            _ = try #require(try session.wait(timeout: .seconds(20)) { $0.contains("Open hazards") }, "no console for \(login):\n\(session.text)")
            return session
        }
    }

    /// The rows of the triage list: the lines' part left of the detail pane, with a grade.
    private static func hazardRows(_ screen: String) -> [Substring] {
        screen.split(separator: "\n").compactMap { $0.split(separator: "│").first }
            .filter { $0.contains(" MAJ ") || $0.contains(" gen ") }
    }

    @Test func twoCountyOfficesTheCentreAndAnImporterShareOneServer() throws {
        let province = try Province()
        defer { province.database.drop() }
        let initialized = try province.run(["server", "init"])
        try #require(initialized.status == 0, "server init failed: \(initialized.stderr)")
        for (login, name, role, scope) in [(province.litriage, "荔城区分诊", "triage", "荔城区"),
                                           (province.xtduty, "新泰市值班", "duty", "新泰市"),
                                           (province.centre, "省中心督导", "supervisor", "all")] {
            let added = try province.run(["operator", "add", login, "--name", name, "--role", role, "--scope", scope])
            try #require(added.status == 0, "operator add \(login) failed: \(added.stderr)")
        }
        let listed = try province.run(["hazard", "list", "--status", "open", "--county", "荔城区", "--limit", "1", "--format", "json"])
        let id = try #require((try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])?.first?["id"] as? String)
        let enterprises = try province.run(["enterprise", "list", "--county", "新泰市", "--format", "json"])
        let enterprise = try #require((try JSONSerialization.jsonObject(with: Data(enterprises.stdout.utf8)) as? [[String: Any]])?.first)
        let enterpriseId = try #require(enterprise["id"] as? String)

        // 荔城区's triage officer works the hazard list; 新泰市's duty officer watches the console.
        let li = try province.console(as: province.litriage)
        try li.press("3")
        let liList = try #require(try li.wait(timeout: .seconds(5)) { $0.contains("filter:") && !Self.hazardRows($0).isEmpty },
                                  "no triage list for 荔城区:\n\(li.text)")
        #expect(Self.hazardRows(liList.screen).allSatisfy { $0.contains("荔城区") }, "荔城区's officer sees another county:\n\(liList.screen)")
        #expect(liList.screen.contains("(triage)"), "the header names the role:\n\(liList.screen)")
        let xt = try province.console(as: province.xtduty)
        let xtScreen = try xt.screen()
        #expect(xtScreen.contains("新泰市") && !xtScreen.contains("荔城区") && !xtScreen.contains("海西州"),
                "新泰市's officer sees another county:\n\(xtScreen)")
        // The provincial centre looks at the hazard 荔城区 is about to work on.
        let centre = try province.console(as: province.centre)
        try centre.press("3")
        _ = try #require(try centre.wait(timeout: .seconds(5)) { $0.contains("filter:") && !Self.hazardRows($0).isEmpty },
                         "no triage list for the centre:\n\(centre.text)")
        try centre.press("/")
        try centre.type(id)
        let before = try #require(try centre.wait(timeout: .seconds(5)) { screen in
            screen.split(separator: "\n").contains { $0.contains("│\(id)") }
        }, "the centre's search did not select \(id):\n\(centre.text)")
        let deadline = "2027-02-27"
        #expect(!before.screen.contains(deadline))

        // The importer adds a major hazard in 新泰市 while 荔城区's officer sets a deadline.
        let csv = FileManager.default.temporaryDirectory.appendingPathComponent("sb-e2e-\(province.suffix)-major.csv").path
        defer { try? FileManager.default.removeItem(atPath: csv) }
        try """
            id,enterprise_id,county,found_on,source,grade,description,status,responsible,deadline,rectified_on,closed_on,listed_on,delisted_on
            XT-H-E2E-1,\(enterpriseId),新泰市,\(Self.day),inspection,major,E2E省平台矿井通风失效,open,矿长,,,,,

            """.write(toFile: csv, atomically: true, encoding: .utf8)
        let importer = Thread { _ = try? province.run(["import", csv]) }
        try li.press("/")
        try li.type(id)
        _ = try #require(try li.wait(timeout: .seconds(5)) { $0.split(separator: "\n").contains { $0.contains("│\(id)") } },
                         "荔城区's search did not select \(id):\n\(li.text)")
        importer.start()
        try li.press("d")
        try li.type(deadline)

        // Each write shows on the screen of the office that may see it
        // (how soon is bench's live_p50_ms on the server; a test checks that it happens.)
        let alert = try xt.wait(timeout: .seconds(5)) { $0.contains("E2E省平台矿井通风失效") }
        #expect(alert != nil, "新泰市's console did not show the imported major hazard:\n\(xt.text)")
        let seen = try centre.wait(timeout: .seconds(5)) { $0.contains(deadline) }
        #expect(seen != nil, "the centre's console did not show 荔城区's deadline:\n\(centre.text)")
        // …and never on the other county's.
        Thread.sleep(forTimeInterval: 0.5)
        #expect(!(try li.screen()).contains("E2E省平台矿井通风失效"), "荔城区's console shows 新泰市's hazard:\n\(li.text)")

        // Nothing lost: the deadline and the import are both stored, attributed to their logins.
        let document = try HazardShow.document(id, db: province.admin.description, day: Self.day)
        #expect(document["deadline"] as? String == deadline)
        let last = (document["history"] as? [[String: Any]])?.last
        #expect(last?["action"] as? String == "set_deadline")
        #expect(last?["operator"] as? String == province.litriage)
        let shown = try province.run(["hazard", "show", "XT-H-E2E-1", "--format", "json"])
        #expect(shown.status == 0, "the imported hazard is not stored: \(shown.stderr)")

        // Around the application, the county role reads nothing of another county.
        func psql(_ url: String) throws -> String {
            let result = try Binary.run(["--no-psqlrc", "-v", "ON_ERROR_STOP=1", "-At", "-d", url, "-c",
                                         "SELECT COUNT(*) FILTER (WHERE county = '新泰市'), COUNT(*) FILTER (WHERE county = '荔城区') FROM hazard"],
                                        executable: "/usr/bin/psql")
            #expect(result.status == 0, "\(result.stderr)")
            return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let everything = try psql(province.admin.description).split(separator: "|")
        #expect(everything.count == 2 && everything[0] != "0", "the owner sees both counties: \(everything)")
        #expect(try psql(province.url(of: province.litriage)) == "0|\(everything.last ?? "")", "psql as 荔城区's role")

        for session in [li, xt, centre] { try session.quitConsole() }
    }
}
