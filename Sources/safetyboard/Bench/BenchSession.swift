import Dashboard
import Foundation
import SafetyCore
import SafetyStore
import TerminalUI

/// The console and its views driven by a scripted officer, off screen, through the same
/// ``ConsoleApp`` the terminal runs — keys, reducers, effects — with its effects run inline
/// and the feed's read done in line too, so a key's time includes every read it causes, and
/// the whole frame is rendered into a Canvas.
final class BenchSession {
    let database: any Store
    let size: Size
    let today: Day
    private let app: ConsoleApp
    private var request: ConsoleRequest?
    private(set) var lastCanvas: Canvas?

    init(database: any Store, size: Size, today: Day) {
        self.database = database
        self.size = size
        self.today = today
        let clock = WallClock()
        let options = ConsoleOptions(scope: nil, language: .en, operatorName: "bench", bell: false, pinnedDay: today)
        let effects = BoardEffects(counties: CountiesEffects(database: database, language: .en),
                                   triage: TriageEffects(database: database, operatorName: "bench", clock: clock))
        app = ConsoleApp(terminal: TestTerminal(size: size), feed: nil, options: options, clock: clock, effects: effects,
                         runner: EffectRunner(inline: true))
        app.start()
    }

    /// Reads what the console shows (when it changed) and renders the frame.
    @discardableResult
    func renderFrame() throws -> Canvas {
        app.settle()
        if app.active == .console, let wanted = app.console.feedRequest, wanted != request {
            let snapshot = try database.situation(wanted, majorsAfter: nil).snapshot
            request = wanted
            app.send(.console(.snapshotRead(snapshot, newMajorHazards: [], changedAt: nil)))
        }
        lastCanvas = app.render()
        return lastCanvas!
    }

    /// Applies `key` as the input loop would, then renders.
    func press(_ key: Key) throws {
        app.press(key)
        try renderFrame()
    }

    /// The console is told that another process wrote, as the feed would tell it.
    func dataChanged() {
        request = nil
        switch app.active {
        case .console: break
        case .counties: app.send(.counties(.dataChanged))
        case .triage: app.send(.triage(.dataChanged))
        }
    }

    /// A newly read snapshot (what the feed delivers), for the live-detection measurement.
    var currentSnapshot: ConsoleSnapshot? { app.console.snapshot }
}

/// One step of the scripted session: a key and, for the figures reported apart, its kind.
struct ScriptedKey {
    enum Kind: String { case move, view, filter, search, triage, countyFlip }
    var key: Key
    var kind: Kind

    static func typed(_ text: String, _ kind: Kind) -> [ScriptedKey] { text.map { ScriptedKey(key: .char($0), kind: kind) } }
    static func key(_ key: Key, _ kind: Kind = .move) -> ScriptedKey { ScriptedKey(key: key, kind: kind) }

    /// One round of the officer's session: console panels, then triage (moves, paging, sort,
    /// filter, search as you type, a deadline set and undone), county pages flipped, towns,
    /// the ranking, back to the console.
    static let round: [ScriptedKey] = {
        var keys: [ScriptedKey] = []
        keys += [key(.tab), key(.tab)] + Array(repeating: key(.char("j")), count: 6) + [key(.pageDown), key(.pageDown), key(.char("G")), key(.char("g"))]
        keys += [key(.char("z"), .view), key(.char("j")), key(.escape, .view), key(.tab), key(.tab), key(.char("z"), .view), key(.escape, .view)]
        keys += [key(.char("3"), .view)] + Array(repeating: key(.char("j")), count: 10) + [key(.pageDown), key(.pageDown), key(.pageDown)]
        keys += [key(.char("G")), key(.char("k")), key(.char("g")), key(.char("s")), key(.char("s")), key(.char("S")), key(.char("S")), key(.char("s")), key(.char("s")), key(.char("s")), key(.char("s"))]
        keys += [key(.char("f"), .filter)] + typed("overdue", .filter) + [key(.enter, .filter)] + [key(.char("j")), key(.pageDown), key(.char("F"), .filter)]
        keys += [key(.char("/"), .search)] + typed("消防", .search) + [key(.enter, .search), key(.char("n"), .search), key(.char("n"), .search), key(.char("N"), .search)]
        keys += [key(.char("d"), .triage)] + typed("+7", .triage) + [key(.enter, .triage), key(.char("u"), .triage)]
        keys += [key(.char("1"), .view), key(.char("2"), .view)] + Array(repeating: key(.pageDown, .countyFlip), count: 8)
        keys += [key(.pageUp, .countyFlip), key(.char("]"), .countyFlip), key(.enter, .view), key(.char("s")), key(.char("S")), key(.escape, .view)]
        keys += [key(.char("R"), .view), key(.char("s")), key(.char("j")), key(.char("R"), .view), key(.char("1"), .view)]
        return keys
    }()
}
