import Foundation
import SafetyStore
import Testing

/// Saved views for real: saved in one console, recalled in a new one; listed, applied by
/// `hazard list --view` and refused by name from the command line.
@Suite(.serialized) struct SavedViewEndToEndTests {
    static let day = "2026-11-22"

    private func run(_ arguments: [String], db: String) throws -> Binary.Result {
        try Binary.run(arguments + ["--db", db, "--as-of", Self.day, "--lang", "en"])
    }

    @Test func aViewSavedInOneConsoleIsRecalledInANewOne() throws {
        let db = try Binary.initializedDatabase(asOf: Self.day)

        var session = try TmuxSession.triage(db: db, day: Self.day)
        try session.press("f")
        try session.type("grade=major all")
        _ = try #require(try session.wait(timeout: .seconds(5)) { $0.contains("filter: grade=major all") }, "filter:\n\(session.text)")
        try session.press("s")
        try session.press("S")
        _ = try #require(try session.wait(timeout: .seconds(5)) { $0.contains("sort: deadline ↓") }, "sort:\n\(session.text)")
        // The column editor: show `days` (the last entry) and put it first.
        try session.press("C")
        _ = try #require(try session.wait(timeout: .seconds(5)) { $0.contains("Columns (top to bottom") }, "editor:\n\(session.text)")
        try session.press("G")
        try session.press("Space")
        for _ in 0..<11 { try session.press("+") }
        try session.press("Enter")
        _ = try #require(try session.wait(timeout: .seconds(5)) { $0.contains("Columns: days grade county") }, "columns:\n\(session.text)")
        try session.press("V")
        _ = try #require(try session.wait(timeout: .seconds(5)) { $0.contains("Save view (filter, sort, columns) as:") },
                         "no name prompt:\n\(session.text)")
        try session.type("majors by deadline")
        _ = try #require(try session.wait(timeout: .seconds(5)) { $0.contains("View “majors by deadline” saved") },
                         "not saved:\n\(session.text)")
        try session.quitConsole()

        let listed = try run(["view", "list", "--format", "json"], db: db)
        let views = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]], "\(listed.stderr)")
        #expect(views.count == 1)
        #expect(views.first?["filter"] as? String == "grade=major all")
        #expect(views.first?["sort"] as? String == "deadline")
        #expect(views.first?["descending"] as? Bool == true)
        #expect(views.first?["columns"] as? [String] == ["days", "grade", "county", "enterprise", "deadline", "urgency", "status"])

        // A new console starts on the default list; R brings the view back.
        session = try TmuxSession.triage(db: db, day: Self.day)
        _ = try #require(try session.wait(timeout: .seconds(5)) { $0.contains("filter: not closed") && $0.contains("sort: urgency ↑") },
                         "a new console starts on the queue:\n\(session.text)")
        try session.press("R")
        _ = try #require(try session.wait(timeout: .seconds(5)) { $0.contains("Saved views") && $0.contains("majors by deadline") },
                         "no list of views:\n\(session.text)")
        try session.press("Enter")
        let recalled = try #require(try session.wait(timeout: .seconds(5)) { screen in
            screen.contains("filter: grade=major all") && screen.contains("sort: deadline ↓")
        }, "the view was not applied:\n\(session.text)")
        let header = recalled.screen.split(separator: "\n").first { $0.contains("enterprise") && $0.contains("deadline") } ?? ""
        #expect(header.range(of: "days").map { $0.lowerBound < header.range(of: "grade")!.lowerBound } == true,
                "days is the first column: \(header)")
        try session.quitConsole()
    }

    @Test func hazardListAppliesAViewAndNamesTheViewsThereAreForAnUnknownOne() throws {
        let db = try Binary.initializedDatabase(asOf: Self.day)
        let none = try run(["hazard", "list", "--view", "x"], db: db)
        #expect(none.status == 1)
        #expect(none.stderr.contains("no saved view 'x': you have none yet"), "\(none.stderr)")

        let saved = try run(["view", "save", "lc-major", "--filter", "县=荔城区 等级=重大 全部", "--sort", "found",
                             "--columns", "enterprise,town,days,status"], db: db)
        try #require(saved.status == 0, "\(saved.stderr)")
        #expect(saved.stdout == "saved lc-major\tfound\tenterprise,town,days,status\tcounty=荔城区 grade=major all\n",
                "kept as the words the console shows")
        #expect(try run(["view", "save", "q", "--filter", "colour=red"], db: db).stderr.contains("'colour=red' is not a filter word"))
        #expect(try run(["view", "save", "q", "--columns", "enterprise,colour"], db: db).stderr.contains("'colour' is not a triage column"))

        let table = try run(["hazard", "list", "--view", "lc-major", "--limit", "5"], db: db)
        try #require(table.status == 0, "\(table.stderr)")
        let lines = table.stdout.split(separator: "\n")
        #expect(lines.count == 6, "the titles and five rows:\n\(table.stdout)")
        #expect(lines.first?.split(separator: " ").map(String.init) == ["id", "enterprise", "town", "days", "status"])

        let json = try run(["hazard", "list", "--view", "lc-major", "--format", "json"], db: db)
        let hazards = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]], "\(json.stderr)")
        #expect(!hazards.isEmpty)
        #expect(hazards.allSatisfy { $0["county"] as? String == "荔城区" && $0["grade"] as? String == "major" })
        let found = hazards.compactMap { $0["found_on"] as? String }
        #expect(found == found.sorted(), "in the view's order")
        let keys = Set(hazards.first.map { Array($0.keys) } ?? [])
        #expect(keys.isSuperset(of: ["id", "enterprise_id", "status", "deadline"]),
                "JSON keeps the contract's keys, whatever the view's columns")
        #expect(lines.count - 1 == min(5, hazards.count))

        let unknown = try run(["hazard", "list", "--view", "x"], db: db)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no saved view 'x' — your views: lc-major"), "\(unknown.stderr)")
        let both = try run(["hazard", "list", "--view", "lc-major", "--county", "荔城区"], db: db)
        #expect(both.status != 0 && both.stderr.contains("--view holds its own filter"), "\(both.stderr)")

        #expect(try run(["view", "delete", "lc-major"], db: db).status == 0)
        #expect(try run(["view", "list"], db: db).stdout.isEmpty)
    }
}
