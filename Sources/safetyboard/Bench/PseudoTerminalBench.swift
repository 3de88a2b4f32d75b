import Foundation
import SafetyCore
import SafetyStore
import TerminalUI

/// The console measured as a person has it: the real `safetyboard console` on a
/// pseudo-terminal (160×45, xterm-256color), keys typed on the master side, and every time
/// taken from the write of a key to the arrival of the last byte of the frame it caused.
///
/// A frame is over when no byte has come for `quiet` and the screen shows no row still to be
/// read (the console may draw a key at once with "…" rows and again when the rows are read:
/// the person waits for the second). The time reported is that of the last byte read, so the
/// quiet window after it is not in the figure. A key that writes nothing within a second is
/// counted apart (`keys_without_output`) and left out of the percentiles.
struct PseudoTerminalBench {
    struct Result {
        var firstFrame: Double?
        /// The console's reads from its start to the first frame with data (``ReadCounters``).
        var firstFrameReads: ReadCounters?
        /// The console's reads from its start until it was quiet after the first frame: the
        /// first frame's and what it read right after (the window around the rows shown).
        var startReads: ReadCounters?
        /// The reads each key caused, from its write until its frame was written.
        var readsPerKey = LatencySample()
        var keys = LatencySample()
        var byKind: [ScriptedKey.Kind: LatencySample] = [:]
        var slowest: [(String, Double)] = []
        var keysWithoutOutput = 0
        /// Keys whose frame still showed unread rows when the time limit ran out.
        var keysUnsettled = 0
        /// `j` on the hazard panel moved its selection one row down, read from the screen.
        var hazardSelectionMoved = false
        /// `G` on the hazard panel put the selection on the last row, read from the screen.
        var hazardSelectionReachedEnd = false
        var live = LatencySample()
        var idleCPUPercent: Double?
        var peakRSS: Double?
        var exitStatus: Int32 = 0
        var trace = ""
        /// The screen as the bench read it after each key of the first round, when asked for.
        var screens = ""
    }

    let executable: URL
    let databasePath: String
    /// The store the live runs write through, opened when they start: on a cold run the
    /// console is the first to read the file.
    let openDatabase: () throws -> any Store
    let today: Day
    let rounds: Int
    let liveRuns: Int
    let quiet: Duration
    let idle: Duration
    /// Keep the screen after each key of the first round (`bench --screens`).
    var keepsScreens = false
    /// Count the console's read calls (`/proc/PID/io`): they are page reads on a SQLite file only.
    var countsReads = true
    var width = 160
    var height = 45

    func run() throws -> Result {
        var result = Result()
        let console = try PseudoTerminalConsole(
            executable: executable,
            arguments: ["console", "--db", databasePath, "--as-of", today.iso, "--lang", "en", "--no-bell"],
            width: width, height: height)
        guard console.read(until: { ConsoleScreenText.showsData($0.lines) }, timeout: .seconds(60)) != nil else {
            throw CommandFailure("the console on the pseudo-terminal showed no data within 60 s; its screen:\n\(console.screen.text)")
        }
        // The reads as they stood when the first frame's last byte came: what the console
        // read after it (the rest of the queue's window) did not hold the frame up.
        let readsNow = { countsReads ? ReadCounters.of(console.processIdentifier) : nil }
        result.firstFrameReads = readsNow()
        if let frame = console.lastOutput(quiet: quiet, firstByte: quiet, limit: .seconds(10), settled: { _ in true },
                                          output: { result.firstFrameReads = readsNow() }) {
            result.firstFrame = Self.milliseconds(console.startedAt, frame.last)
        } else {
            result.firstFrame = Self.milliseconds(console.startedAt, ContinuousClock.now - quiet)
        }
        result.startReads = readsNow()

        for round in 0..<rounds {
            var positions: [Int: (selected: Int, open: Int)] = [:]
            for (index, step) in ScriptedKey.round.enumerated() {
                guard let bytes = Self.bytes(step.key) else { continue }
                let readsBefore = countsReads ? ReadCounters.of(console.processIdentifier) : nil
                let typed = console.type(bytes)
                let frame = console.lastOutput(quiet: quiet, firstByte: .seconds(1), limit: .seconds(10)) {
                    ConsoleScreenText.isSettled($0.lines)
                }
                guard let frame else {
                    result.keysWithoutOutput += 1
                    result.trace += "\(round)\t\(index)\t\(step.kind.rawValue)\t\(step.key)\t-\n"
                    continue
                }
                if !frame.settled { result.keysUnsettled += 1 }
                let elapsed = Self.milliseconds(typed, frame.last)
                let reads = readsBefore.flatMap { before in ReadCounters.of(console.processIdentifier).map { ($0 - before).reads } }
                result.trace += "\(round)\t\(index)\t\(step.kind.rawValue)\t\(step.key)\t\(elapsed)\t\(reads.map(String.init) ?? "-")\n"
                result.keys.add(elapsed)
                if let reads { result.readsPerKey.add(Double(reads)) }
                result.byKind[step.kind, default: LatencySample()].add(elapsed)
                result.slowest.append(("\(step.kind.rawValue) \(step.key)", elapsed))
                if round == 0 { positions[index] = ConsoleScreenText.hazardPosition(console.screen.lines) }
                if round == 0, keepsScreens {
                    result.screens += "── \(index) \(step.kind.rawValue) \(step.key) \(elapsed) ms\n" + console.screen.text + "\n"
                }
            }
            if round == 0 { (result.hazardSelectionMoved, result.hazardSelectionReachedEnd) = Self.selectionChecks(positions) }
        }

        result.live = try liveRuns(console)
        console.drain(for: .milliseconds(500))
        if let before = ChildProcessUsage.cpuSeconds(of: console.processIdentifier) {
            let start = ContinuousClock.now
            console.drain(for: idle)
            let seconds = Self.milliseconds(start, ContinuousClock.now) / 1000
            if let after = ChildProcessUsage.cpuSeconds(of: console.processIdentifier), seconds > 0 {
                result.idleCPUPercent = (after - before) / seconds * 100
            }
        }
        result.peakRSS = ChildProcessUsage.peakResidentMegabytes(of: console.processIdentifier)
        result.exitStatus = console.quit()
        if result.exitStatus != 0 {
            // What the console showed when `q` did not end it: the report says only the status.
            FileHandle.standardError.write(Data("the console did not quit on q (status \(result.exitStatus)); its last screen:\n\(console.screen.text)\n".utf8))
        }
        return result
    }

    /// From the writer's commit (this process, through the store, the time taken right after
    /// the write returns) until the console's screen shows the new major hazard's alert.
    private func liveRuns(_ console: PseudoTerminalConsole) throws -> LatencySample {
        var sample = LatencySample()
        guard liveRuns > 0 else { return sample }
        let database = try openDatabase()
        guard let county = try database.countyNames().first, let enterprise = try database.enterprises(county: county).first else {
            return sample
        }
        console.type(Array("1".utf8))
        console.drain(for: .milliseconds(300))
        for run in 0..<liveRuns {
            let tag = "benchlive-\(UUID().uuidString.prefix(8).lowercased())-\(run)"
            let hazard = Hazard(id: "BENCH-LIVE-\(tag)", enterpriseId: enterprise.id, county: enterprise.county, foundOn: today,
                                source: .inspection, grade: .major, description: tag, status: .open)
            let stamp = AuditStamp(operatorName: "bench", at: ISO8601DateFormatter().string(from: Date()))
            try database.add(hazard, stamp: stamp, today: today)
            let committed = ContinuousClock.now
            guard let seen = console.read(until: { $0.text.contains(tag) }, timeout: .seconds(30)) else {
                throw CommandFailure("the console did not show the new major hazard \(hazard.id) within 30 s")
            }
            sample.add(Self.milliseconds(committed, seen))
            console.drain(for: quiet)
            console.type(Array("A".utf8))
            console.drain(for: .milliseconds(200))
        }
        return sample
    }

    /// From the hazard panel's position read after each key of the first round: did the first
    /// `j` on the panel move its selection one row, and did `G` reach the last row. (Keys that
    /// wrote nothing have no position, so a check that depends on one stays false.)
    private static func selectionChecks(_ positions: [Int: (selected: Int, open: Int)]) -> (moved: Bool, reachedEnd: Bool) {
        let steps = ScriptedKey.round
        var moved = false, reachedEnd = false
        if let firstJ = steps.indices.first(where: { steps[$0].kind == .hazardMove && steps[$0].key == .char("j") }),
           firstJ > 0, let before = positions[firstJ - 1],
           let after = positions[firstJ] {
            moved = after.selected == before.selected + 1
        }
        if let bigG = steps.indices.first(where: { steps[$0].kind == .hazardMove && steps[$0].key == .char("G") }),
           let at = positions[bigG] {
            reachedEnd = at.open > 0 && at.selected == at.open
        }
        return (moved, reachedEnd)
    }

    /// The bytes an xterm sends for `key`; nil for keys the session does not type.
    static func bytes(_ key: Key) -> [UInt8]? {
        switch key {
        case .char(let character): Array(String(character).utf8)
        case .tab: [0x09]
        case .backTab: Array("\u{1B}[Z".utf8)
        case .enter: [0x0D]
        case .escape: [0x1B]
        case .backspace: [0x7F]
        case .pageDown: Array("\u{1B}[6~".utf8)
        case .pageUp: Array("\u{1B}[5~".utf8)
        default: nil
        }
    }

    private static func milliseconds(_ from: ContinuousClock.Instant, _ to: ContinuousClock.Instant) -> Double {
        let elapsed = to - from
        return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
    }
}
