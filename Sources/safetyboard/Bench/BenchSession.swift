import Dashboard
import Foundation
import SafetyCore
import SafetyStore
import TerminalUI

/// The console and its views driven by a scripted officer, off screen, exactly as the input
/// loop does it: a key is applied, what it needs is read, and the whole frame is rendered into
/// a Canvas. Reads the console's feed would do in the background are done in line here, so a
/// key's time includes them.
final class BenchSession {
    let database: any Store
    let size: Size
    let today: Day
    private let language = Language.en
    private var state = ConsoleState()
    private var snapshot: ConsoleSnapshot?
    private var request: ConsoleRequest?
    private var active = BoardViewKind.console
    private let views: [BoardViewKind: any BoardView]
    private(set) var lastCanvas: Canvas?

    init(database: any Store, size: Size, today: Day) {
        self.database = database
        self.size = size
        self.today = today
        let stamp = AuditStamp(operatorName: "bench", at: ISO8601DateFormatter().string(from: Date()))
        views = [.triage: TriageView(store: database, scope: nil, language: .en, today: { today }, stamp: { stamp }),
                 .counties: CountiesView(store: database, scope: nil, language: .en, today: { today })]
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
                snapshot = try database.situation(wanted, majorsAfter: nil).snapshot
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
