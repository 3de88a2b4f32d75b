import Foundation
import GRDB
import SafetyCore
@testable import SafetyStore
import Testing

/// The console feed sees commits made through another connection (as another process would
/// make them) and reports new major hazards once.
struct ConsoleFeedTests {
    private func waitForUpdate(_ feed: ConsoleFeed, timeout: Duration = .seconds(5),
                               where condition: (ConsoleUpdate) -> Bool) -> ConsoleUpdate? {
        let clock = ContinuousClock()
        let start = clock.now
        while start.duration(to: clock.now) < timeout {
            if let update = feed.take().update, condition(update) { return update }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return nil
    }

    @Test func aCommitFromAnotherConnectionArrivesWithItsNewMajorHazard() throws {
        let f = try Fixture()
        try f.loadAll()
        let feed = ConsoleFeed(database: f.database, request: ConsoleRequest(scope: nil, asOf: Fixture.today, hazardRows: 10),
                               interval: .milliseconds(50))
        defer { feed.stop() }
        let first = try #require(waitForUpdate(feed) { _ in true })
        #expect(first.newMajorHazards.isEmpty, "hazards already there are not news")
        #expect(!first.dataChanged)
        let openBefore = first.snapshot.hazards.open

        let other = try SafetyDatabase(path: f.database.path, actingAs: Fixture.otherStamp.operatorName)
        let file = try f.write("new.csv", """
            id,enterprise_id,county,found_on,source,grade,description,status,responsible,deadline,rectified_on,closed_on,listed_on,delisted_on
            H9,E3,新泰市,2025-06-29,inspection,major,井下通风机无备用电源,open,东都煤矿,,,,,

            """)
        _ = try CSVImporter(database: other, today: Fixture.today, stamp: Fixture.stamp).importFiles([file])

        let update = try #require(waitForUpdate(feed) { $0.dataChanged })
        #expect(update.newMajorHazards.map(\.hazard.id) == ["H9"])
        #expect(update.newMajorHazards.first?.enterpriseName == "新泰市东都煤矿")
        #expect(update.snapshot.hazards.open == openBefore + 1)
        #expect(update.snapshot.hazards.rows.first?.hazard.id == "H9", "a new major hazard with no deadline heads the queue")
    }

    /// A write of this store's own while the console is off screen (triage on screen) is read
    /// when the console is shown again, its new major hazard's alert with it.
    @Test func anOwnWriteOffScreenIsReadWhenTheConsoleIsShownAgain() throws {
        let f = try Fixture()
        try f.loadAll()
        var request = ConsoleRequest(scope: nil, asOf: Fixture.today, hazardRows: 10)
        let feed = ConsoleFeed(database: f.database, request: request, interval: .milliseconds(50))
        defer { feed.stop() }
        let first = try #require(waitForUpdate(feed) { _ in true })
        request.consoleShown = false
        feed.request(request)

        let file = try f.write("new.csv", """
            id,enterprise_id,county,found_on,source,grade,description,status,responsible,deadline,rectified_on,closed_on,listed_on,delisted_on
            H9,E3,新泰市,2025-06-29,inspection,major,井下通风机无备用电源,open,东都煤矿,,,,,

            """)
        _ = try CSVImporter(database: f.database, today: Fixture.today, stamp: Fixture.stamp).importFiles([file])

        request.consoleShown = true
        feed.request(request)
        let update = try #require(waitForUpdate(feed) { $0.dataChanged })
        #expect(update.snapshot.hazards.open == first.snapshot.hazards.open + 1)
        #expect(update.newMajorHazards.map(\.hazard.id) == ["H9"])
        #expect(!update.changedElsewhere)
    }

    /// The fallback poll is a minute here: only the file watch can bring the write in time.
    @Test func aCommitFromAnotherConnectionIsSeenWithoutWaitingForThePoll() throws {
        let f = try Fixture()
        try f.loadAll()
        let feed = ConsoleFeed(database: f.database, request: ConsoleRequest(scope: nil, asOf: Fixture.today, hazardRows: 10),
                               interval: .seconds(60))
        defer { feed.stop() }
        _ = try #require(waitForUpdate(feed) { _ in true })

        let other = try SafetyDatabase(path: f.database.path, actingAs: Fixture.otherStamp.operatorName)
        let file = try f.write("new.csv", """
            id,enterprise_id,county,found_on,source,grade,description,status,responsible,deadline,rectified_on,closed_on,listed_on,delisted_on
            H9,E3,新泰市,2025-06-29,inspection,major,井下通风机无备用电源,open,东都煤矿,,,,,

            """)
        _ = try CSVImporter(database: other, today: Fixture.today, stamp: Fixture.stamp).importFiles([file])

        let update = waitForUpdate(feed, timeout: .seconds(20)) { $0.dataChanged }
        #expect(update?.newMajorHazards.map(\.hazard.id) == ["H9"], "the import was not seen well before the minute's poll")
    }

    /// A request that moves only the queue's window is answered by reading the window (the rest
    /// kept): the snapshot equals a full read of that request, before and after a commit.
    @Test func aMovedQueueWindowEqualsAFullReadBeforeAndAfterACommit() throws {
        let f = try Fixture()
        try f.loadAll()
        let top = ConsoleRequest(scope: nil, asOf: Fixture.today, hazardRows: 1, hazardOffset: 0)
        let feed = ConsoleFeed(database: f.database, request: top, interval: .milliseconds(50))
        defer { feed.stop() }
        _ = try #require(waitForUpdate(feed) { _ in true })
        var moved = top
        moved.hazardOffset = 1
        feed.request(moved)
        let windowOnly = try #require(waitForUpdate(feed) { $0.snapshot.hazards.firstRow == 1 })
        #expect(windowOnly.snapshot == (try f.database.situation(moved, majorsAfter: nil).snapshot))
        #expect(windowOnly.snapshot.hazards.rows.count == 1)

        let other = try SafetyDatabase(path: f.database.path, actingAs: Fixture.otherStamp.operatorName)
        let file = try f.write("new.csv", """
            id,enterprise_id,county,found_on,source,grade,description,status,responsible,deadline,rectified_on,closed_on,listed_on,delisted_on
            H9,E3,新泰市,2025-06-29,inspection,major,井下通风机无备用电源,open,东都煤矿,,,,,

            """)
        _ = try CSVImporter(database: other, today: Fixture.today, stamp: Fixture.stamp).importFiles([file])
        let changed = try #require(waitForUpdate(feed) { $0.dataChanged })
        feed.request(top)
        let back = try #require(waitForUpdate(feed) { $0.snapshot.hazards.firstRow == 0 })
        #expect(back.snapshot.hazards.open == windowOnly.snapshot.hazards.open + 1)
        #expect(back.snapshot == (try f.database.situation(top, majorsAfter: nil).snapshot))
        #expect(changed.snapshot.hazards.open == back.snapshot.hazards.open)
    }

    /// The feed tells this store's own commits from everyone else's: the console's panels
    /// re-read for both, the view that wrote (and re-read) does not read a second time.
    @Test func ownCommitsAreToldFromOthers() throws {
        let f = try Fixture()
        try f.loadAll()
        let feed = ConsoleFeed(database: f.database, request: ConsoleRequest(scope: nil, asOf: Fixture.today, hazardRows: 10),
                               interval: .milliseconds(50))
        defer { feed.stop() }
        _ = try #require(waitForUpdate(feed) { _ in true })
        let hazard = Hazard(id: "H9", enterpriseId: "E3", county: "新泰市", foundOn: Day(iso: "2025-06-29")!, source: .inspection,
                            grade: .major, description: "井下通风机无备用电源", status: .open)
        try f.database.add(hazard, stamp: Fixture.stamp, today: Fixture.today)
        let own = try #require(waitForUpdate(feed) { $0.dataChanged })
        #expect(!own.changedElsewhere, "the store's own add")
        #expect(own.newMajorHazards.map(\.hazard.id) == ["H9"], "an own major hazard still alerts")

        let other = try SafetyDatabase(path: f.database.path, actingAs: Fixture.otherStamp.operatorName)
        var second = hazard
        second.id = "H10"
        try other.add(second, stamp: Fixture.otherStamp, today: Fixture.today)
        let elsewhere = try #require(waitForUpdate(feed) { $0.dataChanged })
        #expect(elsewhere.changedElsewhere, "another connection's add")
    }

    @Test func aNewRequestIsReadWithoutAnyCommit() throws {
        let f = try Fixture()
        try f.loadAll()
        let feed = ConsoleFeed(database: f.database, request: ConsoleRequest(scope: nil, asOf: Fixture.today, hazardRows: 10),
                               interval: .milliseconds(50))
        defer { feed.stop() }
        _ = try #require(waitForUpdate(feed) { _ in true })
        feed.request(ConsoleRequest(scope: "新泰市", asOf: Fixture.today, hazardRows: 10))
        let scoped = try #require(waitForUpdate(feed) { $0.snapshot.scope == "新泰市" })
        #expect(!scoped.dataChanged)
        #expect(scoped.snapshot.risk.map(\.name) == ["新泰市"])
        #expect(scoped.snapshot.hazards.rows.allSatisfy { $0.hazard.county == "新泰市" })
    }

    @Test(arguments: [0, 1, 3, 5, 50])
    func aWindowOfTheQueueIsTheSameRowsAsTheWholeQueueFromItsOffset(offset: Int) throws {
        let f = try Fixture()
        try f.loadAll()
        let (whole, window) = try f.database.pool.read { db in
            (try ConsoleSnapshot.read(db, scope: nil, asOf: Fixture.today, hazardRows: 1_000),
             try ConsoleSnapshot.read(db, scope: nil, asOf: Fixture.today, hazardRows: 2, hazardOffset: offset))
        }
        #expect(whole.hazards.rows.count == whole.hazards.open, "the fixture's whole queue fits in 1,000 rows")
        #expect(window.hazards.firstRow == offset)
        #expect(window.hazards.rows == Array(whole.hazards.rows.dropFirst(offset).prefix(2)))
        for index in offset..<(offset + 2) {
            #expect(window.hazards.row(at: index) == (index < whole.hazards.rows.count ? whole.hazards.rows[index] : nil))
        }
        #expect(window.hazards.row(at: offset - 1) == nil)
    }
}
