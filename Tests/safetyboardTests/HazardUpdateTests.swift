import Foundation
import SafetyStore
import Testing

/// `hazard update` and `hazard add` on the built binary: the lifecycle, the history in
/// `hazard show --format json`, and two processes writing the same hazard at once.
@Suite(.serialized) struct HazardUpdateTests {
    static let day = "2026-11-22"

    private func database() throws -> String {
        let db = try Binary.temporaryDatabase()
        let created = try Binary.run(["init", "--db", db, "--as-of", Self.day])
        try #require(created.status == 0, "init failed: \(created.stderr)")
        return db
    }

    private func run(_ arguments: [String], db: String, operatorName: String = "script") throws -> Binary.Result {
        try Binary.run(arguments + ["--db", db, "--as-of", Self.day], environment: ["SAFETYBOARD_OPERATOR": operatorName])
    }

    private func show(_ id: String, db: String) throws -> [String: Any] {
        let result = try run(["hazard", "show", id, "--format", "json"], db: db)
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stderr)")
    }

    private func firstOpenHazard(_ db: String) throws -> String {
        let listed = try run(["hazard", "list", "--status", "open", "--limit", "1", "--format", "json"], db: db)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        return try #require(rows.first?["id"] as? String)
    }

    @Test func aHazardWorkedFromTheCommandLineHasItsWholeHistory() throws {
        let db = try database()
        let id = try firstOpenHazard(db)
        let steps: [([String], String, [String: String])] = [
            (["--responsible", "安全科 王科长", "--deadline", "2026-12-10"], "assign", ["status": "assigned", "deadline": "2026-12-10"]),
            (["--status", "rectifying"], "start_rectifying", ["status": "rectifying"]),
            (["--status", "rectified", "--note", "已清理消防通道"], "mark_rectified", ["status": "rectified", "rectified_on": Self.day]),
            (["--status", "closed"], "close", ["status": "closed", "closed_on": Self.day]),
        ]
        for (index, (options, action, expected)) in steps.enumerated() {
            let result = try run(["hazard", "update", id] + options, db: db, operatorName: "wang")
            try #require(result.status == 0, "\(options): \(result.stderr)")
            let document = try show(id, db: db)
            for (key, value) in expected { #expect(document[key] as? String == value, "\(key) after \(action)") }
            let history = try #require(document["history"] as? [[String: Any]])
            #expect(history.count == index + 1)
            #expect(history.last?["action"] as? String == action)
            // The login that ran the command, not the name the environment claims.
            #expect(history.last?["operator"] as? String == OperatingSystemLogin.current().login)
            for key in ["at", "before", "after", "note"] { #expect(history.last?.keys.contains(key) == true, "history has \(key)") }
        }
        let rectified = try #require((try show(id, db: db)["history"] as? [[String: Any]])?[2])
        #expect(rectified["note"] as? String == "已清理消防通道")
        #expect((rectified["before"] as? [String: Any])?["status"] as? String == "rectifying")
        #expect((rectified["after"] as? [String: Any])?["status"] as? String == "rectified")
    }

    @Test(arguments: [
        (["--status", "closed"], "rectified"),
        (["--listed", "true"], "major"),
        (["--deadline", "2001-01-01"], "before"),
        (["--grade", "major"], "reason"),
    ])
    func aRefusedUpdateExitsNonZeroSaysWhyAndChangesNothing(options: [String], reason: String) throws {
        let db = try database()
        let id = try firstOpenHazard(db)
        var before = try show(id, db: db)
        let result = try run(["hazard", "update", id] + options, db: db)
        #expect(result.status != 0)
        #expect(result.stderr.contains(id) && result.stderr.contains(reason), "\(result.stderr)")
        #expect(result.stderr.contains("nothing was changed"))
        var after = try show(id, db: db)
        before["overdue"] = nil
        after["overdue"] = nil
        #expect(NSDictionary(dictionary: before).isEqual(to: after))
    }

    @Test func twoProcessesAtOnceLoseNothingAndTheStaleOneIsTold() throws {
        let db = try database()
        let id = try firstOpenHazard(db)
        let revision = try #require(try show(id, db: db)["revision"] as? Int)
        // Both read revision `revision`, then write at the same moment: one wins, one is stale.
        let outcomes = try Self.concurrently([
            ["hazard", "update", id, "--responsible", "甲单位", "--deadline", "2026-12-01", "--if-revision", "\(revision)"],
            ["hazard", "update", id, "--responsible", "乙单位", "--deadline", "2026-12-05", "--if-revision", "\(revision)"],
        ], db: db)
        #expect(outcomes.filter { $0.status == 0 }.count == 1)
        let stale = try #require(outcomes.first { $0.status != 0 })
        #expect(stale.stderr.contains("changed by") && stale.stderr.contains("reloaded"), "\(stale.stderr)")
        let winner = outcomes.first { $0.status == 0 }.map { $0 === outcomes[0] } ?? false ? "甲单位" : "乙单位"
        #expect(try show(id, db: db)["responsible"] as? String == winner)

        // Without a revision, eight writers each add a remark: all eight are kept.
        let remarks = try Self.concurrently((1...8).map { ["hazard", "update", id, "--note", "remark \($0)"] }, db: db)
        #expect(remarks.allSatisfy { $0.status == 0 }, "\(remarks.map(\.stderr))")
        let notes = (try show(id, db: db)["history"] as? [[String: Any]] ?? []).compactMap { $0["note"] as? String }
        #expect(Set((1...8).map { "remark \($0)" }).isSubset(of: Set(notes)))
    }

    @Test func addReportsANewHazardAndRefusesAnUnknownEnterprise() throws {
        let db = try database()
        let enterprises = try run(["enterprise", "list", "--county", "平利县", "--format", "json"], db: db)
        let enterprise = try #require((try JSONSerialization.jsonObject(with: Data(enterprises.stdout.utf8)) as? [[String: Any]])?.first)
        let added = try run(["hazard", "add", "--id", "CLI-1", "--enterprise", enterprise["id"] as! String,
                             "--description", "配电箱未接地", "--grade", "major", "--source", "grid_member"], db: db)
        try #require(added.status == 0, "\(added.stderr)")
        let document = try show("CLI-1", db: db)
        #expect(document["county"] as? String == "平利县")
        #expect(document["status"] as? String == "open")
        #expect((document["history"] as? [[String: Any]])?.map { $0["action"] as? String } == ["add"])

        let unknown = try run(["hazard", "add", "--id", "CLI-2", "--enterprise", "NO-SUCH", "--description", "x"], db: db)
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("NO-SUCH"))
        #expect(try run(["hazard", "show", "CLI-2"], db: db).status != 0)
    }

    /// Runs the binary once per argument list, all started before any is waited for.
    private static func concurrently(_ commands: [[String]], db: String) throws -> [Outcome] {
        let outcomes = commands.map { _ in Outcome() }
        let group = DispatchGroup()
        for (command, outcome) in zip(commands, outcomes) {
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                if let result = try? Binary.run(command + ["--db", db, "--as-of", day], environment: ["SAFETYBOARD_OPERATOR": "racer"]) {
                    outcome.status = result.status
                    outcome.stderr = result.stderr
                }
            }
        }
        group.wait()
        return outcomes
    }

    final class Outcome: @unchecked Sendable {
        var status: Int32 = -1
        var stderr = ""
    }
}
