import Dashboard
import Foundation
import GRDB
import SafetyCore
import SafetyStore
import TerminalUI

/// The console and its views driven by a scripted officer, off screen, exactly as the input
/// loop does it: a key is applied, what it needs is read, and the whole frame is rendered into
/// a Canvas. Reads the console's feed would do in the background are done in line here, so a
/// key's time includes them.
final class BenchSession {
    let database: SafetyDatabase
    let size: Size
    let today: Day
    private let language = Language.en
    private var state = ConsoleState()
    private var snapshot: ConsoleSnapshot?
    private var request: ConsoleRequest?
    private var active = BoardViewKind.console
    private let views: [BoardViewKind: any BoardView]
    private(set) var lastCanvas: Canvas?

    init(database: SafetyDatabase, size: Size, today: Day) {
        self.database = database
        self.size = size
        self.today = today
        let stamp = AuditStamp(operatorName: "bench", at: ISO8601DateFormatter().string(from: Date()))
        views = [.triage: TriageView(database: database, scope: nil, language: .en, today: { today }, stamp: { stamp }),
                 .counties: CountiesView(database: database, scope: nil, language: .en, today: { today })]
    }

    private var options: ConsoleOptions {
        ConsoleOptions(scope: nil, language: language, operatorName: "bench", bell: false, pinnedDay: today)
    }

    private var frame: ConsoleFrame {
        ConsoleFrame(snapshot: snapshot, state: state, language: language, scope: nil, clock: "\(today.iso) 09:00",
                     operatorName: "bench", lastChange: nil)
    }

    /// Reads what the console shows (when it changed) and renders the frame.
    @discardableResult
    func renderFrame() throws -> Canvas {
        if active == .console {
            let wanted = ConsoleApp.request(for: frame, options: options, today: today, screen: size)
            if wanted != request {
                snapshot = try database.pool.read { db in
                    try ConsoleSnapshot.read(db, scope: wanted.scope, asOf: wanted.asOf, hazardRows: wanted.hazardRows,
                                             hazardOffset: wanted.hazardOffset, breakdownCounty: wanted.breakdownCounty)
                }
                request = wanted
            }
            lastCanvas = ConsoleScreen.render(frame, size: size)
        } else if let view = views[active] {
            var canvas = Canvas(size: size)
            let body = frame.chrome.drawTop(on: &canvas)
            view.draw(in: body, on: &canvas, chrome: frame.chrome)
            lastCanvas = canvas
        }
        return lastCanvas!
    }

    /// Applies `key` as the input loop would, then renders.
    func press(_ key: Key) throws {
        let outcome: BoardOutcome
        if active != .console, let view = views[active] {
            outcome = view.handle(key, size: size)
        } else if let action = ConsoleKeyMap.bindings.action(for: key) {
            let page = max(1, ConsoleScreen.listRows(of: state.focus, frame, size: size))
            outcome = state.apply(action, snapshot: snapshot, language: language, pageSize: page)
        } else {
            outcome = .stay
        }
        if case let .show(kind) = outcome, kind == .console || views[kind] != nil {
            active = kind
            views[kind]?.dataChanged()
        }
        try renderFrame()
    }

    /// The console is told that another process wrote, as the feed would tell it.
    func dataChanged() {
        request = nil
        views[active]?.dataChanged()
    }

    /// A newly read snapshot (what the feed delivers), for the live-detection measurement.
    var currentSnapshot: ConsoleSnapshot? { snapshot }
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
