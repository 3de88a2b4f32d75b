import ArgumentParser
import Dashboard
import Foundation
import SafetyCore
import SafetyStore
import TerminalUI

/// `safetyboard bench`: the console's speed on the database given by `--db`, measured on a
/// pseudo-terminal with the real `safetyboard console` as a child process at 160×45 (and, as a
/// second section, off screen in this process). Prints medians and p99s.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the console on a database: first frame, keys, filter, search, live changes, idle CPU, import, memory.",
        discussion: """
            The console runs on a pseudo-terminal (160×45, TERM=xterm-256color); each key is timed from its write \
            to the last byte of the frame it caused (output quiet for --quiet-ms, which is not counted, and no \
            rows left to read). The scripted session changes one deadline and undoes it twice (on the terminal \
            and in process: audit rows by the operator) and adds one major hazard per live run (ids BENCH-LIVE-…); \
            run it on a copy of real data. On a PostgreSQL URL the console and the live runs use the server; \
            --cold, --sql-trace and --import drive a SQLite file and are refused there.
            """)

    enum Format: String, ExpressibleByArgument { case table, json }

    @OptionGroup var global: GlobalOptions
    @Option(help: "table or json.") var format: Format = .table
    @Option(name: .customLong("import"), help: "A folder of CSV files (e.g. from `generate`) to time the import of, into a fresh database, and its hazards.csv against sqlite3's .import.")
    var importFolder: String?
    @Option(help: "At least this many keys in the scripted session.") var keys = 500
    @Option(help: "Live runs: a major hazard added, timed until the console shows it.") var liveRuns = 5
    @Option(help: "Write every scripted key with its time in ms and its reads to this file, one per line.") var trace: String?
    @Option(help: "Write every SQL statement of the in-process session with its time in ms to this file, after the key it served.")
    var sqlTrace: String?
    @Option(help: "Milliseconds without output after which a key's frame counts as written (not part of the time).")
    var quietMs = 30
    @Option(help: "Seconds the console is left alone to measure its idle CPU.") var idleSeconds = 3.0
    @Option(help: "The safetyboard executable to run as the console (default: this one).") var console: String?
    @Flag(help: "Leave out the in-process (Canvas only) session.") var noInProcess = false
    @Option(help: "Write the console's screen as the bench read it after each key of the first round to this file.")
    var screens: String?
    @Flag(help: "Drop the database's pages from the OS page cache before the console starts (posix_fadvise; no root needed).")
    var cold = false

    func validate() throws {
        guard quietMs > 0 else { throw ValidationError("--quiet-ms must be more than 0") }
        guard idleSeconds > 0 else { throw ValidationError("--idle-seconds must be more than 0") }
    }

    func run() throws {
        var report = BenchReport()
        let onServer = DatabaseLocation.isServer(global)
        // These drive SQLite's file (page cache drop, statement profile, a fresh file to import into).
        if onServer, cold { throw StoreError.notOnPostgreSQL(feature: "bench --cold") }
        if onServer, sqlTrace != nil { throw StoreError.notOnPostgreSQL(feature: "bench --sql-trace") }
        if onServer, importFolder != nil { throw StoreError.notOnPostgreSQL(feature: "bench --import") }
        report.backend = onServer ? "postgresql" : "sqlite"
        let path = DatabaseLocation.path(global)
        let today = global.today
        let size = Size(width: 160, height: 45)
        let rounds = (keys + ScriptedKey.round.count - 1) / ScriptedKey.round.count

        let statements = StatementLog()
        var profile: (@Sendable (String, Double) -> Void)?
        if sqlTrace != nil { profile = { @Sendable sql, seconds in statements.add(sql, seconds) } }
        // Opened once, by the first that needs it. On a cold run that is after the drop and the
        // console's first frame, and the drop itself happens with no connection of this process
        // open: closing any descriptor of a file releases all of a process's POSIX locks on it,
        // SQLite's included.
        var opened: (any Store)?
        func openDatabase() throws -> any Store {
            if let opened { return opened }
            let database: any Store = onServer ? try DatabaseLocation.open(global)
                : try SafetyDatabase(path: path, mustExist: true, profile: profile)
            opened = database
            return database
        }
        if cold {
            // The store's refusals of a wrong path first; the connection is closed again at once.
            _ = try SafetyDatabase(path: path, mustExist: true)
            report.coldResidentBytes = try PageCacheDrop.drop(databaseAt: path)
        } else {
            _ = try openDatabase()
        }

        var terminalBench = PseudoTerminalBench(
            executable: consoleExecutable(), databasePath: path, openDatabase: openDatabase, today: today, rounds: rounds,
            liveRuns: liveRuns, quiet: .milliseconds(quietMs), idle: .milliseconds(Int(idleSeconds * 1000)))
        terminalBench.keepsScreens = screens != nil
        // A server's page reads are the server's: the console's read calls are socket reads.
        terminalBench.countsReads = !onServer
        report.terminal = try terminalBench.run()
        let database = try openDatabase()
        if let screens { try report.terminal.screens.write(toFile: screens, atomically: true, encoding: .utf8) }
        report.quietWindow = Double(quietMs)
        var traced = report.terminal.trace

        if !noInProcess {
            let start = ContinuousClock.now
            let session = BenchSession(database: database, size: size, today: today)
            try session.renderFrame()
            report.inProcessFirstFrame = milliseconds(since: start)
            for round in 0..<rounds {
                for (index, step) in ScriptedKey.round.enumerated() {
                    let pressed = ContinuousClock.now
                    try session.press(step.key)
                    let elapsed = milliseconds(since: pressed)
                    traced += "in_process\t\(round)\t\(index)\t\(step.kind.rawValue)\t\(step.key)\t\(elapsed)\n"
                    statements.mark("\(round)\t\(index)\t\(step.kind.rawValue)\t\(step.key)\t\(elapsed)")
                    report.inProcessKeys.add(elapsed)
                    report.inProcessSlowest.append(("\(step.kind.rawValue) \(step.key)", elapsed))
                    report.inProcessByKind[step.kind, default: LatencySample()].add(elapsed)
                }
            }
            report.bytesPerRowMove = try bytesForOneRowMove(session)
            report.inProcessLiveDetect = try liveDetection(database: database, path: path, today: today, runs: liveRuns)
        }
        if let trace { try traced.write(toFile: trace, atomically: true, encoding: .utf8) }
        if let sqlTrace { try statements.text().write(toFile: sqlTrace, atomically: true, encoding: .utf8) }
        if let file = database as? SafetyDatabase {
            (report.summaryMilliseconds, report.plainSQLMilliseconds) = try summaryComparison(file, today: today)
        }
        if let importFolder {
            let speed = try ImportBench(folder: importFolder, today: today, stamp: DatabaseLocation.stamp(global))
            report.importRowsPerSecond = speed.rowsPerSecond
            report.importHazardRowsPerSecond = speed.hazardRowsPerSecond
            report.shellImportRowsPerSecond = speed.shellRowsPerSecond
        }
        report.benchPeakRSS = Self.peakResidentMegabytes()
        let counts = try database.recordCounts()
        report.dataset = (counts.enterprises, counts.hazards, try database.countyNames().count)
        print(format == .json ? try report.json() : report.table())
    }

    /// `--console`, else this executable as the kernel knows it (`/proc/self/exe`), else argv[0].
    private func consoleExecutable() -> URL {
        if let console { return URL(fileURLWithPath: console) }
        let itself = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        if itself.path != "/proc/self/exe", FileManager.default.isExecutableFile(atPath: itself.path) { return itself }
        return URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    }

    /// Bytes written to a real terminal when the selection in the console's hazard queue moves
    /// down one row (Tab from the risk panel, where a round leaves the focus, to the queue, then `j`), and when it moves in triage, where the detail
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

    /// In process: from the moment another process's write is committed (that process has
    /// exited) until this process's feed has delivered it and the frame showing it is rendered;
    /// the median of `runs`.
    private func liveDetection(database: any Store, path: String, today: Day, runs: Int) throws -> Double? {
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
