/// An in-memory ``Terminal`` for tests: keys are scripted, frames are recorded.
public final class TestTerminal: Terminal {
    /// The size views should draw at; change it with ``resize(to:)``.
    public private(set) var size: Size
    /// What the fake terminal claims to support.
    public var capabilities: TerminalCapabilities
    /// Keys still to be returned by ``readKey(timeout:)``, first first.
    public var pendingKeys: [Key]
    /// Every frame drawn, oldest first.
    public private(set) var frames: [Canvas] = []
    /// How many cells each frame wrote, the way ``NcursesTerminal`` would (see
    /// ``FrameDiff``): a measure of frame cost.
    public private(set) var changedCellCounts: [Int] = []
    /// How often the bell rang.
    public private(set) var bellCount = 0
    /// How often ``readKey(timeout:)`` was called with nothing left to return.
    public private(set) var timeoutCount = 0
    /// True after ``restore()``.
    public private(set) var isRestored = false
    /// Kept for the loop; a test terminal never waits, so it never needs waking.
    public var wakeSignal: WakeSignal?
    /// Called when ``readKey(timeout:)`` finds no key left: a test advances its clock or
    /// queues the next keys here, for steps that depend on what the loop did before.
    public var onIdle: ((TestTerminal) -> Void)?
    /// Idle reads after which ``readKey(timeout:)`` returns SIGTERM, so that a loop a test
    /// forgot to quit ends (with status 143) instead of hanging the test run.
    public var idleLimit = 1_000

    /// A terminal of `size` that will return `keys` in order, then time out.
    public init(size: Size = Size(width: 80, height: 24), keys: [Key] = [],
                capabilities: TerminalCapabilities = TerminalCapabilities(colors: .extended, unicode: true)) {
        self.size = size
        self.pendingKeys = keys
        self.capabilities = capabilities
    }

    /// The last frame drawn, if any.
    public var lastFrame: Canvas? { frames.last }

    /// The last frame as text lines with trailing spaces trimmed; empty before any frame.
    public var screen: [String] { lastFrame?.lines(trimmingTrailingSpaces: true) ?? [] }

    /// Queues keys after those already pending.
    public func enqueue(_ keys: Key...) {
        pendingKeys.append(contentsOf: keys)
    }

    /// Changes the size and queues ``Key/resize``, as a real terminal does.
    public func resize(to size: Size) {
        self.size = size
        pendingKeys.append(.resize)
    }

    /// Records the frame.
    public func draw(_ canvas: Canvas) {
        changedCellCounts.append(FrameDiff.changes(from: frames.last, to: canvas).count)
        frames.append(canvas)
    }

    /// Returns the next scripted key at once, or nil (a time-out) when none is left even
    /// after ``onIdle``; the timeout itself is ignored so tests never wait.
    public func readKey(timeout: Duration?) -> Key? {
        if pendingKeys.isEmpty { onIdle?(self) }
        guard !pendingKeys.isEmpty else {
            timeoutCount += 1
            return timeoutCount > idleLimit ? .signal(15) : nil
        }
        return pendingKeys.removeFirst()
    }

    /// Counts the ring.
    public func bell() {
        bellCount += 1
    }

    /// Marks the terminal restored.
    public func restore() {
        isRestored = true
    }
}
