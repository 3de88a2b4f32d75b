import Dispatch
import Foundation

/// ``ConsoleFeed`` on PostgreSQL: keeps the console's snapshot fresh by LISTEN/NOTIFY.
///
/// A thread of its own holds one connection outside the pool (``PostgresChangeListener``)
/// listening on the change channel. Each write notifies it at commit; the thread gathers the
/// notifications of a moment (an import sends many) and re-reads the snapshot from the pool,
/// in one read transaction. A notification names the backend that committed: one of the
/// store's own pooled connections (``PostgresOwnBackends``) is the store's own write, any other
/// is ``ConsoleUpdate/changedElsewhere``.
///
/// When the listening connection drops, the thread connects again at once and catches up by
/// the change sequence (`store_change.seq`): a commit made while it was away shows as a change
/// from elsewhere, and the snapshot is read anew — nothing is lost. While the server cannot be
/// reached, each read leaves a failure (the console's header shows it; the console keeps the
/// last snapshot) and the thread tries again every `retry`.
final class PostgresConsoleFeed: LiveFeed {
    private let store: PostgreSQLStore
    private let mailbox: FeedMailbox
    private let onUpdate: @Sendable () -> Void
    private let retry: Duration
    /// Signalled by a notification, a lost connection, a new request and a stop.
    private let wakeUp = DispatchSemaphore(value: 0)

    /// After a notification, how long further ones are gathered before the read.
    private static let coalescing = Duration.milliseconds(15)

    init(store: PostgreSQLStore, request: ConsoleRequest, retry: Duration = .seconds(1), onUpdate: @escaping @Sendable () -> Void) {
        self.store = store
        self.mailbox = FeedMailbox(request: request)
        self.retry = retry
        self.onUpdate = onUpdate
        let thread = Thread { [self] in run() }
        thread.name = "safetyboard.console-feed.postgresql"
        thread.start()
    }

    func request(_ request: ConsoleRequest) {
        if mailbox.replace(request) { wakeUp.signal() }
    }

    func take() -> (update: ConsoleUpdate?, failure: ConsoleFeedFailure?) {
        mailbox.take()
    }

    func stop() {
        mailbox.stop()
        wakeUp.signal()
    }

    private func run() {
        var listener: PostgresChangeListener?
        var lastSeq: Int?
        var memory = FeedMemory()
        defer { listener?.close() }
        while true {
            let (request, requestChanged, stopped) = mailbox.next()
            if stopped { return }
            do {
                var dataChanged = false, changedElsewhere = false
                if listener == nil {
                    let wakeUp = wakeUp
                    let connected = try PostgresChangeListener(location: store.location, bridge: store.bridge, own: store.ownBackends) {
                        wakeUp.signal()
                    }
                    listener = connected
                    // Caught up: what was committed while no one listened came from someone
                    // else, or was this store's own — either way the snapshot is read again.
                    let seq = try connected.latestSeq()
                    if let lastSeq, seq != lastSeq { (dataChanged, changedElsewhere) = (true, true) }
                    lastSeq = seq
                    memory.forget()
                }
                let heard = listener?.take() ?? PostgresChangeListener.Heard()
                if heard.lost {
                    listener?.close()
                    listener = nil
                    continue
                }
                if heard.changes > 0 {
                    dataChanged = true
                    changedElsewhere = changedElsewhere || heard.elsewhere
                    if let seq = heard.lastSeq { lastSeq = max(lastSeq ?? seq, seq) }
                }
                if let update = try memory.refresh(request, requestChanged: requestChanged, dataChanged: dataChanged,
                                                   changedElsewhere: changedElsewhere, situation: store.situation,
                                                   part: store.reread) {
                    mailbox.deliver(update)
                    onUpdate()
                }
            } catch {
                listener?.close()
                listener = nil
                memory.forget()
                mailbox.fail(ConsoleFeedFailure(description: "\(error)"))
                onUpdate()
                wait(for: retry)
                continue
            }
            waitForNextChange()
        }
    }

    /// Sleeps until something happens: a notification (then gathers others for a moment), a
    /// lost connection, a new request or a stop.
    private func waitForNextChange() {
        wakeUp.wait()
        if !mailbox.isCalling { wait(for: Self.coalescing) }
    }

    /// Sleeps `duration`, or less when the console calls (a new request, a stop).
    private func wait(for duration: Duration) {
        let end = ContinuousClock.now + duration
        while !mailbox.isCalling {
            let left = end - ContinuousClock.now
            guard left > .zero else { return }
            let (seconds, attoseconds) = left.components
            _ = wakeUp.wait(timeout: .now() + .nanoseconds(Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)))
        }
    }
}
