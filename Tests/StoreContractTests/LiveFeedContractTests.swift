import Foundation
import SafetyCore
import SafetyStore
import Testing

/// The console's live feed on every backend: a write from another connection arrives as an
/// update that says the data changed elsewhere; the store's own write says it changed, but
/// not elsewhere (the triage view then need not read again).
struct LiveFeedContractTests {
    static let today = StoreFixture.today

    @Test(arguments: StoreBackend.all)
    func aWriteFromAnotherConnectionArrivesAsAChangeFromElsewhere(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let feed = FeedWatch(fixture.store.liveFeed(ConsoleRequest(scope: nil, asOf: Self.today, hazardRows: 10), onUpdate: nil))
        defer { feed.stop() }
        let first = try #require(feed.next { _ in true }, "a first update")
        try fixture.connectAgain().recordInspection("I2", doneOn: Self.today, hazards: [], stamp: StoreFixture.otherStamp,
                                                    today: Self.today)
        let update = feed.next { $0.snapshot.inspections.doneThisMonth == first.snapshot.inspections.doneThisMonth + 1 }
        #expect(update?.dataChanged == true)
        #expect(update?.changedElsewhere == true)
    }

    @Test(arguments: StoreBackend.all)
    func theStoresOwnWriteIsAChangeNotFromElsewhere(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let feed = FeedWatch(fixture.store.liveFeed(ConsoleRequest(scope: nil, asOf: Self.today, hazardRows: 10), onUpdate: nil))
        defer { feed.stop() }
        let first = try #require(feed.next { _ in true }, "a first update")
        try fixture.store.recordInspection("I2", doneOn: Self.today, hazards: [], stamp: StoreFixture.stamp, today: Self.today)
        let update = feed.next { $0.snapshot.inspections.doneThisMonth == first.snapshot.inspections.doneThisMonth + 1 }
        #expect(update?.dataChanged == true)
        #expect(update?.changedElsewhere == false)
    }

    /// Zooming on another county reads only that county's industries and towns: the update
    /// equals a whole read of the new request, on every backend.
    @Test(arguments: StoreBackend.all)
    func anotherCountysBreakdownEqualsAWholeRead(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let first = ConsoleRequest(scope: nil, asOf: Self.today, hazardRows: 10)
        let feed = FeedWatch(fixture.store.liveFeed(first, onUpdate: nil))
        defer { feed.stop() }
        let shown = try #require(feed.next { _ in true }, "a first update")
        let other = try #require(shown.snapshot.risk.map(\.name).first { $0 != shown.snapshot.breakdownCounty },
                                 "the contract data has a second county")
        var zoomed = first
        zoomed.breakdownCounty = other
        feed.feed.request(zoomed)
        let update = try #require(feed.next { $0.snapshot.breakdownCounty == other })
        #expect(!update.snapshot.riskByTown.isEmpty)
        #expect(update.snapshot == (try fixture.store.situation(zoomed, majorsAfter: nil).snapshot))
    }
}

/// Takes a live feed's updates as the console does, merging those not looked at yet, until one
/// matches (or 20 s have passed: a feed that never delivers fails the test, it does not hang it).
final class FeedWatch {
    let feed: any LiveFeed

    init(_ feed: any LiveFeed) {
        self.feed = feed
    }

    func next(_ condition: (ConsoleUpdate) -> Bool) -> ConsoleUpdate? {
        let deadline = ContinuousClock.now + .seconds(20)
        var seen: ConsoleUpdate?
        while ContinuousClock.now < deadline {
            if let update = feed.take().update {
                // What the console would know by now: the newest snapshot, and whether any
                // update since the last match said the data changed (elsewhere).
                var merged = update
                merged.dataChanged = update.dataChanged || (seen?.dataChanged ?? false)
                merged.changedElsewhere = update.changedElsewhere || (seen?.changedElsewhere ?? false)
                seen = merged
                if condition(merged) { return merged }
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return nil
    }

    /// Waits until the feed reports a failure (true), or 20 s.
    func failure() -> Bool {
        let deadline = ContinuousClock.now + .seconds(20)
        while ContinuousClock.now < deadline {
            if feed.take().failure != nil { return true }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return false
    }

    func stop() { feed.stop() }
}
