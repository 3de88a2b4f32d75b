import Foundation
import Testing

/// The role × action × scope matrix through the command line, as real operating-system
/// logins: the test creates users with `useradd` and runs the binary as each with `runuser`,
/// so the identity is the kernel's (getuid), as in use. It needs root to do that.
@Suite(.serialized, .enabled(if: OperatorLogins.available, "creates OS users with useradd and runs the binary as them with runuser: needs root"))
struct OperatorLoginTests {
    static let day = "2026-11-22"

    /// A database made by root (its first admin), with the test logins on its roster, in a
    /// folder every login may write (SQLite makes its -wal and -shm files beside it).
    static func database() throws -> String {
        let db = try Binary.initializedDatabase(asOf: day)
        let folder = (db as NSString).deletingLastPathComponent
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: folder)
        try FileManager.default.setAttributes([.posixPermissions: 0o666], ofItemAtPath: db)
        for (login, role, scope) in OperatorLogins.roster {
            let added = try Binary.run(["operator", "add", login, "--name", login, "--role", role, "--scope", scope, "--db", db])
            try #require(added.status == 0, "\(added.stderr)")
        }
        return db
    }

    /// One hazard id of `county` still open, read as root.
    static func openHazard(_ county: String, db: String) throws -> String {
        let listed = try Binary.run(["hazard", "list", "--county", county, "--status", "open", "--limit", "1", "--format", "json",
                                     "--db", db, "--as-of", day])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]], "\(listed.stderr)")
        return try #require(rows.first?["id"] as? String)
    }

    /// (login, arguments with LICHENG/XINTAI standing for a hazard of that county, refusal or nil).
    static let matrix: [(String, [String], String?)] = [
        ("sbt-duty", ["hazard", "list", "--county", "荔城区", "--limit", "1"], nil),
        ("sbt-duty", ["hazard", "list", "--county", "新泰市", "--limit", "1"], "refused by the scope rule"),
        ("sbt-duty", ["hazard", "update", "LICHENG", "--responsible", "值班员", "--deadline", "2026-12-10"], "refused by the role rule"),
        ("sbt-triage", ["hazard", "update", "LICHENG", "--responsible", "安全科 王科长", "--deadline", "2026-12-10"], nil),
        ("sbt-triage", ["hazard", "update", "XINTAI", "--responsible", "安全科 王科长", "--deadline", "2026-12-10"], "refused by the scope rule"),
        ("sbt-triage", ["hazard", "show", "XINTAI"], "refused by the scope rule"),
        ("sbt-triage", ["operator", "add", "x", "--name", "x", "--role", "duty", "--scope", "荔城区"], "refused by the role rule"),
        ("sbt-prefecture", ["hazard", "update", "LICHENG", "--note", "督导组已到场"], nil),
        ("sbt-prefecture", ["hazard", "list", "--limit", "1"], "name one of its counties"),
        ("sbt-super", ["bulletin", "--month", "2026-10", "--county", "荔城区"], nil),
        ("sbt-super", ["bulletin", "--month", "2026-10", "--county", "新泰市"], "refused by the scope rule"),
        ("sbt-super", ["hazard", "update", "LICHENG", "--note", "x"], "refused by the role rule"),
        ("sbt-nobody", ["hazard", "list", "--limit", "1"], "not on this database's operators roster — ask an admin (root)"),
        ("root", ["operator", "list"], nil),
    ]

    @Test(arguments: matrix)
    func eachLoginMayDoWhatItsRoleAndScopeAllow(login: String, arguments: [String], refusal: String?) throws {
        let db = try Self.database()
        let licheng = try Self.openHazard("荔城区", db: db), xintai = try Self.openHazard("新泰市", db: db)
        let resolved = arguments.map { $0 == "LICHENG" ? licheng : $0 == "XINTAI" ? xintai : $0 }
        let headBefore = try Binary.run(["audit", "head", "--db", db]).stdout
        // The environment claims someone else: only the kernel's uid counts.
        let result = try OperatorLogins.run(login, resolved + ["--db", db, "--as-of", Self.day], environment: ["SAFETYBOARD_OPERATOR": "root", "USER": "root"])
        if let refusal {
            #expect(result.status == 1, "\(result.stdout)")
            #expect(result.stderr.contains(refusal), "\(result.stderr)")
            #expect(try Binary.run(["audit", "head", "--db", db]).stdout == headBefore, "nothing was written")
        } else {
            #expect(result.status == 0, "\(result.stderr)")
        }
        #expect(try Binary.run(["audit", "verify", "--db", db]).status == 0)
    }

    /// The console as a duty officer of 荔城区: it opens on their county, the header names them
    /// and their role, the counties key is not offered and is refused when pressed.
    @Test func theConsoleOfADutyOfficerOpensOnTheirCountyWithoutTheKeysTheyLack() throws {
        let db = try Self.database()
        let session = try TmuxSession(width: 160, height: 45, environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color"])
        try session.type("/usr/sbin/runuser -u sbt-duty -- \(OperatorLogins.binary) --db \(db) --as-of \(Self.day) --lang en --no-bell; echo \"EXITED:$?\"")
        let opened = try #require(try session.wait(timeout: .seconds(20)) { $0.contains("Open hazards") && $0.contains("sbt-duty (duty)") },
                                  "no console for sbt-duty:\n\(session.text)")
        let lines = opened.screen.split(separator: "\n")
        #expect(lines.first?.contains("荔城区") == true, "opens on the officer's county: \(lines.first ?? "")")
        #expect(lines.last?.contains("counties") == false, "the key bar does not offer the counties view: \(lines.last ?? "")")
        try session.press("2")
        _ = try #require(try session.wait(timeout: .seconds(5)) { $0.contains("refused: duty may not do county pages") },
                         "pressing 2 was not refused:\n\(session.text)")
        try session.press("q")
        _ = try #require(try session.wait(timeout: .seconds(5)) { $0.contains("EXITED:0") }, "did not quit:\n\(session.text)")
    }

    @Test func aChangeIsAuditedUnderTheLoginThatMadeIt() throws {
        let db = try Self.database()
        let id = try Self.openHazard("荔城区", db: db)
        let result = try OperatorLogins.run("sbt-triage", ["hazard", "update", id, "--note", "已电话通知", "--db", db, "--as-of", Self.day],
                                            environment: ["SAFETYBOARD_OPERATOR": "someone-else"])
        try #require(result.status == 0, "\(result.stderr)")
        let log = try Binary.run(["audit", "log", "--hazard", id, "--format", "json", "--db", db])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(log.stdout.utf8)) as? [[String: Any]], "\(log.stderr)")
        #expect(rows.last?["operator"] as? String == "sbt-triage")
        #expect(rows.last?["hash"] as? String != nil)
    }
}

/// The test logins: made once with `useradd` (no home, no login shell), kept for later runs.
enum OperatorLogins {
    static let roster = [
        ("sbt-duty", "duty", "荔城区"), ("sbt-triage", "triage", "荔城区"), ("sbt-prefecture", "triage", "莆田市"),
        ("sbt-super", "supervisor", "荔城区"),
    ]
    static let logins = roster.map(\.0) + ["sbt-nobody"]

    /// True when this process is root and the user tools are there; the logins exist after.
    static let available: Bool = {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/sbin/useradd"),
              FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser") else { return false }
        for login in logins where getpwnam(login) == nil {
            guard (try? tool("/usr/sbin/useradd", ["--no-create-home", "--shell", "/usr/sbin/nologin", login])) == 0 else { return false }
        }
        return true
    }()

    /// The binary copied where every login can run it (the build folder may not be theirs).
    static let binary: String = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sb-logins-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.path)
        let copy = dir.appendingPathComponent("safetyboard")
        try? FileManager.default.copyItem(at: Binary.url, to: copy)
        return copy.path
    }()

    /// Runs the binary as `login` (root runs it directly).
    static func run(_ login: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Binary.Result {
        if login == "root" { return try Binary.run(arguments, environment: environment) }
        return try Binary.run(["-u", login, "--", binary] + arguments, environment: environment, executable: "/usr/sbin/runuser")
    }

    private static func tool(_ path: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
