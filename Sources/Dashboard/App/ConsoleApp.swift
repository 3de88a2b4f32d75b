public import Foundation
public import SafetyCore
public import SafetyStore
public import TerminalUI

/// The input loop. Keys become actions through each view's key table; actions go through
/// the view's reducer; the effects it returns are run by one ``EffectRunner`` off this thread
/// (or, for the feed, the bell and view switches, here at once), and their results come back
/// as actions. The loop sleeps in ``Terminal/readKey(timeout:)`` until a key, a result (the
/// runner and the feed raise the ``WakeSignal``) or the next minute of the header's clock —
/// nothing else wakes an idle console.
///
/// The first frame, with the header, panels' frames and key bar, is drawn before anything is
/// read; data appears as each read finishes.
public final class ConsoleApp {
    private let terminal: any Terminal
    private let feed: (any LiveFeed)?
    private let options: ConsoleOptions
    private let clock: any BoardClock
    private let effects: BoardEffects
    private let runner: EffectRunner
    private let wake: WakeSignal?
    private let policy: EscalationPolicy

    public private(set) var console: ConsoleState
    public private(set) var counties: CountiesState
    public private(set) var triage: TriageState
    public private(set) var active = BoardViewKind.console
    private var shownClock = ""
    private var today: Day?
    private var quitting = false
    private var layoutRows: [BoardViewKind: Int] = [:]
    /// What the console last asked the feed for, so that a change of view can say whether the
    /// console is on screen.
    private var feedRequest: ConsoleRequest?

    /// A loop on `terminal`. `feed` reads the console's snapshot (its `onUpdate` should raise
    /// `wake`); `runner` defaults to a background runner that raises `wake`.
    public init(terminal: any Terminal, feed: (any LiveFeed)?, options: ConsoleOptions, clock: any BoardClock = WallClock(),
                effects: BoardEffects, policy: EscalationPolicy = EscalationPolicy(), wake: WakeSignal? = nil,
                runner: EffectRunner? = nil) {
        self.terminal = terminal
        self.feed = feed
        self.options = options
        self.clock = clock
        self.effects = effects
        self.policy = policy
        self.wake = wake
        self.runner = runner ?? EffectRunner(onResult: { [wake] in wake?.raise() })
        console = ConsoleState(scope: options.scope, language: options.language, bell: options.bell)
        counties = CountiesState(scope: options.scope, language: options.language)
        triage = TriageState(scope: options.scope, language: options.language)
        console.role = options.role
        counties.role = options.role
        triage.role = options.role
        console.keys = options.keys.console
        counties.keys = options.keys.counties
        triage.keys = options.keys.triage
    }

    /// The request that matches `frame` on a screen of `size` (see ``ConsoleState/request(for:scope:today:screen:)``).
    public static func request(for frame: ConsoleFrame, options: ConsoleOptions, today: Day, screen: Size) -> ConsoleRequest {
        ConsoleState.request(for: frame, scope: options.scope, today: today, screen: screen)
    }

    /// Runs until `q` or a quit signal; returns the exit status (0, or 128 + signal).
    public func run() -> Int32 {
        defer { runner.stop() }
        start()
        draw()
        while !quitting {
            let now = settle()
            if quitting { break }
            draw()
            let wait = clock.nextMinute(after: now).timeIntervalSince(now)
            guard let key = terminal.readKey(timeout: .milliseconds(Int64((max(0.001, wait) * 1000).rounded(.up)))) else { continue }
            if case .signal(let number) = key { return 128 + number }
            press(key)
        }
        return 0
    }

    /// Before the first frame: the screen's size and the day, so the first reads start.
    public func start() {
        terminal.wakeSignal = wake
        dispatch(.console(.screen(terminal.size)))
        tick(clock.now())
    }

    /// Takes what finished, moves the clock, and lays the active view out; returns the time
    /// it read. What the loop does between two waits.
    @discardableResult
    public func settle() -> Date {
        absorbResults()
        let now = clock.now()
        tick(now)
        relayout()
        return now
    }

    /// True after `q` (or an effect that quits).
    public var hasQuit: Bool { quitting }

    /// Passes an action to its view, as a result of the runner would be.
    public func send(_ action: BoardAction) {
        dispatch(action)
    }

    /// One key as the loop handles it: a resize tells the console the new size; anything
    /// else goes through the active view's key table.
    public func press(_ key: Key) {
        if key == .resize {
            dispatch(.console(.screen(terminal.size)))
        } else {
            handle(key)
        }
    }

    // MARK: - Keys and actions

    private func handle(_ key: Key) {
        if case .mouse(let event) = key {
            if options.mouse { click(event) }
            return
        }
        switch active {
        case .console:
            if let action = ConsoleKeyMap.action(for: key, in: console) { dispatch(.console(action)) }
        case .counties:
            if counties.search == nil, console.keys.action(for: key) == .acknowledge {
                dispatch(.console(.acknowledge))
            } else if let action = CountiesKeyMap.action(for: key, in: counties) {
                dispatch(.counties(action))
            }
        case .triage:
            if triage.prompt == nil, console.keys.action(for: key) == .acknowledge {
                dispatch(.console(.acknowledge))
            } else if let action = TriageKeyMap.action(for: key, in: triage) {
                dispatch(.triage(action))
            }
        }
    }

    /// A mouse event as the actions of the view under it (see ``ConsoleMouse``, ``CountiesMouse``,
    /// ``TriageMouse``), reduced one by one as keys would be.
    private func click(_ event: MouseEvent) {
        let size = terminal.size
        let body = Rect(size: size).inset(top: console.alerts.isEmpty ? 1 : 2)
        let large = size.width >= ConsoleLayout.minimumSize.width && size.height >= ConsoleLayout.minimumSize.height
        switch active {
        case .console:
            for action in ConsoleMouse.actions(for: event, in: console.frame(), size: size) { dispatch(.console(action)) }
        case .counties where large:
            for action in CountiesMouse.actions(for: event, in: counties, body: body) { dispatch(.counties(action)) }
        case .triage where large:
            for action in TriageMouse.actions(for: event, in: triage, body: body) { dispatch(.triage(action)) }
        default:
            break
        }
    }

    /// Reduces `action` in its view and starts what it asks for.
    private func dispatch(_ action: BoardAction) {
        switch action {
        case .console(let action):
            for effect in ConsoleState.reduce(&console, action) {
                switch effect {
                case .requestFeed(let request): requestFeed(request)
                case .ringBell: terminal.bell()
                case .show(let kind): show(kind)
                case .quit: quitting = true
                case .recordInspection, .readCountyEnterprises, .readEnterpriseFile:
                    guard let handler = effects.console else {
                        console.notice = options.language.pick("此处不能登记检查", "Inspections cannot be recorded here")
                        continue
                    }
                    runner.submit { handler.run(effect).map(BoardAction.console) }
                }
            }
        case .counties(let action):
            for effect in CountiesState.reduce(&counties, action) {
                switch effect {
                case .show(let kind): show(kind)
                case .quit: quitting = true
                default:
                    guard let handler = effects.counties else { continue }
                    runner.submit { handler.run(effect).map(BoardAction.counties) }
                }
            }
        case .triage(let action):
            for effect in TriageState.reduce(&triage, action) {
                switch effect {
                case .show(let kind): show(kind)
                case .quit: quitting = true
                default:
                    guard let handler = effects.triage else { continue }
                    runner.submit { handler.run(effect).map(BoardAction.triage) }
                }
            }
        }
    }

    /// Asks the feed for `request`, saying whether the console is on screen: off it, the feed
    /// leaves this console's own writes for when it is shown again (the other views re-read
    /// their own).
    private func requestFeed(_ request: ConsoleRequest) {
        var request = request
        request.consoleShown = active == .console
        feedRequest = request
        feed?.request(request)
    }

    /// Switches to `kind`, which reads what it shows, or says it is not there.
    private func show(_ kind: BoardViewKind) {
        let available = switch kind {
        case .console: true
        case .counties: effects.counties != nil
        case .triage: effects.triage != nil
        }
        guard available else {
            console.notice = options.language.pick("该视图不可用", "That view is not available")
            return
        }
        active = kind
        if let feedRequest { requestFeed(feedRequest) }
        relayout()
        switch kind {
        case .console: break
        case .counties: dispatch(.counties(.appeared))
        case .triage: dispatch(.triage(.appeared))
        }
    }

    // MARK: - Results, time, layout

    /// What the runner and the feed finished since the last look.
    private func absorbResults() {
        for action in runner.takeResults() { dispatch(action) }
        guard let feed else { return }
        let (update, failure) = feed.take()
        if failure?.description != console.error { dispatch(.console(.feedFailed(failure?.description))) }
        guard let update else { return }
        let alerts = update.newMajorHazards.map {
            HazardAlert(hazardId: $0.hazard.id, county: $0.hazard.county, enterpriseName: $0.enterpriseName, description: $0.hazard.description)
        }
        dispatch(.console(.snapshotRead(update.snapshot, newMajorHazards: alerts,
                                        changedAt: update.dataChanged ? clock.secondText(at: update.readAt) : nil)))
        // The views re-read after their own writes; an update that holds only those needs no second read.
        if update.changedElsewhere {
            switch active {
            case .console: break
            case .counties: dispatch(.counties(.dataChanged))
            case .triage: dispatch(.triage(.dataChanged))
            }
        }
    }

    /// The header's minute, and the day: after midnight what was due yesterday is overdue,
    /// without a restart.
    private func tick(_ now: Date) {
        shownClock = clock.minuteText(at: now)
        let day = options.pinnedDay ?? clock.today(at: now)
        guard day != today else { return }
        today = day
        dispatch(.console(.today(day)))
        dispatch(.counties(.today(day)))
        dispatch(.triage(.today(day)))
    }

    /// Tells the active view how many rows it has when that changed (a resize, an alert line).
    private func relayout() {
        let body = Rect(size: terminal.size).inset(top: console.alerts.isEmpty ? 1 : 2)
        let rows = switch active {
        case .console: 0
        case .counties: CountiesScreen.visibleRows(in: body)
        case .triage: TriageLayout(body: body).listRows
        }
        guard layoutRows[active] != rows else { return }
        layoutRows[active] = rows
        switch active {
        case .console: break
        case .counties: dispatch(.counties(.layout(visibleRows: rows)))
        case .triage: dispatch(.triage(.layout(listRows: rows)))
        }
    }

    // MARK: - Drawing

    private func draw() {
        terminal.draw(render())
    }

    /// The screen of the active view, from state only.
    public func render() -> Canvas {
        let size = terminal.size
        let frame = console.frame(clock: options.pinnedDay.map { "\($0.iso) \(shownClock.suffix(5))" } ?? shownClock,
                                  operatorName: options.operatorName, role: options.role)
        // Below the minimum every view gets the console's one "too small" line.
        guard active != .console, size.width >= ConsoleLayout.minimumSize.width, size.height >= ConsoleLayout.minimumSize.height else {
            return ConsoleScreen.render(frame, size: size)
        }
        var canvas = Canvas(size: size)
        let body = frame.chrome.drawTop(on: &canvas)
        switch active {
        case .console: break
        case .counties: CountiesScreen(counties).draw(in: body, on: &canvas)
        case .triage:
            var screen = TriageScreen(triage, policy: policy)
            screen.countyPolicies = options.countyPolicies
            screen.draw(in: body, on: &canvas)
        }
        return canvas
    }
}
