import SafetyCore
import SafetyStore
import StoreTestData
import Testing

/// The triage queue is every hazard not yet closed: a hazard marked rectified stays in it,
/// awaiting verification (待验收), counted as such by the console, until it is closed.
struct VerificationQueueContractTests {
    static let today = StoreFixture.today

    private func queueIds(_ store: any Store, _ filter: TriageFilter, sort: TriageSort = .urgency) throws -> (count: Int, ids: [String]) {
        let window = try store.triageWindow(filter: filter, sort: sort, descending: false, offset: 0, limit: 100, selection: 0, today: Self.today)
        return (window.count, window.rows.map(\.hazard.id))
    }

    private func awaiting(_ store: any Store, scope: String? = nil) throws -> Int {
        try store.situation(ConsoleRequest(scope: scope, asOf: Self.today, hazardRows: 5), majorsAfter: nil).snapshot.hazards.awaitingVerification
    }

    @Test(arguments: StoreBackend.all)
    func aRectifiedHazardStaysInTheQueueAwaitingVerificationUntilClosed(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let store = fixture.store
        #expect(try queueIds(store, TriageFilter()).ids.sorted() == ["H2", "H3"])
        #expect(try awaiting(store) == 0)

        try store.apply(.markRectified(on: Self.today, note: "已整改"), to: [.id("H3")], stamp: StoreFixture.stamp, today: Self.today)
        for sort in TriageSort.allCases {
            let queue = try queueIds(store, TriageFilter(), sort: sort)
            #expect(queue.ids.sorted() == ["H2", "H3"], "\(sort)")
            #expect(queue.count == 2, "\(sort): the count agrees with the rows")
            #expect(try store.triagePosition(of: "H3", filter: TriageFilter(), sort: sort, descending: false, today: Self.today) != nil)
        }
        var awaitingOnly = TriageFilter()
        awaitingOnly.statuses = [.rectified]
        #expect(try queueIds(store, awaitingOnly) == (1, ["H3"]))
        var general = TriageFilter(county: "荔城区")
        general.grade = .general
        #expect(try queueIds(store, general) == (1, ["H3"]), "the county and grade count adds the hazards awaiting verification")
        var openOnly = TriageFilter()
        openOnly.statuses = HazardStatus.unrectified
        #expect(try queueIds(store, openOnly) == (1, ["H2"]), "the open queue is still to be rectified only")
        #expect(try awaiting(store) == 1)
        #expect(try awaiting(store, scope: "荔城区") == 1)
        #expect(try awaiting(store, scope: "新泰市") == 0)

        try store.apply(.close(on: Self.today), to: [.id("H3")], stamp: StoreFixture.stamp, today: Self.today)
        #expect(try queueIds(store, TriageFilter()) == (1, ["H2"]))
        #expect(try awaiting(store) == 0)
    }

    /// With hazards awaiting verification among the others (and ties on every column), each
    /// order pages every row once, awaiting ones after the rest by urgency, where position says.
    @Test(arguments: StoreBackend.all, TriageSort.allCases)
    func theQueuePagesEachRowOnceWherePositionSaysItIs(backend: StoreBackend, sort: TriageSort) throws {
        let fixture = try StoreFixture(backend)
        try fixture.importFiles([("tied.csv", ContractData.tiedHazards)])
        for (descending, county) in [(false, nil), (true, nil), (false, "新泰市"), (true, "荔城区")] as [(Bool, String?)] {
            let filter = TriageFilter(county: county)
            let window = try fixture.store.triageWindow(filter: filter, sort: sort, descending: descending, offset: 0, limit: 100,
                                                        selection: 0, today: Self.today)
            let ids = window.rows.map(\.hazard.id)
            #expect(ids.count == window.count && Set(ids).count == ids.count, "\(sort) \(descending) \(county ?? "")")
            for (index, id) in ids.enumerated() {
                #expect(try fixture.store.triagePosition(of: id, filter: filter, sort: sort, descending: descending,
                                                         today: Self.today) == index, "\(sort) \(descending) \(county ?? "") \(id)")
            }
            if sort == .urgency, !descending {
                let statuses = window.rows.map(\.hazard.status)
                #expect(statuses.drop { $0 != .rectified }.allSatisfy { $0 == .rectified }, "awaiting verification last: \(ids)")
                #expect(statuses.contains(.rectified), "the fixture has hazards awaiting verification in both counties")
            }
        }
    }
}
