import Foundation
import Testing

/// The 荔城区 rules on the bundled data for the second half of 2025, through the binary:
/// the plan, its verification, a tampered copy, and saving it.
@Suite(.serialized) struct ScheduleTests {
    static let day = "2026-11-22"

    private func run(_ arguments: [String], db: String) throws -> Binary.Result {
        try Binary.run(arguments + ["--db", db, "--as-of", Self.day])
    }

    @Test func liChengsHalfYearPlanKeepsItsRulesVerifiesAndSaves() throws {
        let db = try Binary.temporaryDatabase()
        try #require(try run(["init"], db: db).status == 0)
        let planned = try run(["schedule", "plan", "--county", "荔城区", "--from", "2025-07-01", "--to", "2025-12-31",
                               "--seed", "2025", "--format", "json"], db: db)
        try #require(planned.status == 0, "\(planned.stderr)")
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(planned.stdout.utf8)) as? [String: Any])
        #expect(plan["seed"] as? Int == 2025)
        #expect((plan["inputs_hash"] as? String)?.count == 64)
        #expect((plan["rules"] as? [[String: Any]])?.map { $0["id"] as? String } == ["towns-sampling", "district-above-scale", "district-spot-check", "risk-graded"])
        let inspections = try #require(plan["inspections"] as? [[String: Any]])
        for key in ["id", "county", "enterprise_id", "kind", "planned_on", "team", "rule"] {
            #expect(inspections.allSatisfy { $0.keys.contains(key) }, "every inspection has \(key)")
        }

        let listed = try run(["enterprise", "list", "--county", "荔城区", "--format", "json"], db: db)
        let enterprises = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        let below = Set(enterprises.filter { $0["scale"] as? String == "below" }.compactMap { $0["id"] as? String })
        let above = Set(enterprises.filter { $0["scale"] as? String == "above" }.compactMap { $0["id"] as? String })
        #expect(below.count == 525 && above.count == 135, "the populations docs/figures.md gives (660 = 135 above + 525 below)")
        func of(_ rule: String) -> [[String: Any]] { inspections.filter { $0["rule"] as? String == rule } }
        let sampled = of("towns-sampling")
        #expect(Set(sampled.compactMap { $0["enterprise_id"] as? String }) == below, "every below-scale enterprise within the half-year")
        for month in 7...12 {
            let prefix = String(format: "2025-%02d", month)
            let inMonth = { (items: [[String: Any]]) in items.filter { ($0["planned_on"] as? String)?.hasPrefix(prefix) == true }.count }
            #expect(inMonth(sampled) >= 105, "\(prefix): 20% of 525 sampled by the towns")
            #expect(inMonth(of("district-spot-check")) >= 53, "\(prefix): at least 10% of 525 spot-checked by the district")
        }
        let yearly = of("district-above-scale").compactMap { $0["enterprise_id"] as? String }
        #expect(Set(yearly).count == yearly.count && Set(yearly).isSubset(of: above), "above-scale, each at most once")
        #expect((67...68).contains(yearly.count), "two of the four quarterly batches of 135 fall in the half-year")

        let file = (db as NSString).deletingLastPathComponent + "/plan.json"
        try planned.stdout.write(toFile: file, atomically: true, encoding: .utf8)
        let verified = try run(["schedule", "verify", file, "--seed", "2025"], db: db)
        #expect(verified.status == 0, "\(verified.stderr)")
        let tampered = planned.stdout.replacingOccurrences(of: sampled[3]["team"] as! String, with: "LC-P-001+LC-P-002")
        try tampered.write(toFile: file, atomically: true, encoding: .utf8)
        let caught = try run(["schedule", "verify", file, "--seed", "2025"], db: db)
        #expect(caught.status != 0)
        #expect(caught.stderr.contains("team is LC-P-001+LC-P-002 in the file"), "\(caught.stderr)")

        let before = try reportInspections(db)
        let saved = try run(["schedule", "plan", "--county", "荔城区", "--from", "2025-07-01", "--to", "2025-12-31", "--seed", "2025", "--save"], db: db)
        #expect(saved.status == 0, "\(saved.stderr)")
        #expect(try reportInspections(db) == before + inspections.count, "every planned inspection saved")
        let again = try run(["schedule", "plan", "--county", "荔城区", "--from", "2025-07-01", "--to", "2025-12-31", "--seed", "2025", "--save"], db: db)
        #expect(again.status != 0 && again.stderr.contains("saved before"))
        #expect(try reportInspections(db) == before + inspections.count, "nothing saved twice")
    }

    private func reportInspections(_ db: String) throws -> Int {
        let report = try run(["report", "--county", "荔城区", "--format", "json"], db: db)
        let document = try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any]
        let county = (document?["counties"] as? [[String: Any]])?.first
        return (county?["inspections"] as? [String: Any])?["planned"] as? Int ?? -1
    }

    @Test func iInTheInspectionPanelRecordsTheSelectedInspectionDone() throws {
        let db = try Binary.temporaryDatabase()
        try #require(try run(["init"], db: db).status == 0)
        let doneBefore = try reportDone(db)
        let session = try TmuxSession(width: 120, height: 36, environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color"])
        try session.type("\(Binary.url.path) --db \(db) --as-of \(Self.day) --county 荔城区 --lang en --no-bell; echo \"EXITED:$?\"")
        _ = try #require(try session.wait(timeout: .seconds(20)) { $0.contains("Inspections") }, "no console:\n\(session.text)")
        try session.press("Tab", "Tab", "Tab")
        try session.press("i")
        // A wait, not a timing check: under a full parallel test run on a loaded machine the
        // console has been seen to take longer than 5 s to show the prompt.
        _ = try #require(try session.wait(timeout: .seconds(20)) { $0.contains("done on (default today)") }, "no prompt:\n\(session.text)")
        try session.press("Enter")
        #expect(try session.wait(timeout: .seconds(5)) { $0.contains("Recorded") } != nil, "\(session.text)")
        #expect(try reportDone(db) == doneBefore + 1)
        try session.press("q")
        #expect(try session.wait(timeout: .seconds(5)) { $0.contains("EXITED:0") } != nil)
    }

    private func reportDone(_ db: String) throws -> Int {
        let report = try run(["report", "--county", "荔城区", "--format", "json"], db: db)
        let document = try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any]
        let county = (document?["counties"] as? [[String: Any]])?.first
        return (county?["inspections"] as? [String: Any])?["done"] as? Int ?? -1
    }
}

