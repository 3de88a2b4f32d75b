import Foundation

/// What a live feed remembers between its checks, and the one rule both backends' feeds use to
/// decide what a check reads.
struct FeedMemory {
    /// What a check reads.
    enum Read: Equatable {
        /// Nothing new to show, or nothing the console would show now.
        case nothing
        /// One part of the snapshot: the rest of the last one still holds.
        case part(Part)
        /// The whole snapshot.
        case snapshot
    }

    /// A part of the snapshot read on its own.
    enum Part: Equatable {
        /// The hazard queue's window.
        case window
        /// The risk zoom's industries and towns, of another county.
        case breakdown
    }

    /// The last request read, with its snapshot.
    var last: (request: ConsoleRequest, snapshot: ConsoleSnapshot)?
    /// The newest hazard row of the last snapshot: the major hazards after it are new.
    private var lastHazardRowID: Int64?
    /// This store's own commits not read yet: made while the console was off screen.
    private(set) var ownChangesUnread = false

    /// What to read for `request` after a check that found the data changed (`dataChanged`,
    /// by someone else too when `changedElsewhere`) or the request new. While the console is
    /// off screen, a change only this store made — a triage write, which its view re-reads
    /// itself — waits until the console is shown again: re-reading the whole snapshot after
    /// each such write held up the write's key (its frame came after that read). A change made
    /// elsewhere is read at once, for the alerts every view shows.
    mutating func read(for request: ConsoleRequest, requestChanged: Bool, dataChanged: Bool, changedElsewhere: Bool) -> Read {
        guard let last else { return .snapshot }
        if dataChanged, !changedElsewhere, !request.consoleShown {
            ownChangesUnread = true
        } else if dataChanged {
            return .snapshot
        }
        guard requestChanged, request.consoleShown else { return .nothing }
        if ownChangesUnread { return .snapshot }
        // A request without a zoom county is read with the snapshot's own (the reddest, while
        // the data is unchanged): asking for that county by name, as the console does once it
        // knows it, reads the same.
        var previous = last.request, asked = request
        previous.breakdownCounty = previous.breakdownCounty ?? last.snapshot.breakdownCounty
        asked.breakdownCounty = asked.breakdownCounty ?? last.snapshot.breakdownCounty
        asked.consoleShown = previous.consoleShown
        if asked == previous { return .nothing }
        if asked.differsOnlyInQueueWindow(from: previous) { return .part(.window) }
        return asked.differsOnlyInBreakdown(from: previous) ? .part(.breakdown) : .snapshot
    }

    /// Reads what ``read(for:requestChanged:dataChanged:changedElsewhere:)`` says to with the
    /// backend's reads — the whole `situation`, or a `part` of the last snapshot — and returns
    /// the update to leave for the console; nil when there is nothing to read.
    mutating func refresh(_ request: ConsoleRequest, requestChanged: Bool, dataChanged: Bool, changedElsewhere: Bool,
                          situation: (ConsoleRequest, Int64?) throws -> (snapshot: ConsoleSnapshot, newMajors: [ConsoleSnapshot.HazardRow]),
                          part: (Part, ConsoleRequest, ConsoleSnapshot) throws -> ConsoleSnapshot) throws -> ConsoleUpdate? {
        let read = read(for: request, requestChanged: requestChanged, dataChanged: dataChanged, changedElsewhere: changedElsewhere)
        let snapshot: ConsoleSnapshot, newMajors: [ConsoleSnapshot.HazardRow]
        switch (read, last?.snapshot) {
        case (.nothing, _): return nil
        case let (.part(which), kept?): (snapshot, newMajors) = (try part(which, request, kept), [])
        default: (snapshot, newMajors) = try situation(request, lastHazardRowID)
        }
        let changed = dataChanged || ownChangesUnread
        last = (request, snapshot)
        lastHazardRowID = snapshot.lastHazardRowID
        ownChangesUnread = false
        return ConsoleUpdate(snapshot: snapshot, newMajorHazards: newMajors, dataChanged: changed,
                             changedElsewhere: changedElsewhere, readAt: Date())
    }

    /// After a failed read: the next check reads the whole snapshot.
    mutating func forget() {
        last = nil
    }
}
