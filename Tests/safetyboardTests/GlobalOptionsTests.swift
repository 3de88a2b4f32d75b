import Foundation
@testable import safetyboard
import Testing

/// The global options (`--db`, `--as-of`, `--lang`) before or after any subcommand at any depth,
/// a repeated one (the last given wins), `--version` and the completion scripts.
@Suite(.serialized) struct GlobalOptionsTests {
    /// Two databases that differ by one hazard, added to the second only.
    static let databases: (plain: String, marked: String) = {
        let plain = try! Binary.initializedDatabase()
        let marked = try! Binary.initializedDatabase()
        let added = try! Binary.run(["hazard", "add", "--id", marker, "--enterprise", "LC-E-00205", "--grade", "major",
                                     "--description", "global options test", "--db", marked, "--as-of", "2026-11-22"])
        precondition(added.status == 0, added.stderr)
        return (plain, marked)
    }()
    static let marker = "GLOBAL-OPT-1"

    /// A place the options must override: were `--db` ignored, the command would read this
    /// path, which does not exist, and fail.
    static let missing = ["SAFETYBOARD_DB": FileManager.default.temporaryDirectory.appendingPathComponent("sb-none-\(UUID().uuidString)/no.sqlite").path]

    /// Commands with `DB` where `--db PATH` goes: before the subcommand, between its names, after it.
    static let placements: [[String]] = [
        ["DB", "schedule", "plan", "--county", "荔城区", "--from", "2025-07-01", "--to", "2025-07-31", "--seed", "1"],
        ["schedule", "DB", "plan", "--county", "荔城区", "--from", "2025-07-01", "--to", "2025-07-31", "--seed", "1"],
        ["schedule", "plan", "--county", "荔城区", "--from", "2025-07-01", "--to", "2025-07-31", "--seed", "1", "DB"],
        ["DB", "hazard", "list", "--county", "荔城区", "--grade", "major"],
        ["hazard", "DB", "list", "--county", "荔城区", "--grade", "major"],
        ["hazard", "list", "DB", "--county", "荔城区", "--grade", "major"],
        ["hazard", "list", "--county", "荔城区", "--grade", "major", "DB"],
        ["DB", "bulletin", "--month", "2025-10", "--county", "荔城区"],
        ["bulletin", "--month", "2025-10", "DB", "--county", "荔城区"],
        ["bulletin", "--month", "2025-10", "--county", "荔城区", "DB"],
        ["DB", "hazard", "show", marker, "--format", "table"],
        ["hazard", "DB", "show", marker],
        ["hazard", "show", marker, "DB"],
    ]

    private func expand(_ command: [String], _ db: String) -> [String] {
        command.flatMap { $0 == "DB" ? ["--db", db] : [$0] }
    }

    @Test(arguments: placements)
    func theDatabaseOptionWorksAtAnyDepth(_ command: [String]) throws {
        let result = try Binary.run(expand(command, Self.databases.marked) + ["--as-of", "2026-11-22"], environment: Self.missing)
        #expect(result.status == 0, "\(command): \(result.stderr)")
        #expect(!result.stdout.isEmpty, "\(command)")
        if command.contains("list") { #expect(result.stdout.contains(Self.marker), "\(command) read the marked database") }
    }

    @Test(arguments: [
        ["--as-of", "2026-01-05", "--lang", "en", "report", "--county", "荔城区"],
        ["report", "--as-of", "2026-01-05", "--county", "荔城区", "--lang", "en"],
        ["--lang", "en", "report", "--as-of", "2026-01-05", "--county", "荔城区"],
    ])
    func asOfAndLanguageWorkBeforeAndAfter(_ command: [String]) throws {
        let result = try Binary.run(command + ["--db", Self.databases.plain])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("As of 2026-01-05\n"), "\(result.stdout.prefix(40))")
    }

    /// A repeated global option is one option given twice: the last on the command line wins,
    /// whichever level each stands at (a wrapper's `safetyboard --db A` may be overridden).
    @Test(arguments: [
        (["--db", "PLAIN", "hazard", "list", "--db", "MARKED"], true),
        (["--db", "MARKED", "hazard", "list", "--db", "PLAIN"], false),
        (["hazard", "--db", "PLAIN", "list", "--db", "MARKED"], true),
        (["--db", "PLAIN", "--db", "MARKED", "hazard", "list"], true),
        (["hazard", "list", "--db", "MARKED", "--db", "PLAIN"], false),
    ])
    func theLastOfARepeatedOptionWins(_ command: [String], readsMarked: Bool) throws {
        let arguments = command.map { $0 == "PLAIN" ? Self.databases.plain : $0 == "MARKED" ? Self.databases.marked : $0 }
        let result = try Binary.run(arguments + ["--county", "荔城区", "--grade", "major", "--as-of", "2026-11-22"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(Self.marker) == readsMarked, "\(command)")
    }

    @Test func aBadValueBeforeTheSubcommandIsRefusedByName() throws {
        let result = try Binary.run(["--as-of", "2026-13-40", "hazard", "list", "--db", Self.databases.plain])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--as-of '2026-13-40' is not a date"), "\(result.stderr)")
    }

    @Test(arguments: [["--version"], ["hazard", "list", "--version"], ["schedule", "--version"]])
    func theVersionIsTheSameEverywhere(_ arguments: [String]) throws {
        let result = try Binary.run(arguments)
        #expect(result.status == 0)
        #expect(result.stdout == SafetyBoardVersion.current + "\n", "\(result.stdout)")
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func theCompletionScriptKnowsNestedCommandsAndTheGlobalOptions(_ shell: String) throws {
        let result = try Binary.run(["--generate-completion-script", shell])
        #expect(result.status == 0)
        // Fish writes an option as `-l as-of`, the others as `--as-of`.
        for word in ["schedule", "plan", "verify", "db", "as-of", "lang"] {
            #expect(result.stdout.contains(word), "\(shell) completion lacks \(word)")
        }
    }
}
