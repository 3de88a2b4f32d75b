import Foundation
import SafetyCore
import SafetyStore
import StoreTestData
import Testing

/// What the store keeps at each write equals a recount, every list order pages through each
/// row once, and the live feed sees a write.
struct FiguresAndPagingContractTests {
    static let today = StoreFixture.today

    @Test(arguments: StoreBackend.all)
    func keptFiguresEqualARecountAfterWrites(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let store = fixture.store
        try store.apply(.setDeadline(Day(iso: "2025-07-05")!), to: [.id("H2")], stamp: StoreFixture.stamp, today: Self.today)
        try store.apply(.regrade(to: .major, reason: "复核"), to: [.id("H3")], stamp: StoreFixture.stamp, today: Self.today)
        let kept = try store.summaryTableContents()
        try store.recountSummaries()
        #expect(try store.summaryTableContents() == kept)

        let hazards = try fixture.allHazards().filter { $0.duplicateOf == nil }
        for summary in try store.summaries(counties: nil, asOf: Self.today) {
            let county = hazards.filter { $0.county == summary.county }
            #expect(summary.hazards.found == county.count, "\(summary.county ?? "?") found")
            #expect(summary.hazards.rectified == county.count { $0.status.isRectified }, "\(summary.county ?? "?") rectified")
            #expect(summary.majorHazards.found == county.count { $0.grade == .major }, "\(summary.county ?? "?") major")
        }
    }

    /// `optimize` gathers statistics (and rewrites the store with `vacuum`) and changes nothing
    /// the protocols show: every list in every order is as it was.
    @Test(arguments: StoreBackend.all, [false, true])
    func optimizeChangesNothingTheStoreShows(backend: StoreBackend, vacuum: Bool) throws {
        let fixture = try StoreFixture(backend)
        let before = try fixture.state()
        let pagesBefore = try TriageSort.allCases.map { sort in
            try fixture.store.triageWindow(filter: TriageFilter(), sort: sort, descending: false, offset: 0, limit: 50,
                                           selection: 0, today: StoreFixture.today).rows.map(\.hazard.id)
        }
        let report = try fixture.store.optimize(vacuum: vacuum)
        #expect(report.analyzed > 0)
        #expect(report.vacuumed == vacuum)
        #expect(try fixture.state() == before)
        let pagesAfter = try TriageSort.allCases.map { sort in
            try fixture.store.triageWindow(filter: TriageFilter(), sort: sort, descending: false, offset: 0, limit: 50,
                                           selection: 0, today: StoreFixture.today).rows.map(\.hazard.id)
        }
        #expect(pagesAfter == pagesBefore)
    }

    @Test(arguments: StoreBackend.all, TriageSort.allCases)
    func everyOrderPagesThroughEachRowOnceWherePositionSaysItIs(backend: StoreBackend, sort: TriageSort) throws {
        let fixture = try StoreFixture(backend)
        try fixture.importFiles([("tied.csv", ContractData.tiedHazards)])
        for descending in [false, true] {
            let filter = TriageFilter()
            let total = try fixture.store.triageWindow(filter: filter, sort: sort, descending: descending, offset: 0, limit: 1,
                                                      selection: 0, today: Self.today).count
            var ids: [String] = []
            for offset in stride(from: 0, to: total, by: 2) {
                let window = try fixture.store.triageWindow(filter: filter, sort: sort, descending: descending, offset: offset,
                                                           limit: 2, selection: offset, today: Self.today)
                ids += window.rows.map(\.hazard.id)
            }
            #expect(ids.count == total, "\(sort) \(descending)")
            #expect(Set(ids).count == ids.count, "\(sort) \(descending): a row came twice")
            for (index, id) in ids.enumerated() {
                #expect(try fixture.store.triagePosition(of: id, filter: filter, sort: sort, descending: descending,
                                                         today: Self.today) == index, "\(sort) \(descending) \(id)")
            }
        }
    }

    /// The filters whose counts and positions are summed from the summary tables where a range
    /// allows it (``KeptCells``): the queue still to be rectified, not yet closed, or awaiting
    /// verification; whole, of a county, of a grade; overdue or not.
    static let summedFilters: [TriageFilter] = {
        var filters: [TriageFilter] = []
        for statuses in [HazardStatus.unrectified, HazardStatus.unclosed, [.rectified]] {
            for county in [nil, "荔城区", "新泰市"] as [String?] {
                for grade in [nil, HazardGrade.major, .general] {
                    for overdue in [false, true] {
                        var filter = TriageFilter(county: county)
                        filter.statuses = statuses
                        filter.grade = grade
                        filter.overdueOnly = overdue
                        filters.append(filter)
                    }
                }
            }
        }
        return filters
    }()

    /// Every order, both ways, of every summed filter: each row's position is where paging finds it.
    @Test(arguments: StoreBackend.all, [TriageSort.urgency, .deadline, .county, .status])
    func positionsSummedFromTheSummaryTablesAreWherePagingFindsEachRow(backend: StoreBackend, sort: TriageSort) throws {
        let fixture = try StoreFixture(backend)
        try fixture.importFiles([("tied.csv", ContractData.tiedHazards)])
        // A deadline in another month and one far ahead, so ranges cross months both ways.
        try fixture.store.apply(.setDeadline(Day(iso: "2025-09-15")!), to: [.id("H11")], stamp: StoreFixture.stamp, today: Self.today)
        try fixture.store.apply(.setDeadline(Day(iso: "2025-05-25")!), to: [.id("H17")], stamp: StoreFixture.stamp, today: Self.today)
        var placed = 0
        for filter in Self.summedFilters {
            for descending in [false, true] {
                let window = try fixture.store.triageWindow(filter: filter, sort: sort, descending: descending, offset: 0, limit: 100,
                                                            selection: 0, today: Self.today)
                let ids = window.rows.map(\.hazard.id)
                let label = "\(sort) \(descending) \(filter.county ?? "-") \(filter.grade?.rawValue ?? "-") \(filter.statuses.count) \(filter.overdueOnly)"
                #expect(ids.count == window.count, "\(label): the count is the rows'")
                placed += ids.count
                for (index, id) in ids.enumerated() {
                    #expect(try fixture.store.triagePosition(of: id, filter: filter, sort: sort, descending: descending,
                                                             today: Self.today) == index, "\(label) \(id)")
                }
            }
        }
        #expect(placed > 200, "the fixture's lists hold rows to place")
    }

    /// A limited listing is the head of the whole listing, whatever the page size.
    @Test(arguments: StoreBackend.all, [(0, 1), (1, 1), (3, 2), (5, 100), (100, 3)])
    func aLimitedListingIsTheHeadOfTheWholeOne(backend: StoreBackend, limit: (Int, Int)) throws {
        let fixture = try StoreFixture(backend)
        try fixture.importFiles([("tied.csv", ContractData.tiedHazards)])
        let all = try fixture.allHazards().map(\.id)
        var filter = HazardFilter()
        filter.includeDuplicates = true
        var head: [String] = []
        try fixture.store.forEachHazard(filter, limit: limit.0, pageSize: limit.1) { head.append($0.id) }
        #expect(head == Array(all.prefix(limit.0)))
    }

    /// The console reads a window of the open queue at any offset; a window in the queue's
    /// second half is read from its end, and must hold the same rows as walking from the start.
    @Test(arguments: StoreBackend.all, [nil, "荔城区"])
    func theConsoleQueueWindowHoldsTheQueueRowsAtEveryOffset(backend: StoreBackend, scope: String?) throws {
        let fixture = try StoreFixture(backend)
        try fixture.importFiles([("tied.csv", ContractData.tiedHazards)])
        var queue: [String] = []
        try fixture.store.forEachHazard(HazardFilter(county: scope, statuses: HazardStatus.unrectified), pageSize: 3) {
            queue.append($0.id)
        }
        #expect(queue.count > 3, "the data set has an open queue to page through")
        for offset in 0..<queue.count {
            for rows in [1, 2, 5] {
                let request = ConsoleRequest(scope: scope, asOf: Self.today, hazardRows: rows, hazardOffset: offset)
                let window = try fixture.store.situation(request, majorsAfter: nil).snapshot.hazards
                #expect(window.open == queue.count)
                #expect(window.firstRow == offset)
                #expect(window.rows.map(\.hazard.id) == Array(queue[offset..<min(queue.count, offset + rows)]),
                        "offset \(offset), \(rows) rows")
            }
        }
    }

    @Test(arguments: StoreBackend.all)
    func theLiveFeedSeesAWriteFromAnotherConnection(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        let feed = fixture.store.liveFeed(ConsoleRequest(scope: nil, asOf: Self.today, hazardRows: 10), onUpdate: nil)
        defer { feed.stop() }
        func next(_ condition: (ConsoleUpdate) -> Bool) -> ConsoleUpdate? {
            let deadline = ContinuousClock.now + .seconds(20)
            while ContinuousClock.now < deadline {
                if let update = feed.take().update, condition(update) { return update }
                Thread.sleep(forTimeInterval: 0.01)
            }
            return nil
        }
        #expect(next { _ in true } != nil, "no first update")
        let hazard = try fixture.allHazards()[0]
        var added = hazard
        added.id = "CONTRACT-NEW"
        added.grade = .major
        added.status = .open
        added.responsible = nil
        added.deadline = nil
        added.rectifiedOn = nil
        added.closedOn = nil
        added.listedOn = nil
        added.delistedOn = nil
        added.duplicateOf = nil
        try fixture.connectAgain().add(added, stamp: StoreFixture.otherStamp, today: Self.today)
        let update = next { $0.newMajorHazards.contains { $0.hazard.id == "CONTRACT-NEW" } }
        #expect(update?.dataChanged == true)
    }
}
