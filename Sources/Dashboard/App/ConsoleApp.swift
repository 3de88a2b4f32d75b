import Foundation
import SafetyCore
import SafetyStore
import TerminalUI

/// The input loop: draws frames, reads keys, applies actions, and takes fresh data from the
/// `ConsoleFeed` between keys. The console's own panels are read by the feed; the other views
/// (``BoardView``) read what they show themselves and hear when data changed.
public final class ConsoleApp {
    private let terminal: any Terminal
    private let feed: ConsoleFeed
    private let options: ConsoleOptions
    private let clock = WallClock()
    private let views: [BoardViewKind: any BoardView]
    private var active = BoardViewKind.console
    /// Writes "inspection done on day, with these hazards"; the console itself never writes.
    private let recordInspection: ((_ id: String, _ day: Day, _ hazards: [String]) throws -> Void)?

    private var state = ConsoleState()
    private var snapshot: ConsoleSnapshot?
    private var lastChange: String?
    private var error: String?

    /// How often the loop looks at the feed when no key comes: the half-second budget for
    /// showing another process's write is the feed's interval plus this.
    private static let tick = Duration.milliseconds(100)

    public init(terminal: any Terminal, feed: ConsoleFeed, options: ConsoleOptions, views: [BoardViewKind: any BoardView] = [:],
                recordInspection: ((_ id: String, _ day: Day, _ hazards: [String]) throws -> Void)? = nil) {
        self.terminal = terminal
        self.feed = feed
        self.options = options
        self.views = views
        self.recordInspection = recordInspection
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
        var today = options.pinnedDay ?? clock.today(at: Date())
        var shownClock = ""
        var dirty = true
        feed.request(Self.request(for: frame(clock: shownClock), options: options, today: today, screen: terminal.size))
        while true {
            dirty = absorbFeed() || dirty
            let now = Date()
            if options.pinnedDay == nil, clock.today(at: now) != today {
                // Midnight passed: what was due today is overdue now, without a restart.
                today = clock.today(at: now)
                feed.request(Self.request(for: frame(clock: shownClock), options: options, today: today, screen: terminal.size))
            }
            if clock.minuteText(at: now) != shownClock {
                shownClock = clock.minuteText(at: now)
                dirty = true
            }
            if dirty {
                terminal.draw(render(frame(clock: shownClock)))
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
            if active == .console, state.inspectionPrompt != nil {
                answerInspectionPrompt(key, today: today)
                continue
            }
            let outcome: BoardOutcome
            if active != .console, let view = views[active] {
                if !view.isTakingText, ConsoleKeyMap.bindings.action(for: key) == .acknowledge {
                    _ = state.apply(.acknowledge, snapshot: snapshot, language: options.language)
                    continue
                }
                outcome = view.handle(key, size: terminal.size)
            } else {
                guard let action = ConsoleKeyMap.bindings.action(for: key) else { continue }
                let pageSize = max(1, ConsoleScreen.listRows(of: state.focus, frame(clock: shownClock), size: terminal.size))
                outcome = state.apply(action, snapshot: snapshot, language: options.language, pageSize: pageSize)
                feed.request(Self.request(for: frame(clock: shownClock), options: options, today: today, screen: terminal.size))
            }
            switch outcome {
            case .stay: break
            case .quit: return 0
            case .show(let kind): show(kind)
            }
        }
    }

    /// Typing into the `i` prompt; Enter records the inspection, Esc leaves it.
    private func answerInspectionPrompt(_ key: Key, today: Day) {
        guard var prompt = state.inspectionPrompt else { return }
        switch key {
        case .escape:
            state.inspectionPrompt = nil
        case .backspace:
            prompt.input = String(prompt.input.dropLast())
            state.inspectionPrompt = prompt
        case .char(let character):
            prompt.input.append(character)
            state.inspectionPrompt = prompt
        case .enter:
            state.inspectionPrompt = nil
            guard let (day, hazards) = prompt.answer(today: today) else {
                state.notice = options.language.pick("日期请写 YYYY-MM-DD", "Write the day as YYYY-MM-DD")
                return
            }
            do {
                try recordInspection?(prompt.inspectionId, day, hazards)
                state.notice = options.language.pick("已登记 \(prompt.inspectionId) 于 \(day.iso) 完成，发现隐患 \(hazards.count) 条",
                                                     "Recorded \(prompt.inspectionId) done on \(day.iso) with \(hazards.count) hazards")
            } catch {
                state.notice = "\(error)"
            }
        default:
            break
        }
    }

    /// Switches to `kind`, or says it is not there (a build without that view).
    private func show(_ kind: BoardViewKind) {
        guard kind == .console || views[kind] != nil else {
            state.notice = options.language.pick("该视图不可用", "That view is not available")
            return
        }
        active = kind
        views[kind]?.dataChanged()
    }

    /// The screen for the active view.
    private func render(_ frame: ConsoleFrame) -> Canvas {
        let size = terminal.size
        // Below the minimum every view gets the console's one "too small" line.
        guard active != .console, let view = views[active],
              size.width >= ConsoleLayout.minimumSize.width, size.height >= ConsoleLayout.minimumSize.height else {
            return ConsoleScreen.render(frame, size: size)
        }
        var canvas = Canvas(size: size)
        let body = frame.chrome.drawTop(on: &canvas)
        view.draw(in: body, on: &canvas, chrome: frame.chrome)
        return canvas
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
        if update.dataChanged {
            lastChange = clock.secondText(at: update.readAt)
            views[active]?.dataChanged()
        }
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
