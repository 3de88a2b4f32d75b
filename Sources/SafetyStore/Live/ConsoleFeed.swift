import Foundation
import GRDB
import Synchronization

/// Keeps the console's snapshot fresh, off the input loop.
///
/// A background thread polls `PRAGMA data_version` on a connection of its own every
/// `interval`. That pragma changes when any *other* connection commits — another process, or
/// this process's pool — which GRDB's observation cannot see across processes. On a change, or
/// when the console posts a new `ConsoleRequest`, the thread re-reads the snapshot from the
/// pool and leaves it in a mailbox; the input loop takes it with `take()` and never waits on
/// SQLite, so a slow query never delays a keystroke.
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
    private let wake = NSCondition()
    /// Called on the feed's thread after each update or failure is left for `take()`: the
    /// console wakes its input loop with it instead of polling the mailbox.
    private let onUpdate: @Sendable () -> Void

    /// Starts polling at once; the first update arrives after the first read.
    public init(database: SafetyDatabase, request: ConsoleRequest, interval: Duration = .milliseconds(250),
                onUpdate: @escaping @Sendable () -> Void = {}) {
        self.database = database
        self.interval = interval
        self.onUpdate = onUpdate
        self.mailbox = Mutex(Mailbox(request: request))
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
        if changed { wake.lock(); wake.signal(); wake.unlock() }
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
        wake.lock(); wake.signal(); wake.unlock()
    }

    private func run() {
        var watcher: DatabaseQueue?
        var lastVersion: Int?
        var lastHazardRowID: Int64?
        let seconds = Double(interval.components.seconds) + Double(interval.components.attoseconds) / 1e18
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
                    let (snapshot, newMajors) = try database.situation(request, majorsAfter: lastHazardRowID)
                    lastHazardRowID = snapshot.lastHazardRowID
                    let update = ConsoleUpdate(snapshot: snapshot, newMajorHazards: newMajors, dataChanged: dataChanged, readAt: Date())
                    mailbox.withLock { box in
                        // Alerts of an update the loop has not taken yet must not be lost.
                        var merged = update
                        if let pending = box.update { merged.newMajorHazards = pending.newMajorHazards + update.newMajorHazards }
                        merged.dataChanged = merged.dataChanged || (box.update?.dataChanged ?? false)
                        box.update = merged
                        box.failure = nil
                    }
                    onUpdate()
                }
            } catch {
                watcher = nil
                mailbox.withLock { $0.failure = ConsoleFeedFailure(description: "\(error)") }
                onUpdate()
            }
            wake.lock()
            let requestPending = mailbox.withLock { $0.requestChanged || $0.stopped }
            if !requestPending {
                _ = wake.wait(until: Date().addingTimeInterval(seconds))
            }
            wake.unlock()
        }
    }
}
