import ArgumentParser
import Dashboard
import Foundation
import SafetyCore
import SafetyStore
import TerminalUI

/// `safetyboard bench`: the console's speed on the database given by `--db`, measured off
/// screen at 160×45 exactly as the console renders. Prints medians and p99s.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the console on a database: first frame, keys, filter, search, live detection, import, memory.",
        discussion: """
            The scripted session changes one deadline and undoes it (two audit rows by operator 'bench') \
            and adds one major hazard per live-detection run (ids BENCH-LIVE-…); run it on a copy of real data.
            """)

    enum Format: String, ExpressibleByArgument { case table, json }

    @OptionGroup var global: GlobalOptions
    @Option(help: "table or json.") var format: Format = .table
    @Option(name: .customLong("import"), help: "A folder of CSV files (e.g. from `generate`) to time the import of, into a fresh database, and its hazards.csv against sqlite3's .import.")
    var importFolder: String?
    @Option(help: "At least this many keys in the scripted session.") var keys = 500
    @Option(help: "Live-detection runs.") var liveRuns = 5
    @Option(help: "Write every scripted key with its time in ms to this file, one per line.") var trace: String?
    @Option(help: "Write every SQL statement of the scripted session with its time in ms to this file, after the key it served.")
    var sqlTrace: String?

    func run() throws {
        var report = BenchReport()
        let path = DatabaseLocation.path(global)
        guard FileManager.default.fileExists(atPath: path) else {
            throw CommandFailure("no database at \(path) — create it with `safetyboard init --db \(path)` (or `generate`, then `import --db \(path)`)")
        }
        let today = global.today
        let size = Size(width: 160, height: 45)

        let start = ContinuousClock.now
        let statements = StatementLog()
        var profile: (@Sendable (String, Double) -> Void)?
        if sqlTrace != nil { profile = { @Sendable sql, seconds in statements.add(sql, seconds) } }
        let database = try SafetyDatabase(path: path, profile: profile)
        let session = BenchSession(database: database, size: size, today: today)
        try session.renderFrame()
        report.firstFrame = milliseconds(since: start)

        let rounds = (keys + ScriptedKey.round.count - 1) / ScriptedKey.round.count
        var traced = ""
        for round in 0..<rounds {
            for (index, step) in ScriptedKey.round.enumerated() {
                let pressed = ContinuousClock.now
                try session.press(step.key)
                let elapsed = milliseconds(since: pressed)
                traced += "\(round)\t\(index)\t\(step.kind.rawValue)\t\(step.key)\t\(elapsed)\n"
                statements.mark("\(round)\t\(index)\t\(step.kind.rawValue)\t\(step.key)\t\(elapsed)")
                report.keys.add(elapsed)
                report.slowest.append(("\(step.kind.rawValue) \(step.key)", elapsed))
                report.byKind[step.kind, default: LatencySample()].add(elapsed)
            }
        }

        if let trace { try traced.write(toFile: trace, atomically: true, encoding: .utf8) }
        if let sqlTrace { try statements.text().write(toFile: sqlTrace, atomically: true, encoding: .utf8) }
        report.bytesPerRowMove = try bytesForOneRowMove(session)
        report.liveDetect = try liveDetection(database: database, path: path, today: today, runs: liveRuns)
        (report.summaryMilliseconds, report.plainSQLMilliseconds) = try summaryComparison(database, today: today)
        if let importFolder {
            let speed = try ImportBench(folder: importFolder, today: today, stamp: DatabaseLocation.stamp(global))
            report.importRowsPerSecond = speed.rowsPerSecond
            report.importHazardRowsPerSecond = speed.hazardRowsPerSecond
            report.shellImportRowsPerSecond = speed.shellRowsPerSecond
        }
        report.peakRSS = Self.peakResidentMegabytes()
        let counts = try database.recordCounts()
        report.dataset = (counts.enterprises, counts.hazards, try database.countyNames().count)
        print(format == .json ? try report.json() : report.table())
    }

    /// Bytes written to a real terminal when the selection in the console's hazard queue moves
    /// down one row (Tab to the queue, then `j`), and when it moves in triage, where the detail
    /// pane is redrawn for the newly selected hazard too.
    private func bytesForOneRowMove(_ session: BenchSession) throws -> (console: Int, triage: Int) {
        try session.press(.char("1"))
        try session.press(.tab)
        let queue = try session.renderFrame()
        try session.press(.char("j"))
        let console = try TerminalBytes.forChange(from: queue, to: try session.renderFrame())
        try session.press(.char("3"))
        let list = try session.renderFrame()
        try session.press(.char("j"))
        let triage = try TerminalBytes.forChange(from: list, to: try session.renderFrame())
        try session.press(.char("1"))
        return (console, triage)
    }

    /// From the moment another process's write is committed (that process has exited) until
    /// the console's feed has delivered it and the frame showing it is rendered; the median
    /// of `runs`.
    private func liveDetection(database: SafetyDatabase, path: String, today: Day, runs: Int) throws -> Double? {
        guard runs > 0, let county = try database.countyNames().first, let enterprise = try database.enterprises(county: county).first?.id else {
            return nil
        }
        var sample = LatencySample()
        let feed = database.liveFeed(ConsoleRequest(scope: nil, asOf: today, hazardRows: 100), onUpdate: nil)
        defer { feed.stop() }
        _ = try Self.waitForUpdate(feed) { _ in true }
        for run in 0..<runs {
            let id = "BENCH-LIVE-\(UUID().uuidString.prefix(8))-\(run)"
            let writer = Process()
            writer.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            writer.arguments = ["hazard", "add", "--id", id, "--enterprise", enterprise, "--grade", "major",
                                "--description", "bench live detection", "--db", path, "--as-of", today.iso]
            writer.standardOutput = FileHandle.nullDevice
            try writer.run()
            writer.waitUntilExit()
            guard writer.terminationStatus == 0 else { throw CommandFailure("the second process could not add a hazard (exit \(writer.terminationStatus))") }
            let committed = ContinuousClock.now
            let update = try Self.waitForUpdate(feed) { $0.newMajorHazards.contains { $0.hazard.id == id } }
            _ = ConsoleScreen.render(ConsoleFrame(snapshot: update.snapshot, state: ConsoleState(), language: .en, scope: nil,
                                                  clock: "", operatorName: "bench"), size: Size(width: 160, height: 45))
            sample.add(milliseconds(since: committed))
        }
        return sample.median
    }

    private static func waitForUpdate(_ feed: any LiveFeed, where condition: (ConsoleUpdate) -> Bool) throws -> ConsoleUpdate {
        let deadline = ContinuousClock.now.advanced(by: .seconds(30))
        while ContinuousClock.now < deadline {
            if let update = feed.take().update, condition(update) { return update }
            Thread.sleep(forTimeInterval: 0.001)
        }
        throw CommandFailure("the console feed did not see the write within 30 s")
    }

    /// The county summaries the console and report use, against the GROUP BY a person would
    /// write over the hazard table; medians of five runs each.
    private func summaryComparison(_ database: SafetyDatabase, today: Day) throws -> (Double, Double) {
        var ours = LatencySample(), plain = LatencySample()
        for _ in 0..<5 {
            var start = ContinuousClock.now
            _ = try database.summaries(counties: nil, asOf: today)
            ours.add(milliseconds(since: start))
            start = ContinuousClock.now
            _ = try database.plainHazardCountsByCounty(asOf: today)
            plain.add(milliseconds(since: start))
        }
        return (ours.median ?? 0, plain.median ?? 0)
    }

    private static func peakResidentMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
