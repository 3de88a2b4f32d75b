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
    enum Kind: String, CaseIterable {
        case hazardMove = "hazard_move", move, view, zoom, sort, filter, search, triage, countyFlip = "county_flip", towns, ranking
    }
    var key: Key
    var kind: Kind

    static func typed(_ text: String, _ kind: Kind) -> [ScriptedKey] { text.map { ScriptedKey(key: .char($0), kind: kind) } }
    static func key(_ key: Key, _ kind: Kind = .move) -> ScriptedKey { ScriptedKey(key: key, kind: kind) }
    static func keys(_ key: Key, _ count: Int, _ kind: Kind = .move) -> [ScriptedKey] { Array(repeating: ScriptedKey(key: key, kind: kind), count: count) }

    /// One round of the officer's session, from the console with the risk panel focused and
    /// back to it: Tab to the hazard queue (the panel after risk) and move in it (j, PgDn, G,
    /// g), zoomed too; the other panels zoomed; triage (moves, every sort order and its
    /// reverse, a filter, search as you type with n/N, a deadline set with Enter and undone);
    /// county pages flipped, towns, the ranking; back to the console.
    static let round: [ScriptedKey] = {
        var keys: [ScriptedKey] = []
        keys += [key(.tab, .view)] + Self.keys(.char("j"), 6, .hazardMove) + Self.keys(.pageDown, 2, .hazardMove)
        keys += [key(.char("G"), .hazardMove), key(.char("g"), .hazardMove), key(.char("j"), .hazardMove)]
        keys += [key(.char("z"), .zoom), key(.char("j"), .hazardMove), key(.pageDown, .hazardMove), key(.escape, .zoom)]
        keys += [key(.tab, .view), key(.tab, .view), key(.char("z"), .zoom), key(.escape, .zoom)]
        keys += [key(.tab, .view), key(.char("z"), .zoom), key(.char("j")), key(.escape, .zoom)]
        keys += [key(.char("3"), .view)] + Self.keys(.char("j"), 10) + Self.keys(.pageDown, 3) + [key(.char("G")), key(.char("k")), key(.char("g"))]
        keys += Self.keys(.char("s"), TriageSort.allCases.count, .sort) + Self.keys(.char("S"), 2, .sort)
        keys += [key(.char("f"), .filter)] + typed("overdue", .filter) + [key(.enter, .filter), key(.char("j")), key(.pageDown), key(.char("F"), .filter)]
        keys += [key(.char("/"), .search)] + typed("消防", .search) + [key(.enter, .search)] + Self.keys(.char("n"), 2, .search) + [key(.char("N"), .search)]
        keys += [key(.char("d"), .triage)] + typed("+7", .triage) + [key(.enter, .triage), key(.char("u"), .triage)]
        keys += [key(.char("2"), .view)] + Self.keys(.pageDown, 8, .countyFlip) + Self.keys(.pageUp, 2, .countyFlip)
        keys += [key(.enter, .towns), key(.char("j"), .towns), key(.char("s"), .towns), key(.char("S"), .towns), key(.escape, .towns)]
        keys += [key(.char("R"), .ranking), key(.char("s"), .ranking), key(.char("j"), .ranking), key(.char("R"), .ranking)]
        keys += [key(.char("1"), .view)]
        return keys
    }()
}
