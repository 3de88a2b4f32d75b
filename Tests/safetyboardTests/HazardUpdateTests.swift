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

/// `import --update` from the command line: an export of the same hazards imported again.
@Suite(.serialized) struct ImportUpdateCommandTests {
    static let day = "2026-11-22"

    private func hazards(_ db: String, status: String, limit: Int) throws -> [[String: Any]] {
        let listed = try Binary.run(["hazard", "list", "--status", status, "--grade", "general", "--county", "荔城区", "--limit", "\(limit)", "--format", "json",
                                     "--db", db, "--as-of", Self.day])
        return try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
    }

    /// A hazard as a hazards.csv row, with `status` and the fields it needs.
    private func row(_ h: [String: Any], _ overrides: [String: String] = [:]) -> String {
        let columns = ["id", "enterprise_id", "county", "found_on", "source", "grade", "description", "status", "responsible",
                       "deadline", "rectified_on", "closed_on", "listed_on", "delisted_on", "reward_yuan"]
        return columns.map { column in
            let value = overrides[column] ?? (h[column].map { $0 is NSNull ? "" : "\($0)" } ?? "")
            return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
        }.joined(separator: ",")
    }

    @Test func newChangedUnchangedAndIllegalRowsAllOrNothing() throws {
        let db = try Binary.initializedDatabase(asOf: Self.day)
        let assigned = try hazards(db, status: "assigned", limit: 3)
        try #require(assigned.count == 3)
        let header = "id,enterprise_id,county,found_on,source,grade,description,status,responsible,deadline,rectified_on,closed_on,listed_on,delisted_on,reward_yuan"
        let changedId = try #require(assigned[0]["id"] as? String)
        let unchangedId = try #require(assigned[1]["id"] as? String)
        let changed = row(assigned[0], ["status": "rectified", "rectified_on": Self.day])
        let unchanged = row(assigned[1])
        let new = row(assigned[2], ["id": "UP-NEW-1", "status": "open", "responsible": "", "deadline": ""])
        let illegal = row(assigned[2], ["status": "open"])
        let folder = URL(fileURLWithPath: db).deletingLastPathComponent()
        let bad = folder.appendingPathComponent("export-bad.csv")
        try ([header, changed, unchanged, new, illegal].joined(separator: "\n") + "\n").write(to: bad, atomically: true, encoding: .utf8)

        let before = try Binary.run(["hazard", "show", changedId, "--format", "json", "--db", db, "--as-of", Self.day]).stdout
        let refused = try Binary.run(["import", "--update", bad.path, "--db", db, "--as-of", Self.day])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("\(bad.path):5: status:"), "\(refused.stderr)")
        #expect(refused.stderr.contains("nothing was imported"), "\(refused.stderr)")
        #expect(try Binary.run(["hazard", "show", changedId, "--format", "json", "--db", db, "--as-of", Self.day]).stdout == before,
                "all or nothing: the good rows were not imported either")
        #expect(try Binary.run(["hazard", "show", "UP-NEW-1", "--db", db, "--as-of", Self.day]).status != 0)

        let good = folder.appendingPathComponent("export.csv")
        try ([header, changed, unchanged, new].joined(separator: "\n") + "\n").write(to: good, atomically: true, encoding: .utf8)
        let plain = try Binary.run(["import", good.path, "--db", db, "--as-of", Self.day])
        #expect(plain.status == 1 && plain.stderr.contains("already in the database"), "without --update the refusal stays: \(plain.stderr)")

        let imported = try Binary.run(["import", "--update", good.path, "--db", db, "--as-of", Self.day])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("1 new, 1 updated, 1 unchanged"), "\(imported.stdout)")
        let shown = try Binary.run(["hazard", "show", changedId, "--format", "json", "--db", db, "--as-of", Self.day])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        #expect(document["status"] as? String == "rectified")
        let last = try #require((document["history"] as? [[String: Any]])?.last)
        #expect(last["action"] as? String == "import")
        #expect((last["before"] as? [String: Any])?["status"] as? String == "assigned")
        #expect((last["after"] as? [String: Any])?["status"] as? String == "rectified")
        let untouched = try Binary.run(["hazard", "show", unchangedId, "--format", "json", "--db", db, "--as-of", Self.day])
        #expect(!untouched.stdout.contains("\"import\""), "an unchanged row is not audited")
    }
}

/// `hazard extend` and `hazard extension` from the command line.
@Suite(.serialized) struct HazardExtensionCommandTests {
    static let day = "2026-11-22"

    @Test func anExtensionIsRequestedApprovedAndARefusalChangesNothing() throws {
        let db = try Binary.initializedDatabase(asOf: Self.day)
        let listed = try Binary.run(["hazard", "list", "--status", "assigned", "--limit", "1", "--format", "json", "--db", db, "--as-of", Self.day])
        let id = try #require((try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])?.first?["id"] as? String)
        let common = ["--db", db, "--as-of", Self.day]
        let none = try Binary.run(["hazard", "extension", id, "--approve"] + common)
        #expect(none.status == 1 && none.stderr.contains("no extension request"), "\(none.stderr)")
        let asked = try Binary.run(["hazard", "extend", id, "--until", "2030-01-31", "--reason", "设备到货晚"] + common)
        #expect(asked.status == 0, "\(asked.stderr)")
        let again = try Binary.run(["hazard", "extend", id, "--until", "2030-02-28", "--reason", "x"] + common)
        #expect(again.status == 1 && again.stderr.contains("waits for a decision"), "\(again.stderr)")
        let both = try Binary.run(["hazard", "extension", id, "--approve", "--refuse"] + common)
        #expect(both.status != 0)
        let approved = try Binary.run(["hazard", "extension", id, "--approve", "--note", "同意"] + common)
        #expect(approved.status == 0 && approved.stdout.contains("deadline 2030-01-31"), "\(approved.stderr)")
        let shown = try Binary.run(["hazard", "show", id, "--format", "json"] + common)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        #expect(document["deadline"] as? String == "2030-01-31")
        let request = try #require((document["extensions"] as? [[String: Any]])?.first)
        #expect(request["reason"] as? String == "设备到货晚")
        #expect(request["decision"] as? String == "approved")
        #expect(request["note"] as? String == "同意")
    }
}

/// `enterprise show`: the enterprise file (一企一档) from the command line.
struct EnterpriseShowCommandTests {
    @Test func theJSONHasTheCSVColumnsPlusHazardsAndInspections() throws {
        let db = try Binary.initializedDatabase(asOf: "2026-11-22")
        let listed = try Binary.run(["hazard", "list", "--status", "assigned", "--county", "荔城区", "--limit", "1", "--format", "json", "--db", db])
        let hazard = try #require((try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])?.first)
        let enterpriseId = try #require(hazard["enterprise_id"] as? String)
        let shown = try Binary.run(["enterprise", "show", enterpriseId, "--format", "json", "--db", db])
        #expect(shown.status == 0, "\(shown.stderr)")
        let file = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        let columns = ["id", "name", "county", "town", "industry", "scale", "key_supervised", "risk_level", "risk_assessed_on",
                       "reward_mechanism", "platform_registered"]
        #expect(Set(file.keys) == Set(columns + ["hazards", "inspections"]))
        let hazards = try #require(file["hazards"] as? [[String: Any]])
        #expect(hazards.contains { $0["id"] as? String == hazard["id"] as? String })
        #expect(hazards.allSatisfy { $0["enterprise_id"] as? String == enterpriseId })
        let inspections = try #require(file["inspections"] as? [[String: Any]])
        #expect(inspections.allSatisfy { Set($0.keys) == ["id", "county", "enterprise_id", "kind", "planned_on", "done_on", "team", "hazards_found", "inspectors"] })
        let table = try Binary.run(["enterprise", "show", enterpriseId, "--format", "table", "--lang", "en", "--db", db])
        #expect(table.stdout.contains("Enterprise file "), "\(table.stdout)")
        #expect(table.stdout.contains("Trainings of "), "\(table.stdout)")
        let missing = try Binary.run(["enterprise", "show", "NO-SUCH", "--db", db])
        #expect(missing.status == 1 && missing.stderr.contains("no enterprise with id NO-SUCH"), "\(missing.stderr)")
    }
}

/// `hazard attach` and `hazard show` with an attached file that changes and goes.
struct HazardAttachCommandTests {
    @Test func anAttachmentIsShownWithItsHashAndFlaggedWhenTheFileChanges() throws {
        let db = try Binary.initializedDatabase(asOf: "2026-11-22")
        let listed = try Binary.run(["hazard", "list", "--status", "assigned", "--county", "荔城区", "--limit", "1", "--format", "json", "--db", db])
        let id = try #require((try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])?.first?["id"] as? String)
        let photo = URL(fileURLWithPath: db).deletingLastPathComponent().appendingPathComponent("整改照片.jpg")
        try Data("jpeg bytes".utf8).write(to: photo)
        let attached = try Binary.run(["hazard", "attach", id, photo.path, "--note", "整改后", "--db", db])
        #expect(attached.status == 0, "\(attached.stderr)")

        func shown() throws -> (document: [String: Any], stderr: String, table: String) {
            let json = try Binary.run(["hazard", "show", id, "--format", "json", "--db", db])
            let table = try Binary.run(["hazard", "show", id, "--format", "table", "--db", db])
            return (try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]), json.stderr, table.stdout)
        }
        var result = try shown()
        var attachment = try #require((result.document["attachments"] as? [[String: Any]])?.first)
        let hash = try #require(attachment["sha256"] as? String)
        #expect(hash == Self.sha256sum(photo.path), "the hash is the file's SHA-256 as sha256sum prints it")
        #expect(attachment["size"] as? Int == 10)
        #expect(attachment["state"] as? String == "intact")
        #expect(attachment["note"] as? String == "整改后")
        #expect(result.table.contains("sha256 \(hash)"), "\(result.table)")
        #expect(!result.stderr.contains("warning"))

        try Data("edited jpeg bytes".utf8).write(to: photo)
        result = try shown()
        attachment = try #require((result.document["attachments"] as? [[String: Any]])?.first)
        #expect(attachment["state"] as? String == "changed")
        #expect(attachment["sha256"] as? String == hash, "the recorded hash stays what was attached")
        #expect(result.table.contains("CHANGED"), "\(result.table)")
        #expect(result.stderr.contains("warning: attachment \(photo.path)") && result.stderr.contains("CHANGED"), "\(result.stderr)")

        try FileManager.default.removeItem(at: photo)
        result = try shown()
        #expect((result.document["attachments"] as? [[String: Any]])?.first?["state"] as? String == "missing")
        #expect(result.table.contains("MISSING"), "\(result.table)")

        let refused = try Binary.run(["hazard", "attach", id, photo.path, "--db", db])
        #expect(refused.status == 1 && refused.stderr.contains("no readable file"), "\(refused.stderr)")
    }

    /// The SHA-256 that coreutils' `sha256sum` gives for the file (the reference outside our code).
    static func sha256sum(_ path: String) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [path]
        let out = Pipe()
        process.standardOutput = out
        guard (try? process.run()) != nil else { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: " ").first.map(String.init)
    }
}
