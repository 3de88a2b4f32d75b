import Dashboard
import Foundation
import SafetyCore
import SafetyStore
import Synchronization
import TerminalUI

/// The bundled data in a fresh database file, and a console loop over it on a
/// ``TestTerminal`` with its effects run inline and a clock the test moves.
struct BoardFixture {
    static let today = Day(iso: "2026-11-22")!
    let folder: URL
    let database: SafetyDatabase
    let clock: TestClock

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("sb-board-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        database = try SafetyDatabase(path: folder.appendingPathComponent("board.sqlite").path)
        let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("data")
        let files = ["jurisdictions", "enterprises", "hazards", "trainings", "inspections"].map { data.appendingPathComponent("\($0).csv").path }
        _ = try database.importFiles(files, options: ImportOptions(
            today: Self.today, stamp: AuditStamp(operatorName: "init", at: "2026-11-22T08:00:00Z")))
        clock = TestClock(TestClock.date("2026-11-22T09:30:00Z"))
    }

    /// A loop on `terminal` in English, the counties and triage views on this database.
    func app(_ terminal: TestTerminal, pinned: Bool = false, configure: (inout ConsoleOptions) -> Void = { _ in }) -> ConsoleApp {
        var options = ConsoleOptions(scope: nil, language: .en, operatorName: "tester", bell: true, pinnedDay: pinned ? Self.today : nil)
        configure(&options)
        let effects = BoardEffects(console: ConsoleEffects(database: database, operatorName: "tester", clock: clock),
                                   counties: CountiesEffects(database: database, language: .en, bulletinFolder: folder.path),
                                   triage: TriageEffects(database: database, operatorName: "tester", clock: clock))
        return ConsoleApp(terminal: terminal, feed: nil, options: options, clock: clock, effects: effects, runner: EffectRunner(inline: true))
    }

    /// The hazard as stored now (read as the triage list reads it, every status included).
    func hazard(_ id: String) throws -> Hazard? {
        let all = try TriageFilterText.parse("all", scope: nil)
        guard let position = try database.triagePosition(of: id, filter: all, sort: .urgency, descending: false, today: Self.today) else {
            return nil
        }
        return try database.triageWindow(filter: all, sort: .urgency, descending: false, offset: position, limit: 1,
                                         selection: position, today: Self.today).row(at: position)?.hazard
    }

    /// The first open hazards of the triage list, most urgent first.
    func openHazards(_ count: Int) throws -> [Hazard] {
        try database.triageWindow(filter: TriageFilter(), sort: .urgency, descending: false, offset: 0, limit: count,
                                  selection: 0, today: Self.today).rows.map(\.hazard)
    }
}

/// A clock in UTC that moves only when the test says.
final class TestClock: BoardClock {
    private let instant: Mutex<Date>

    init(_ start: Date) { instant = Mutex(start) }

    func now() -> Date { instant.withLock { $0 } }

    var timeZone: TimeZone { TimeZone(identifier: "UTC")! }

    func set(_ date: Date) { instant.withLock { $0 = date } }

    static func date(_ iso: String) -> Date { ISO8601DateFormatter().date(from: iso)! }
}

extension TestTerminal {
    /// Queues each character of `text` as a key.
    func type(_ text: String) {
        for character in text { enqueue(.char(character)) }
    }

    /// The last frame as one string.
    var text: String { screen.joined(separator: "\n") }
}
