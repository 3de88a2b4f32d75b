import Dashboard
import Synchronization
import Foundation
import SafetyCore
import SafetyStore
import Testing

/// A commit between the count of a followed hazard's place and the read of the window there
/// (another office's write, an import) moves it off the counted place: the read counts again
/// rather than leave the selection on another hazard, which it would then follow.
struct TriageFollowRaceTests {
    @Test func aHazardMovedBetweenItsCountAndTheWindowReadIsCountedAgain() throws {
        let fixture = try BoardFixture()
        let q = TriageFollowTests.query
        let stamp = AuditStamp(operatorName: "tester", at: "2026-11-22T09:30:00Z")
        let first = try #require(fixture.openHazards(1).first)
        try fixture.database.apply(.setDeadline(BoardFixture.today.adding(days: 365)), to: [.id(first.id)], stamp: stamp, today: q.today)
        // Right after the count, another office gives a hazard above it a deadline a day later
        // than its own: that one goes below it, and it moves up a row.
        let other = try #require(fixture.openHazards(1).first)
        try #require(other.grade == first.grade && other.id != first.id)
        let store = MovingAfterCount(database: fixture.database) { database in
            try database.apply(.setDeadline(BoardFixture.today.adding(days: 366)), to: [.id(other.id)], stamp: stamp, today: q.today)
        }
        let before = try #require(try fixture.database.triagePosition(of: first.id, filter: q.filter, sort: q.sort,
                                                                      descending: q.descending, today: q.today))
        let effects = TriageEffects(database: store, operatorName: "tester", clock: fixture.clock)
        let actions = effects.run(.readWindow(TriageWindowRequest(query: q, selection: 0, pageRows: TriageFollowTests.pageRows,
                                                                  follow: first.id, span: .window, serial: 1)))
        guard case .windowRead(let read)? = actions.first else {
            Issue.record("no window read: \(actions)")
            return
        }
        let now = try #require(try fixture.database.triagePosition(of: first.id, filter: q.filter, sort: q.sort,
                                                                   descending: q.descending, today: q.today))
        #expect(store.counts.withLock { $0 } >= 2, "counted again after the move")
        #expect(now == before - 1, "the write moved it up a row")
        #expect(read.selection == now)
        #expect(read.window.row(at: read.selection)?.hazard.id == first.id)
        #expect(read.lost == nil)
    }
}

/// The fixture's store, with `afterFirstCount` run once right after the first position count.
private final class MovingAfterCount: TriageStore, DeadlineExtensions, EnterpriseFiles, HazardAttachments, SavedViews, Sendable {
    let database: SafetyDatabase
    let afterFirstCount: @Sendable (SafetyDatabase) throws -> Void
    let counts = Mutex(0)

    init(database: SafetyDatabase, afterFirstCount: @escaping @Sendable (SafetyDatabase) throws -> Void) {
        self.database = database
        self.afterFirstCount = afterFirstCount
    }

    func triagePosition(of id: String, filter: TriageFilter, sort: TriageSort, descending: Bool, today: Day) throws -> Int? {
        let position = try database.triagePosition(of: id, filter: filter, sort: sort, descending: descending, today: today)
        if counts.withLock({ $0 += 1; return $0 }) == 1 { try afterFirstCount(database) }
        return position
    }

    func triageWindow(filter: TriageFilter, sort: TriageSort, descending: Bool, offset: Int, limit: Int,
                      selection: Int, today: Day) throws -> TriageWindow {
        try database.triageWindow(filter: filter, sort: sort, descending: descending, offset: offset, limit: limit,
                                  selection: selection, today: today)
    }
    func triageDetail(of hazard: Hazard) throws -> (enterprise: Enterprise?, history: [AuditEntry]) { try database.triageDetail(of: hazard) }
    func triageSearch(_ text: String, filter: TriageFilter, sort: TriageSort, descending: Bool, today: Day,
                      offset: Int, limit: Int) throws -> [String] {
        try database.triageSearch(text, filter: filter, sort: sort, descending: descending, today: today, offset: offset, limit: limit)
    }
    func responsibleUnits(county: String, prefix: String) throws -> [String] { try database.responsibleUnits(county: county, prefix: prefix) }
    func apply(_ action: HazardAction, to bases: [TriageBasis], note: String?, stamp: AuditStamp, today: Day) throws -> [HazardChange] {
        try database.apply(action, to: bases, note: note, stamp: stamp, today: today)
    }
    func apply(_ actions: [HazardAction], to basis: TriageBasis, note: String?, stamp: AuditStamp, today: Day) throws -> [HazardChange] {
        try database.apply(actions, to: basis, note: note, stamp: stamp, today: today)
    }
    func undo(_ changes: [HazardChange], stamp: AuditStamp) throws -> [HazardChange] { try database.undo(changes, stamp: stamp) }
    func add(_ hazard: Hazard, note: String?, stamp: AuditStamp, today: Day) throws -> HazardChange {
        try database.add(hazard, note: note, stamp: stamp, today: today)
    }
    func requestExtension(_ id: String, until: Day, reason: String, stamp: AuditStamp, today: Day) throws -> DeadlineExtension {
        try database.requestExtension(id, until: until, reason: reason, stamp: stamp, today: today)
    }
    func decideExtension(_ id: String, approve: Bool, note: String?, stamp: AuditStamp, today: Day) throws
        -> (request: DeadlineExtension, change: HazardChange?) {
        try database.decideExtension(id, approve: approve, note: note, stamp: stamp, today: today)
    }
    func extensions(of id: String) throws -> [DeadlineExtension] { try database.extensions(of: id) }
    func enterpriseFile(_ id: String) throws -> EnterpriseFile? { try database.enterpriseFile(id) }
    func enterprises(county: String, offset: Int, limit: Int) throws -> CountyEnterprises {
        try database.enterprises(county: county, offset: offset, limit: limit)
    }
    func attach(_ id: String, file path: String, note: String?, stamp: AuditStamp) throws -> SafetyCore.Attachment {
        try database.attach(id, file: path, note: note, stamp: stamp)
    }
    func attachments(of id: String) throws -> [CheckedAttachment] { try database.attachments(of: id) }
    func savedViews() throws -> [SavedView] { try database.savedViews() }
    func saveView(_ view: SavedView) throws -> SavedViewSave { try database.saveView(view) }
    func deleteView(named name: String) throws { try database.deleteView(named: name) }
}
