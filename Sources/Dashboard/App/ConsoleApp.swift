import Foundation
import SafetyCore
import SafetyStore
import TerminalUI

/// The console's input loop: draws frames, reads keys, applies actions, and takes fresh data
/// from the `ConsoleFeed` between keys. It never touches the database itself.
public final class ConsoleApp {
    private let terminal: any Terminal
    private let feed: ConsoleFeed
    private let options: ConsoleOptions
    private let clock = WallClock()

    private var state = ConsoleState()
    private var snapshot: ConsoleSnapshot?
    private var lastChange: String?
    private var error: String?

    /// How often the loop looks at the feed when no key comes: the half-second budget for
    /// showing another process's write is the feed's interval plus this.
    private static let tick = Duration.milliseconds(100)

    public init(terminal: any Terminal, feed: ConsoleFeed, options: ConsoleOptions) {
        self.terminal = terminal
        self.feed = feed
        self.options = options
    }

    /// The request that matches `frame` on a screen of `size`: the queue is read in a window
    /// of five screens around the selection, whose start moves in whole screens so that
    /// moving within it does not ask for a new read.
    public static func request(for frame: ConsoleFrame, options: ConsoleOptions, today: Day, screen: Size) -> ConsoleRequest {
        let page = max(ConsoleScreen.listRows(of: .hazards, frame, size: screen), screen.height, 1)
        let start = max(0, (frame.state.hazardSelection / page - 2) * page)
        return ConsoleRequest(scope: options.scope, asOf: today, hazardRows: 5 * page, hazardOffset: start,
                              breakdownCounty: frame.state.breakdownCounty(in: frame.snapshot))
    }

    /// Runs until `q` or a quit signal; returns the exit status (0, or 128 + signal).
    public func run() -> Int32 {
        var today = options.pinnedDay ?? clock.today()
        var shownClock = ""
        var dirty = true
        feed.request(Self.request(for: frame(clock: shownClock), options: options, today: today, screen: terminal.size))
        while true {
            dirty = absorbFeed() || dirty
            let now = Date()
            if options.pinnedDay == nil, clock.today(now) != today {
                // Midnight passed: what was due today is overdue now, without a restart.
                today = clock.today(now)
                feed.request(Self.request(for: frame(clock: shownClock), options: options, today: today, screen: terminal.size))
            }
            if clock.minuteText(now) != shownClock {
                shownClock = clock.minuteText(now)
                dirty = true
            }
            if dirty {
                terminal.draw(ConsoleScreen.render(frame(clock: shownClock), size: terminal.size))
                dirty = false
            }
            guard let key = terminal.readKey(timeout: Self.tick) else { continue }
            dirty = true
            switch key {
            case .signal(let number):
                return 128 + number
            case .resize:
                feed.request(Self.request(for: frame(clock: shownClock), options: options, today: today, screen: terminal.size))
                continue
            default:
                break
            }
            guard let action = ConsoleKeyMap.bindings.action(for: key) else { continue }
            let shown = frame(clock: shownClock)
            let pageSize = max(1, ConsoleScreen.listRows(of: state.focus, shown, size: terminal.size))
            if state.apply(action, snapshot: snapshot, language: options.language, pageSize: pageSize) == .quit {
                return 0
            }
            feed.request(Self.request(for: frame(clock: shownClock), options: options, today: today, screen: terminal.size))
        }
    }

    /// What the screen shows now, with the wall-clock text `clock` ("" before the first tick).
    private func frame(clock shownClock: String) -> ConsoleFrame {
        ConsoleFrame(snapshot: snapshot, state: state, language: options.language, scope: options.scope,
                     clock: options.pinnedDay.map { "\($0.iso) \(shownClock.suffix(5))" } ?? shownClock,
                     operatorName: options.operatorName, lastChange: lastChange, error: error)
    }

    /// Takes what the feed has; true when the screen must be redrawn.
    private func absorbFeed() -> Bool {
        let (update, failure) = feed.take()
        let newError = failure?.description
        var changed = newError != error
        error = newError
        guard let update else { return changed }
        changed = true
        snapshot = update.snapshot
        state.clamp(to: update.snapshot)
        if update.dataChanged { lastChange = clock.secondText(update.readAt) }
        if !update.newMajorHazards.isEmpty {
            state.alerts += update.newMajorHazards.map {
                HazardAlert(hazardId: $0.hazard.id, county: $0.hazard.county, enterpriseName: $0.enterpriseName,
                            description: $0.hazard.description)
            }
            if options.bell { terminal.bell() }
        }
        return changed
    }
}
