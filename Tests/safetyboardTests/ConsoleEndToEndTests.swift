import Foundation
import SafetyStore
import Testing

/// The duty officer's console, driven for real in tmux: the built binary on a temporary
/// database filled from data/, a second process importing a major hazard, window resizes,
/// and `q` back to a working shell.
@Suite(.serialized) struct ConsoleEndToEndTests {
    static let panelTitles = ["Risk levels", "Open hazards", "Training", "Inspections"]

    @Test func consoleShowsPanelsAlertsOnAnotherProcessesImportSurvivesResizesAndQuitsCleanly() throws {
        let db = try Binary.temporaryDatabase()
        let created = try Binary.run(["init", "--db", db, "--as-of", "2026-11-22"])
        try #require(created.status == 0, "init failed: \(created.stderr)")
        // The login that made the database is its admin; the header shows its roster name.
        let named = try Binary.run(["operator", "set", OperatingSystemLogin.current().login, "--name", "e2e-officer", "--db", db])
        try #require(named.status == 0, "\(named.stderr)")
        let listed = try Binary.run(["enterprise", "list", "--county", "荔城区", "--format", "json", "--db", db])
        let enterprises = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        let enterprise = try #require(enterprises.first)
        let enterpriseId = try #require(enterprise["id"] as? String)
        let enterpriseName = try #require(enterprise["name"] as? String)

        let session = try TmuxSession(width: 160, height: 45, environment: [
            "LANG": "C.UTF-8", "TERM": "xterm-256color", "USER": "e2e-officer",
            "SAFETYBOARD_DATA": Binary.repository.appendingPathComponent("data").path,
        ])
        try session.type("\(Binary.url.path) --db \(db) --as-of 2026-11-22 --lang en; echo \"EXITED:$?\"")
        let opened = try #require(try session.wait(timeout: .seconds(20)) { screen in
            Self.panelTitles.allSatisfy(screen.contains) && screen.contains("荔城区")
        }, "the four panels did not appear:\n\(session.text)")
        #expect(opened.screen.contains("e2e-officer (admin)"), "the header names the operator and their role")

        // A second process reports a new major hazard.
        let csv = (db as NSString).deletingLastPathComponent + "/new-major.csv"
        try """
            id,enterprise_id,county,found_on,source,grade,description,status,responsible,deadline,rectified_on,closed_on,listed_on,delisted_on
            E2E-H-0001,\(enterpriseId),荔城区,2026-11-22,inspection,major,E2E配电房消防通道堵塞,open,\(enterpriseName),,,,,

            """.write(toFile: csv, atomically: true, encoding: .utf8)
        let imported = try Binary.run(["import", csv, "--db", db, "--as-of", "2026-11-22"])
        try #require(imported.status == 0, "import failed: \(imported.stderr)")
        let alert = try session.wait(timeout: .seconds(2)) { $0.contains("E2E配电房消防通道堵塞") }
        #expect(alert != nil, "no alert within 2 s of the import:\n\(session.text)")
        if let alert {
            let line = alert.screen.split(separator: "\n").first { $0.contains("E2E配电房消防通道堵塞") } ?? ""
            #expect(line.contains("荔城区"), "the alert names the county: \(line)")
            #expect(line.contains("acknowledge"), "the alert says how to acknowledge it: \(line)")
        }
        try session.press("A")
        #expect(try session.wait(timeout: .seconds(2)) { screen in
            screen.contains("alerts 0") && !screen.split(separator: "\n").contains {
                $0.contains("E2E配电房消防通道堵塞") && $0.contains("acknowledge")
            }
        } != nil, "A did not acknowledge the alert:\n\(session.text)")

        // Resizes, down to the smallest supported size and below it.
        for (width, height) in [(80, 24), (120, 36), (60, 20), (80, 24), (200, 50)] {
            try session.resize(width: width, height: height)
            let resized = try session.wait(timeout: .seconds(3)) { screen in
                let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
                if width < 80 { return screen.lowercased().contains("too small") }
                return lines.count >= height && screen.contains(Self.panelTitles[0]) && screen.contains("q")
            }
            #expect(resized != nil, "after resizing to \(width)×\(height):\n\(session.text)")
        }

        try session.press("q")
        #expect(try session.wait(timeout: .seconds(5)) { $0.contains("EXITED:0") } != nil, "q did not exit 0:\n\(session.text)")
        try session.type("stty -a | grep -q -- ' icanon .* echo ' && echo TERMINAL_OK")
        #expect(try session.wait(timeout: .seconds(5)) { $0.contains("TERMINAL_OK") } != nil,
                "the shell is not back in line mode with echo:\n\(session.text)")
    }

    @Test func withoutATerminalTheConsolePointsAtReport() throws {
        let db = try Binary.temporaryDatabase()
        let result = try Binary.run(["--db", db])
        #expect(result.status != 0)
        #expect(result.stderr.contains("safetyboard report"))
    }
}
