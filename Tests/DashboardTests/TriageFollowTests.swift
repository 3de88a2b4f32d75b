import Dashboard
import SafetyCore
import SafetyStore
import Testing

/// The triage window re-read after a change keeps the followed hazard selected wherever it is
/// now: at its old place, a few rows away (read off the window), far away (counted), or gone.
struct TriageFollowTests {
    static let query = TriageListQuery(filter: TriageFilter(), sort: .urgency, descending: false, today: BoardFixture.today)
    static let pageRows = 4

    /// (selection before, the followed hazard's place): its place, within the window read
    /// around the selection (three pages from 0), after it, and before it beyond the window.
    @Test(arguments: [(5, 5), (5, 8), (5, 1), (0, 30), (40, 2)])
    func theFollowedHazardIsSelectedWhereItIs(selection: Int, place: Int) throws {
        let fixture = try BoardFixture()
        let effects = TriageEffects(database: fixture.database, operatorName: "tester", clock: fixture.clock)
        let q = Self.query
        let hazard = try #require(fixture.database.triageWindow(filter: q.filter, sort: q.sort, descending: q.descending, offset: place,
                                                                limit: 1, selection: place, today: q.today).row(at: place)).hazard
        let id = hazard.id
        let read = try Self.read(effects, selection: selection, follow: id)
        #expect(read.window.enterprise?.id == hazard.enterpriseId, "the detail read is the followed hazard's")
        #expect(read.selection == place)
        #expect(read.lost == nil)
        #expect(read.range.contains(place))
        #expect(read.window.row(at: place)?.hazard.id == id)
        #expect(try fixture.database.triagePosition(of: id, filter: q.filter, sort: q.sort, descending: q.descending, today: q.today) == place)
    }

    @Test func aHazardThatMovedWithAWriteIsFollowedToItsNewPlace() throws {
        let fixture = try BoardFixture()
        let effects = TriageEffects(database: fixture.database, operatorName: "tester", clock: fixture.clock)
        let q = Self.query
        let first = try Self.moveTheMostUrgentDown(fixture)
        let place = try #require(try fixture.database.triagePosition(of: first.id, filter: q.filter, sort: q.sort,
                                                                     descending: q.descending, today: q.today))
        #expect(place >= 3 * Self.pageRows, "the write moved the hazard out of the first window")
        let read = try Self.read(effects, selection: 0, follow: first.id)
        #expect(read.selection == place)
        #expect(read.window.row(at: place)?.hazard.id == first.id)
        #expect(read.window.enterprise?.id == first.enterpriseId)
    }

    /// A hazard the write moved in the order is counted first and only the rows on screen
    /// around its new place are read (it at the bottom, as the list draws them): the same rows
    /// as the whole window has there.
    @Test func aMovedHazardIsCountedFirstAndTheScreenAroundItRead() throws {
        let fixture = try BoardFixture()
        let effects = TriageEffects(database: fixture.database, operatorName: "tester", clock: fixture.clock)
        let first = try Self.moveTheMostUrgentDown(fixture)
        let read = try Self.read(effects, selection: 0, follow: first.id, moved: true, span: .screen)
        let whole = try Self.read(effects, selection: 0, follow: first.id)
        #expect(read.lost == nil)
        #expect(read.selection == whole.selection)
        #expect(read.selection >= 3 * Self.pageRows, "the write moved the hazard out of the first window")
        #expect(read.window.row(at: read.selection)?.hazard.id == first.id)
        #expect(read.range == (read.selection - Self.pageRows + 1)..<(read.selection + 1))
        #expect(read.window.rows.count == Self.pageRows)
        #expect(read.range.map { read.window.row(at: $0)?.hazard.id } == read.range.map { whole.window.row(at: $0)?.hazard.id })
        #expect(read.window.enterprise?.id == first.enterpriseId)
    }

    /// The rest of a window, read after its screen, checks no evidence files again: the
    /// screen's read did, for the same selected hazard.
    @Test(arguments: [(TriageWindowRequest.Span.screen, true), (.window, true), (.rest, false)])
    func theSelectedHazardsFilesAreCheckedOncePerScreen(span: TriageWindowRequest.Span, checksFiles: Bool) throws {
        let fixture = try BoardFixture()
        let effects = TriageEffects(database: fixture.database, operatorName: "tester", clock: fixture.clock)
        let actions = effects.run(.readWindow(TriageWindowRequest(query: Self.query, selection: 0, pageRows: Self.pageRows,
                                                                  follow: nil, span: span, serial: 1)))
        #expect(actions.contains { if case .attachmentsRead = $0 { true } else { false } } == checksFiles)
        #expect(actions.contains { if case .windowRead = $0 { true } else { false } })
    }

    @Test func aMovedHazardThatLeftTheListLeavesTheScreenAroundTheSelection() throws {
        let fixture = try BoardFixture()
        let effects = TriageEffects(database: fixture.database, operatorName: "tester", clock: fixture.clock)
        let read = try Self.read(effects, selection: 7, follow: "NO-SUCH-HAZARD", moved: true, span: .screen)
        #expect(read.lost == "NO-SUCH-HAZARD")
        #expect(read.selection == 7)
        #expect(read.range == 4..<8)
    }

    @Test func aHazardThatLeftTheListIsReportedLostAndTheSelectionStays() throws {
        let fixture = try BoardFixture()
        let effects = TriageEffects(database: fixture.database, operatorName: "tester", clock: fixture.clock)
        let read = try Self.read(effects, selection: 7, follow: "NO-SUCH-HAZARD")
        #expect(read.selection == 7)
        #expect(read.lost == "NO-SUCH-HAZARD")
        #expect(read.window.row(at: 7) != nil)
    }

    /// A deadline far ahead takes the most urgent hazard down its grade, out of the first window;
    /// the hazard as it was.
    private static func moveTheMostUrgentDown(_ fixture: BoardFixture) throws -> Hazard {
        let first = try #require(fixture.openHazards(1).first)
        try fixture.database.apply(.setDeadline(BoardFixture.today.adding(days: 365)), to: [.id(first.id)],
                                   stamp: AuditStamp(operatorName: "tester", at: "2026-11-22T09:30:00Z"), today: query.today)
        return first
    }

    private static func read(_ effects: TriageEffects, selection: Int, follow: String, moved: Bool = false,
                             span: TriageWindowRequest.Span = .window) throws -> TriageWindowRead {
        let actions = effects.run(.readWindow(TriageWindowRequest(query: query, selection: selection, pageRows: pageRows,
                                                                  follow: follow, followMoved: moved, span: span, serial: 1)))
        guard case .windowRead(let read)? = actions.first else {
            Issue.record("no window read: \(actions)")
            throw CancellationError()
        }
        return read
    }
}
