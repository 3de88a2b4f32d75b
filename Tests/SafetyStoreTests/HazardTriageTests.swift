import Foundation
import GRDB
import SafetyCore
@testable import SafetyStore
import Testing

/// Triage writes: the change and its audit row together, refusals that change nothing,
/// stale reads refused only when they touch the same fields, undo, add, and the summary
/// tables kept equal to a full recount.
struct HazardTriageTests {
    private func fixture() throws -> (Fixture, HazardTriage) {
        let f = try Fixture()
        try f.loadAll()
        return (f, HazardTriage(database: f.database))
    }

    private func tracked(_ f: Fixture, _ id: String) throws -> TrackedHazard {
        try f.database.pool.read { try TrackedHazard.find($0, id: id) }
    }

    private func history(_ f: Fixture, _ id: String) throws -> [AuditEntry] {
        try f.database.pool.read { try AuditEntry.history($0, entity: "hazard", id: id) }
    }

    static let day = Fixture.today
    static let other = Fixture.otherStamp

    /// Each action from a state that allows it: the record after it, and the audit row.
    @Test(arguments: [
        ("H3", HazardAction.assign(responsible: "鞋业二厂 张厂长", deadline: Day(iso: "2025-07-15")!), "assign",
         #"{"deadline":null,"responsible":null,"status":"open"}"# as String?, #"{"deadline":"2025-07-15","responsible":"鞋业二厂 张厂长","status":"assigned"}"# as String?, nil as String?),
        ("H2", .setDeadline(Day(iso: "2025-07-30")!), "set_deadline", #"{"deadline":"2025-05-01"}"#, #"{"deadline":"2025-07-30"}"#, nil),
        ("H2", .markRectified(on: day, note: "已办理审批并配监护人"), "mark_rectified",
         #"{"rectified_on":null,"status":"rectifying"}"#, #"{"rectified_on":"2025-06-30","status":"rectified"}"#, "已办理审批并配监护人"),
        ("H1", .reopen(reason: "复查发现通道再次堵塞"), "reopen",
         #"{"closed_on":"2025-03-15","rectified_on":"2025-03-10","status":"closed"}"#, #"{"closed_on":null,"rectified_on":null,"status":"assigned"}"#, "复查发现通道再次堵塞"),
        ("H3", .regrade(to: .major, reason: "涉及人员密集场所"), "regrade", #"{"grade":"general"}"#, #"{"grade":"major"}"#, "涉及人员密集场所"),
        ("H3", .comment("已电话通知企业"), "comment", nil, nil, "已电话通知企业"),
    ])
    func anActionWritesTheChangeAndItsAuditRow(id: String, action: HazardAction, name: String, before: String?, after: String?, note: String?) throws {
        let (f, triage) = try fixture()
        let seen = try tracked(f, id)
        let changes = try triage.apply(action, to: [.seen(seen)], stamp: Fixture.stamp, today: Self.day)
        let now = try tracked(f, id)
        #expect(changes.first?.after == now.hazard)
        #expect(now.revision == seen.revision + (before == nil ? 0 : 1))
        let last = try #require(try history(f, id).last)
        #expect(last.action == name)
        #expect(last.operatorName == "tester")
        #expect(last.at == Fixture.stamp.at)
        #expect(last.before == before)
        #expect(last.after == after)
        #expect(last.note == note)
    }

    @Test func aHazardTakenThroughEveryStepHasOneAuditRowPerStep() throws {
        let (f, triage) = try fixture()
        let steps: [(HazardAction, [HazardField])] = [
            (.assign(responsible: "二厂 张厂长", deadline: Day(iso: "2025-07-10")!), [.status, .responsible, .deadline]),
            (.startRectifying, [.status]),
            (.regrade(to: .major, reason: "宿舍与车间同楼"), [.grade]),
            (.list(on: Self.day), [.listedOn]),
            (.markRectified(on: Self.day, note: "已拆除充电插座"), [.status, .rectifiedOn]),
            (.close(on: Self.day), [.status, .closedOn]),
            (.delist(on: Self.day), [.delistedOn]),
        ]
        for (action, fields) in steps {
            let before = try tracked(f, "H3")
            try triage.apply(action, to: [.seen(before)], stamp: Fixture.stamp, today: Self.day)
            let after = try tracked(f, "H3")
            #expect(before.hazard.changedFields(to: after.hazard) == fields, "\(action.kind)")
            #expect(after.revision == before.revision + 1)
            #expect(after.updatedBy == "tester")
            let entry = try #require(try history(f, "H3").last)
            #expect(entry.action == action.kind.rawValue)
            for field in fields {
                #expect(entry.before?.contains("\"\(field.rawValue)\"") == true && entry.after?.contains("\"\(field.rawValue)\"") == true)
            }
        }
        #expect(try history(f, "H3").count == steps.count)
        // Closed and delisted: 摘牌销号 is final, reopening is refused.
        #expect(throws: TriageError.self) {
            try triage.apply(.reopen(reason: "复查"), to: [.id("H3")], stamp: Fixture.stamp, today: Self.day)
        }
    }

    @Test func aRefusedActionChangesNothingAndSaysWhy() throws {
        let (f, triage) = try fixture()
        let before = try f.contents()
        #expect {
            try triage.apply(.close(on: Self.day), to: [.id("H3")], stamp: Fixture.stamp, today: Self.day)
        } throws: { error in
            guard case let TriageError.refused(refusal) = error else { return false }
            return refusal.description.contains("H3") && "\(error)".contains("rectified")
        }
        #expect(try f.contents() == before)
    }

    @Test func aBatchIsAllOrNothing() throws {
        let (f, triage) = try fixture()
        let before = try f.contents()
        // H1 is closed: it cannot get a deadline, so H2 and H3 do not get one either.
        #expect(throws: TriageError.self) {
            try triage.apply(.setDeadline(Day(iso: "2025-07-31")!), to: [.id("H2"), .id("H1"), .id("H3")],
                             stamp: Fixture.stamp, today: Self.day)
        }
        #expect(try f.contents() == before)
    }

    @Test func aStaleReadOfTheSameFieldIsRefusedWithTheFreshRecord() throws {
        let (f, triage) = try fixture()
        let seen = try tracked(f, "H2")
        try HazardTriage(database: f.otherConsole).apply(.setDeadline(Day(iso: "2025-07-10")!), to: [.id("H2")], stamp: Self.other, today: Self.day)
        #expect {
            try triage.apply(.setDeadline(Day(iso: "2025-07-20")!), to: [.seen(seen)], stamp: Fixture.stamp, today: Self.day)
        } throws: { error in
            guard case let TriageError.changed(hazard, by, at, fresh) = error else { return false }
            return hazard == "H2" && by == "second-console" && at == Self.other.at && fresh.hazard.deadline == Day(iso: "2025-07-10")
                && "\(error)".contains("changed by second-console at \(Self.other.at) — reloaded")
        }
        #expect(try tracked(f, "H2").hazard.deadline == Day(iso: "2025-07-10"), "the other console's deadline stands")
    }

    @Test func aStaleReadOfOtherFieldsIsAppliedToTheCurrentRecord() throws {
        let (f, triage) = try fixture()
        let seen = try tracked(f, "H2")
        try HazardTriage(database: f.otherConsole).apply(.assign(responsible: "安全科 周科长", deadline: nil), to: [.id("H2")], stamp: Self.other, today: Self.day)
        try triage.apply(.setDeadline(Day(iso: "2025-07-20")!), to: [.seen(seen)], stamp: Fixture.stamp, today: Self.day)
        let now = try tracked(f, "H2").hazard
        #expect(now.responsible == "安全科 周科长", "nothing is lost")
        #expect(now.deadline == Day(iso: "2025-07-20"))
    }

    @Test func aScriptNamingAnOldRevisionIsRefused() throws {
        let (f, triage) = try fixture()
        let revision = try tracked(f, "H3").revision
        try HazardTriage(database: f.otherConsole).apply(.comment("先到"), to: [.id("H3", expectedRevision: revision)], stamp: Self.other, today: Self.day)
        try HazardTriage(database: f.otherConsole).apply(.regrade(to: .major, reason: "人员密集"), to: [.id("H3", expectedRevision: revision)], stamp: Self.other, today: Self.day)
        #expect(throws: TriageError.self) {
            try triage.apply(.regrade(to: .major, reason: "x"), to: [.id("H3", expectedRevision: revision)], stamp: Fixture.stamp, today: Self.day)
        }
    }

    @Test func undoPutsBackTheFieldsAsAnAuditedAction() throws {
        let (f, triage) = try fixture()
        let original = try tracked(f, "H2").hazard
        let changes = try triage.apply(.markRectified(on: Self.day, note: "整改完毕"), to: [.id("H2")], stamp: Fixture.stamp, today: Self.day)
        try triage.undo(changes, stamp: Fixture.stamp)
        #expect(try tracked(f, "H2").hazard == original)
        let actions = try history(f, "H2").map(\.action)
        #expect(actions.suffix(2) == ["mark_rectified", "undo"])
        #expect(try history(f, "H2").last?.note == "undo mark_rectified")
    }

    @Test func undoAfterSomeoneElseChangedTheHazardIsRefused() throws {
        let (f, triage) = try fixture()
        let changes = try triage.apply(.setDeadline(Day(iso: "2025-07-05")!), to: [.id("H2")], stamp: Fixture.stamp, today: Self.day)
        try HazardTriage(database: f.otherConsole).apply(.assign(responsible: "另一人", deadline: nil), to: [.id("H2")], stamp: Self.other, today: Self.day)
        #expect(throws: TriageError.self) { try triage.undo(changes, stamp: Fixture.stamp) }
        #expect(try tracked(f, "H2").hazard.responsible == "另一人")
    }

    @Test func mergingADuplicateTakesItOutOfEverySummary() throws {
        let (f, triage) = try fixture()
        let found = { try f.database.pool.read { try Int.fetchOne($0, sql: "SELECT found FROM county_hazard_stats WHERE county = '荔城区'") } }
        let before = try #require(try found())
        let twin = Hazard(id: "H5", enterpriseId: "E2", county: "荔城区", foundOn: Day(iso: "2025-06-03")!, source: .gridMember,
                          grade: .general, description: "电动车在室内充电", status: .open)
        try triage.add(twin, stamp: Fixture.stamp, today: Self.day)
        #expect(try found() == before + 1)
        let listed = try f.database.pool.read {
            try TriageQuery.page($0, filter: TriageFilter(county: "荔城区"), sort: .found, offset: 0, limit: 50, today: Self.day)
        }
        #expect(listed.first { $0.hazard.id == "H5" }?.likelyDuplicateOf == "H3")
        #expect(listed.first { $0.hazard.id == "H3" }?.likelyDuplicateOf == nil, "the original is the one kept")

        try triage.apply(.markDuplicate(of: "H3"), to: [.id("H5")], stamp: Fixture.stamp, today: Self.day)
        #expect(try found() == before)
        let recounted = try f.database.summaryTableContents()
        try f.database.recountSummaries()
        #expect(try f.database.summaryTableContents() == recounted, "triggers agree with a full recount")
        #expect(try history(f, "H5").map(\.action) == ["add", "mark_duplicate"])
    }

    @Test func addRefusesAnUnknownEnterpriseAndARepeatedId() throws {
        let (f, triage) = try fixture()
        let before = try f.contents()
        var hazard = Hazard(id: "H9", enterpriseId: "E404", county: "荔城区", foundOn: Self.day, source: .inspection,
                            grade: .general, description: "配电箱无防护", status: .open)
        #expect(throws: TriageError.unknownEnterprise(hazard: "H9", enterpriseId: "E404")) {
            try triage.add(hazard, stamp: Fixture.stamp, today: Self.day)
        }
        hazard.id = "H1"
        hazard.enterpriseId = "E1"
        #expect(throws: TriageError.duplicateId(hazard: "H1")) { try triage.add(hazard, stamp: Fixture.stamp, today: Self.day) }
        #expect(try f.contents() == before)
    }

    @Test(arguments: TriageSort.allCases, [false, true])
    func pagesCoverTheListOnceInEverySort(sort: TriageSort, descending: Bool) throws {
        let (f, triage) = try fixture()
        for (index, id) in ["H5", "H6", "H7"].enumerated() {
            try triage.add(Hazard(id: id, enterpriseId: "E\(index + 1)", county: index == 2 ? "新泰市" : "荔城区", foundOn: Self.day,
                                  source: .inspection, grade: index == 0 ? .major : .general, description: "新隐患\(index)", status: .open),
                           stamp: Fixture.stamp, today: Self.day)
        }
        for (statuses, county) in [(Set<HazardStatus>(), nil), (HazardStatus.unrectified, nil), (HazardStatus.unrectified, "荔城区")] {
            var filter = TriageFilter(county: county)
            filter.statuses = statuses
            let (count, whole, pages) = try f.database.pool.read { db in
                let count = try TriageQuery.count(db, filter: filter, today: Self.day)
                // One row at a time, the second half read from the end as the console does.
                return (count,
                        try TriageQuery.page(db, filter: filter, sort: sort, descending: descending, offset: 0, limit: 100, today: Self.day),
                        try (0..<count).flatMap {
                            try TriageQuery.page(db, filter: filter, sort: sort, descending: descending, offset: $0, limit: 1,
                                                 total: count, today: Self.day)
                        })
            }
            #expect(count > 2, "enough rows for a second half read from the end")
            #expect(whole.count == count)
            #expect(pages.map(\.hazard.id) == whole.map(\.hazard.id), "every row once, in the list's order")
        }
    }

    @Test func searchGivesPositionsInTheListOrder() throws {
        let (f, _) = try fixture()
        var filter = TriageFilter()
        filter.statuses = []
        let (positions, rows) = try f.database.pool.read { db in
            (try TriageQuery.search(db, "荔城区某鞋业", filter: filter, sort: .found, today: Self.day),
             try TriageQuery.page(db, filter: filter, sort: .found, offset: 0, limit: 10, today: Self.day))
        }
        #expect(positions == ["H3"])
        #expect(rows.contains { $0.hazard.id == "H3" })
        let byText = try f.database.pool.read { try TriageQuery.search($0, "瓦斯", filter: filter, sort: .found, today: Self.day) }
        #expect(byText == ["H4"])
        let byId = try f.database.pool.read { try TriageQuery.search($0, "H", filter: filter, sort: .found, today: Self.day) }
        #expect(byId == rows.map(\.hazard.id), "in list order")
        let percent = try f.database.pool.read { try TriageQuery.search($0, "%", filter: filter, sort: .found, today: Self.day) }
        #expect(percent.isEmpty, "a % is searched for, not a wildcard")
    }

    @Test func searchReadInBatchesGivesEveryMatchOnceInOrder() throws {
        let (f, _) = try fixture()
        var filter = TriageFilter()
        filter.statuses = []
        let whole = try f.database.pool.read { try TriageQuery.search($0, "H", filter: filter, sort: .urgency, today: Self.day, limit: 100) }
        var batched: [String] = []
        while true {
            let next = try f.database.triageSearch("H", filter: filter, sort: .urgency, descending: false, today: Self.day,
                                                   offset: batched.count, limit: 2)
            batched += next
            if next.count < 2 { break }
        }
        #expect(whole.count > 2, "more than one batch")
        #expect(batched == whole)
    }

    @Test func filtersCombine() throws {
        let (f, _) = try fixture()
        var filter = TriageFilter(county: "荔城区")
        filter.statuses = []
        filter.grade = .major
        filter.listedOnly = true
        let ids = try f.database.pool.read {
            try TriageQuery.page($0, filter: filter, sort: .urgency, offset: 0, limit: 10, today: Self.day).map(\.hazard.id)
        }
        #expect(ids == ["H2"])
        filter.listedOnly = false
        filter.overdueOnly = true
        filter.town = "黄石镇"
        #expect(try f.database.pool.read { try TriageQuery.count($0, filter: filter, today: Self.day) } == 1)
        filter.industry = "鞋服"
        #expect(try f.database.pool.read { try TriageQuery.count($0, filter: filter, today: Self.day) } == 0)
    }

    @Test func recordingAnInspectionDoneLinksItsHazardsAllOrNothing() throws {
        let (f, _) = try fixture()
        let before = try f.contents()
        #expect(throws: InspectionRecordError.otherEnterprise(id: "I2", hazard: "H1", enterprise: "E2")) {
            try f.database.recordInspection("I2", doneOn: Self.day, hazards: ["H3", "H1"], stamp: Fixture.stamp, today: Self.day)
        }
        #expect(throws: InspectionRecordError.inFuture(id: "I2", day: Self.day.adding(days: 1), today: Self.day)) {
            try f.database.recordInspection("I2", doneOn: Self.day.adding(days: 1), hazards: [], stamp: Fixture.stamp, today: Self.day)
        }
        #expect(throws: InspectionRecordError.alreadyDone(id: "I1", on: Day(iso: "2025-03-02")!)) {
            try f.database.recordInspection("I1", doneOn: Self.day, hazards: [], stamp: Fixture.stamp, today: Self.day)
        }
        #expect(try f.contents() == before, "a refused record changes nothing")

        try f.database.recordInspection("I2", doneOn: Self.day, hazards: ["H3"], stamp: Fixture.stamp, today: Self.day)
        let (done, found, link) = try f.database.pool.read { db in
            (try String.fetchOne(db, sql: "SELECT done_on FROM inspection WHERE id = 'I2'"),
             try Int.fetchOne(db, sql: "SELECT hazards_found FROM inspection WHERE id = 'I2'"),
             try String.fetchOne(db, sql: "SELECT inspection_id FROM hazard WHERE id = 'H3'"))
        }
        #expect(done == Self.day.iso && found == 1 && link == "I2")
        #expect(try f.database.pool.read { try AuditEntry.history($0, entity: "inspection", id: "I2") }.map(\.action) == ["done"])
        let kept = try f.database.summaryTableContents()
        try f.database.recountSummaries()
        #expect(try f.database.summaryTableContents() == kept)
    }

    @Test(arguments: [(nil, nil), ("荔城区", nil), (nil, HazardGrade.major), ("荔城区", .major), ("新泰市", .general),
                      (nil, .general)] as [(String?, HazardGrade?)], [false, true])
    func theCountKeptInSummaryTablesEqualsTheRowsListed(place: (county: String?, grade: HazardGrade?), overdue: Bool) throws {
        let (f, triage) = try fixture()
        try triage.add(Hazard(id: "H7", enterpriseId: "E3", county: "新泰市", foundOn: Self.day, source: .inspection, grade: .major,
                              description: "提升机制动失灵", status: .open), stamp: Fixture.stamp, today: Self.day)
        for (id, county, enterprise, grade) in [("H8", "新泰市", "E3", HazardGrade.general), ("H9", "荔城区", "E2", .major)] {
            try triage.add(Hazard(id: id, enterpriseId: enterprise, county: county, foundOn: Self.day.adding(days: -20),
                                  source: .inspection, grade: grade, description: "逾期隐患", status: .assigned,
                                  responsible: "安全科", deadline: Self.day.adding(days: -3)), stamp: Fixture.stamp, today: Self.day)
        }
        var filter = TriageFilter(county: place.county)
        filter.grade = place.grade
        filter.overdueOnly = overdue
        let (count, rows) = try f.database.pool.read { db in
            (try TriageQuery.count(db, filter: filter, today: Self.day),
             try TriageQuery.page(db, filter: filter, sort: .urgency, offset: 0, limit: 1_000, today: Self.day))
        }
        #expect(count == rows.count)
        #expect(rows.allSatisfy { !overdue || ($0.hazard.deadline.map { $0 < Self.day } ?? false) })
    }

    @Test(arguments: TriageSort.allCases, [false, true])
    func theFollowedPositionIsTheRowsPlaceInTheList(sort: TriageSort, descending: Bool) throws {
        let (f, triage) = try fixture()
        for (index, id) in ["H5", "H6", "H7"].enumerated() {
            try triage.add(Hazard(id: id, enterpriseId: "E\(index + 1)", county: index == 2 ? "新泰市" : "荔城区", foundOn: Self.day,
                                  source: .inspection, grade: index == 0 ? .major : .general, description: "新隐患\(index)", status: .open),
                           stamp: Fixture.stamp, today: Self.day)
        }
        try triage.apply(.setDeadline(Day(iso: "2025-07-02")!), to: [.id("H6")], stamp: Fixture.stamp, today: Self.day)
        for (statuses, county) in [(HazardStatus.unrectified, nil), ([], nil), (HazardStatus.unrectified, "荔城区")] as [(Set<HazardStatus>, String?)] {
            var filter = TriageFilter(county: county)
            filter.statuses = statuses
            let rows = try f.database.pool.read {
                try TriageQuery.page($0, filter: filter, sort: sort, descending: descending, offset: 0, limit: 100, today: Self.day)
            }
            for (index, row) in rows.enumerated() {
                let position = try f.database.triagePosition(of: row.hazard.id, filter: filter, sort: sort, descending: descending, today: Self.day)
                #expect(position == index, "\(row.hazard.id)")
            }
            #expect(try f.database.triagePosition(of: "H1", filter: TriageFilter(), sort: sort, descending: descending, today: Self.day) == nil,
                    "a closed hazard is not in the open list")
        }
    }

    @Test func theInspectionPanelCountsRedEnterprisesVisitedThisMonth() throws {
        let (f, _) = try fixture()
        let read = { try f.database.pool.read { try ConsoleSnapshot.read($0, scope: nil, asOf: Self.day, hazardRows: 10).inspections } }
        #expect(try read().redTotal == 1)
        #expect(try read().redVisited == 0, "E3's only inspection was in February")
        let file = try f.write("i.csv", """
            id,county,enterprise_id,kind,planned_on,done_on,team,hazards_found,inspectors
            I9,新泰市,E3,routine,2025-06-20,,矿山组,0,0

            """)
        _ = try f.importer.importFiles([file])
        try f.database.recordInspection("I9", doneOn: Day(iso: "2025-06-21")!, hazards: [], stamp: Fixture.stamp, today: Self.day)
        #expect(try read().redVisited == 1)
    }
}

