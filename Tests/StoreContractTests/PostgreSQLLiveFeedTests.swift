import Foundation
import SafetyCore
import SafetyStore
import Testing

/// The PostgreSQL live feed's own connection: when it drops, the feed says so, connects again
/// and catches up by the change sequence on what was committed while it was away.
@Suite struct PostgreSQLLiveFeedTests {
    static let today = StoreFixture.today

    @Test func aDroppedListenConnectionReconnectsAndCatchesUpOnAChangeMadeMeanwhile() throws {
        let fixture = try StoreFixture(.postgreSQL)
        let store = try #require(fixture.store as? PostgreSQLStore)
        let feed = FeedWatch(store.liveFeed(ConsoleRequest(scope: nil, asOf: Self.today, hazardRows: 10), onUpdate: nil))
        defer { feed.stop() }
        let first = try #require(feed.next { _ in true }, "a first update")
        // Another office, connected before the database stops taking connections.
        let other = try fixture.connectAgain()
        _ = try other.countyNames()

        // No new connection to the database for now (open ones stay), so that the feed cannot
        // listen again before the change below is committed: only the catch-up can show it.
        let database = store.location.database
        let server = store.location.database("postgres")
        try Psql.run(server, "ALTER DATABASE \(database) ALLOW_CONNECTIONS false")
        defer { _ = try? Psql.run(server, "ALTER DATABASE \(database) ALLOW_CONNECTIONS true") }
        #expect(try Psql.run(server, """
            SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity
            WHERE datname = '\(database)' AND application_name = 'safetyboard live feed'
            """) == "1")
        #expect(feed.failure(), "the feed says it cannot listen")

        try other.recordInspection("I2", doneOn: Self.today, hazards: [], stamp: StoreFixture.otherStamp, today: Self.today)
        try Psql.run(server, "ALTER DATABASE \(database) ALLOW_CONNECTIONS true")
        let update = feed.next { $0.snapshot.inspections.doneThisMonth == first.snapshot.inspections.doneThisMonth + 1 }
        #expect(update?.dataChanged == true, "the change made while the feed was away")
        #expect(update?.changedElsewhere == true)
    }
}
