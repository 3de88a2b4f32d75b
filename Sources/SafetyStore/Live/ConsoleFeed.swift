import Foundation
import GRDB
import Synchronization

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
    private struct Mailbox {
        var request: ConsoleRequest
        var requestChanged = true
        var update: ConsoleUpdate?
        var failure: ConsoleFeedFailure?
        var stopped = false
    }

    private let database: SafetyDatabase
    private let interval: Duration
    private let mailbox: Mutex<Mailbox>
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
        self.mailbox = Mutex(Mailbox(request: request))
        self.watch = FileWatch(path: database.path)
        let thread = Thread { [self] in run() }
        thread.name = "safetyboard.console-feed"
        thread.start()
    }

    /// Replaces what is read; a different request is read at once.
    public func request(_ request: ConsoleRequest) {
        let changed = mailbox.withLock { box in
            guard box.request != request else { return false }
            box.request = request
            box.requestChanged = true
            return true
        }
        if changed { watch.wake() }
    }

    /// The newest update since the last call, and the last read failure if the newest read failed.
    public func take() -> (update: ConsoleUpdate?, failure: ConsoleFeedFailure?) {
        mailbox.withLock { box in
            defer { box.update = nil }
            return (box.update, box.failure)
        }
    }

    /// Stops the thread after its current read.
    public func stop() {
        mailbox.withLock { $0.stopped = true }
        watch.wake()
    }

    /// After a file event, how long further events are gathered before the next check: an
    /// import writes the WAL many times, and each check may mean a read of the snapshot.
    private static let coalescing = Duration.milliseconds(15)

    private func run() {
        var watcher: DatabaseQueue?
        var lastVersion: Int?
        var lastWriterVersion: Int?
        var lastHazardRowID: Int64?
        var last: (request: ConsoleRequest, snapshot: ConsoleSnapshot)?
        let safetyPoll = watch.watchesFiles ? max(interval, .seconds(1)) : interval
        var sawFileEvents = false
        while true {
            let (request, requestChanged, stopped) = mailbox.withLock { box in
                defer { box.requestChanged = false }
                return (box.request, box.requestChanged, box.stopped)
            }
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
                    let kept = dataChanged ? nil : last.flatMap { request.differsOnlyInQueueWindow(from: $0.request) ? $0.snapshot : nil }
                    last = (request, try read(request, keeping: kept, dataChanged: dataChanged, changedElsewhere: changedElsewhere,
                                              lastHazardRowID: &lastHazardRowID))
                }
            } catch {
                watcher = nil
                last = nil
                mailbox.withLock { $0.failure = ConsoleFeedFailure(description: "\(error)") }
                onUpdate()
            }
            waitForNextCheck(safetyPoll: safetyPoll, sawFileEvents: &sawFileEvents)
        }
    }

    /// Reads the snapshot for `request` and leaves it in the mailbox. With `kept` (the last
    /// snapshot, when the data has not changed since and only the queue's window moved) only
    /// the window is read: a key that scrolls the queue costs one indexed page, not every panel.
    private func read(_ request: ConsoleRequest, keeping kept: ConsoleSnapshot?, dataChanged: Bool, changedElsewhere: Bool,
                      lastHazardRowID: inout Int64?) throws -> ConsoleSnapshot {
        let snapshot: ConsoleSnapshot, newMajors: [ConsoleSnapshot.HazardRow]
        if let kept {
            (snapshot, newMajors) = (try database.queueWindow(request, of: kept), [])
        } else {
            (snapshot, newMajors) = try database.situation(request, majorsAfter: lastHazardRowID)
        }
        lastHazardRowID = snapshot.lastHazardRowID
        let update = ConsoleUpdate(snapshot: snapshot, newMajorHazards: newMajors, dataChanged: dataChanged,
                                   changedElsewhere: changedElsewhere, readAt: Date())
        mailbox.withLock { box in
            // Alerts of an update the loop has not taken yet must not be lost.
            var merged = update
            if let pending = box.update { merged.newMajorHazards = pending.newMajorHazards + update.newMajorHazards }
            merged.dataChanged = merged.dataChanged || (box.update?.dataChanged ?? false)
            merged.changedElsewhere = merged.changedElsewhere || (box.update?.changedElsewhere ?? false)
            box.update = merged
            box.failure = nil
        }
        onUpdate()
        return snapshot
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
        while !mailbox.withLock({ $0.requestChanged || $0.stopped }) {
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
