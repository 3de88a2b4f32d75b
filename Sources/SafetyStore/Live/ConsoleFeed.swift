import Foundation
import GRDB

/// Keeps the console's snapshot fresh, off the input loop.
///
/// A background thread sleeps in `poll(2)` on inotify events for the database file and its
/// WAL and on a wake-up pipe (``FileWatch``). On a file event it confirms the change with
/// `PRAGMA data_version` on a connection of its own — the value moves when any *other*
/// connection commits, another process or this process's pool, which GRDB's observation
/// cannot see across processes — and re-reads the snapshot from the pool. The same pragma on
/// the pool's writer tells whether anyone but this store wrote (``ConsoleUpdate/changedElsewhere``). The pragma is also
/// polled every `interval` (at least a second when inotify works: a safety net for writes
/// inotify cannot see, such as another host's on a network filesystem). A new
/// `ConsoleRequest` wakes the thread at once. The snapshot is left in a mailbox; the input loop
/// takes it with `take()` and never waits on SQLite, so a slow query never delays a keystroke.
public final class ConsoleFeed: LiveFeed {
    private let database: SafetyDatabase
    private let interval: Duration
    private let mailbox: FeedMailbox
    private let watch: FileWatch
    /// Called on the feed's thread after each update or failure is left for `take()`: the
    /// console wakes its input loop with it instead of polling the mailbox.
    private let onUpdate: @Sendable () -> Void

    /// Starts watching at once; the first update arrives after the first read. `interval` is
    /// how often `PRAGMA data_version` is polled without a file event.
    public init(database: SafetyDatabase, request: ConsoleRequest, interval: Duration = .milliseconds(250),
                onUpdate: @escaping @Sendable () -> Void = {}) {
        self.database = database
        self.interval = interval
        self.onUpdate = onUpdate
        self.mailbox = FeedMailbox(request: request)
        self.watch = FileWatch(path: database.path)
        let thread = Thread { [self] in run() }
        thread.name = "safetyboard.console-feed"
        thread.start()
    }

    /// Replaces what is read; a different request is read at once.
    public func request(_ request: ConsoleRequest) {
        if mailbox.replace(request) { watch.wake() }
    }

    /// The newest update since the last call, and the last read failure if the newest read failed.
    public func take() -> (update: ConsoleUpdate?, failure: ConsoleFeedFailure?) {
        mailbox.take()
    }

    /// Stops the thread after its current read.
    public func stop() {
        mailbox.stop()
        watch.wake()
    }

    /// After a file event, how long further events are gathered before the next check: an
    /// import writes the WAL many times, and each check may mean a read of the snapshot.
    private static let coalescing = Duration.milliseconds(15)

    private func run() {
        var watcher: DatabaseQueue?
        var lastVersion: Int?
        var lastWriterVersion: Int?
        var memory = FeedMemory()
        let safetyPoll = watch.watchesFiles ? max(interval, .seconds(1)) : interval
        var sawFileEvents = false
        while true {
            let (request, requestChanged, stopped) = mailbox.next()
            if stopped { return }
            do {
                if watcher == nil {
                    var configuration = Configuration()
                    configuration.readonly = true
                    configuration.busyMode = .timeout(5)
                    watcher = try DatabaseQueue(path: database.path, configuration: configuration)
                }
                let version = try watcher!.inDatabase { try Int.fetchOne($0, sql: "PRAGMA data_version") }
                let dataChanged = lastVersion != nil && version != lastVersion
                if requestChanged || dataChanged || lastVersion == nil {
                    lastVersion = version
                    // The writer's own data_version moves for every commit but its own.
                    var changedElsewhere = false
                    if dataChanged || lastWriterVersion == nil {
                        let writerVersion = try database.writerDataVersion()
                        changedElsewhere = dataChanged && writerVersion != lastWriterVersion
                        lastWriterVersion = writerVersion
                    }
                    if let update = try memory.refresh(request, requestChanged: requestChanged, dataChanged: dataChanged,
                                                       changedElsewhere: changedElsewhere, situation: database.situation,
                                                       part: database.reread) {
                        mailbox.deliver(update)
                        onUpdate()
                    }
                }
            } catch {
                watcher = nil
                memory.forget()
                mailbox.fail(ConsoleFeedFailure(description: "\(error)"))
                onUpdate()
            }
            waitForNextCheck(safetyPoll: safetyPoll, sawFileEvents: &sawFileEvents)
        }
    }

    /// Sleeps until the next `data_version` check is due: at once on a new request or a stop;
    /// on a file event at once if the last check was long enough ago, else when it is
    /// `coalescing` old; after `safetyPoll` without either.
    ///
    /// A check that follows file events is always followed by one more, `coalescing` later:
    /// a writer appends its commit to the WAL before it publishes it in the shared index, so
    /// the check the last write woke may come a moment too early to see it.
    private func waitForNextCheck(safetyPoll: Duration, sawFileEvents: inout Bool) {
        let checked = ContinuousClock.now
        var due: ContinuousClock.Instant? = sawFileEvents ? checked + Self.coalescing : nil
        sawFileEvents = false
        while !mailbox.isCalling {
            let now = ContinuousClock.now
            if let due, now >= due { return }
            let wake = watch.wait(timeout: due.map { $0 - now } ?? safetyPoll)
            if wake.woken { continue }
            guard wake.filesChanged else { return }
            sawFileEvents = true
            if due == nil { due = max(ContinuousClock.now, checked + Self.coalescing) }
        }
    }
}
