import Synchronization

/// Where a live feed and the console meet, whichever backend reads: the request the console
/// wants read, and the newest update (or the last failure) left for it to take. The input loop
/// only ever takes what is here; it never waits on a read.
final class FeedMailbox: Sendable {
    private struct Contents {
        var request: ConsoleRequest
        var requestChanged = true
        var update: ConsoleUpdate?
        var failure: ConsoleFeedFailure?
        var stopped = false
    }

    private let contents: Mutex<Contents>

    init(request: ConsoleRequest) {
        contents = Mutex(Contents(request: request))
    }

    /// Replaces what is read; true when it is a different request (the feed must read it at once).
    func replace(_ request: ConsoleRequest) -> Bool {
        contents.withLock { box in
            guard box.request != request else { return false }
            box.request = request
            box.requestChanged = true
            return true
        }
    }

    /// The newest update since the last call, and the last read failure if the newest read failed.
    func take() -> (update: ConsoleUpdate?, failure: ConsoleFeedFailure?) {
        contents.withLock { box in
            defer { box.update = nil }
            return (box.update, box.failure)
        }
    }

    func stop() {
        contents.withLock { $0.stopped = true }
    }

    /// For the feed: the request to read, whether it changed since the last call, and whether the feed was stopped.
    func next() -> (request: ConsoleRequest, changed: Bool, stopped: Bool) {
        contents.withLock { box in
            defer { box.requestChanged = false }
            return (box.request, box.requestChanged, box.stopped)
        }
    }

    /// True when the feed has something to do before its next check: a new request, or a stop.
    var isCalling: Bool {
        contents.withLock { $0.requestChanged || $0.stopped }
    }

    /// Leaves `update`, merged with one not taken yet: its alerts must not be lost, nor that
    /// the data changed. Clears the failure.
    func deliver(_ update: ConsoleUpdate) {
        contents.withLock { box in
            var merged = update
            if let pending = box.update { merged.newMajorHazards = pending.newMajorHazards + update.newMajorHazards }
            merged.dataChanged = merged.dataChanged || (box.update?.dataChanged ?? false)
            merged.changedElsewhere = merged.changedElsewhere || (box.update?.changedElsewhere ?? false)
            box.update = merged
            box.failure = nil
        }
    }

    /// Leaves the failure of the last read; the last update stays until taken.
    func fail(_ failure: ConsoleFeedFailure) {
        contents.withLock { $0.failure = failure }
    }
}
