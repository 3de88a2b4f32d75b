import Foundation
import GRDB
import SafetyCore
@testable import SafetyStore
import Testing

/// The store's SQL summaries against `SummaryTally`, the domain's reference computation over
/// the same records, and the trigger-kept summary tables against a full recount.
struct SummaryQueryTests {
    @Test(arguments: ["2025-03-01", "2025-03-02", "2025-04-30", "2025-05-01", "2025-05-02", "2025-06-10", "2025-06-11", "2025-06-30", "2026-11-22"])
    func sqlSummariesEqualTheReferenceTally(asOf iso: String) throws {
        let f = try Fixture()
        try f.loadAll()
        let asOf = try #require(Day(iso: iso))
        try f.database.pool.read { db in
            let tree = JurisdictionTree(try Jurisdiction.fetchAll(db))
            let enterprises = try Enterprise.fetchAll(db)
            let hazards = try Hazard.fetchAll(db)
            let trainings = try TrainingEvent.fetchAll(db)
            let inspections = try Inspection.fetchAll(db)
            let facts = try CountyFact.fetchAll(db)
            let summaries = try SummaryQuery.summaries(db, asOf: asOf)
            #expect(summaries.map(\.county) == ["荔城区", "新泰市"])
            for summary in summaries {
                let reference = SummaryTally.tally(
                    county: summary.county, jurisdictions: tree, enterprises: enterprises, hazards: hazards,
                    trainings: trainings, inspections: inspections, facts: facts, asOf: asOf)
                #expect(summary == reference, "\(summary.county ?? "all")")
            }
            let whole = SummaryTally.tally(county: nil, jurisdictions: tree, enterprises: enterprises, hazards: hazards,
                                           trainings: trainings, inspections: inspections, facts: facts, asOf: asOf)
            #expect(CountySummary.total(summaries) == whole)
        }
    }

    @Test func theRankingReadsTheFiguresItComparesAsTheFullSummaryHasThem() throws {
        let f = try Fixture()
        try f.loadAll()
        let full = try f.database.pool.read { try SummaryQuery.summaries($0, asOf: Fixture.today) }
        let ranking = try f.database.countyRanking(nil, asOf: Fixture.today)
        #expect(ranking.map(\.county) == full.map(\.county))
        for (ranked, whole) in zip(ranking, full) {
            #expect(ranked.hazards == whole.hazards)
            #expect(ranked.majorHazards == whole.majorHazards)
            #expect(ranked.enterprises.total == whole.enterprises.total)
            #expect(ranked.enterprises.byRisk == whole.enterprises.byRisk)
            #expect(ranked.inspections.all.planned == whole.inspections.all.planned)
            #expect(ranked.inspections.all.done == whole.inspections.all.done)
            #expect(ranked.inspections.all.overdue == whole.inspections.all.overdue)
        }
        #expect(full.contains { $0.towns > 0 && $0.training.sessions > 0 }, "the full summary has what the ranking leaves out")
    }

    @Test func aCountyNamedLikeAPrefectureIsListedOnce() throws {
        let f = try Fixture()
        try f.loadAll()
        try f.database.pool.write { db in
            try db.execute(sql: "UPDATE jurisdiction SET name = '新泰市' WHERE code = '370900'")
        }
        #expect(try f.database.countyNames() == ["荔城区", "新泰市"])
    }

    @Test func summaryTablesKeptByTriggersEqualARecount() throws {
        let f = try Fixture()
        try f.loadAll()
        // Changes after the import: an update that moves a hazard between statuses, a delete.
        try f.database.pool.write { db in
            try db.execute(sql: "UPDATE hazard SET status = 'rectified', rectified_on = '2025-06-20' WHERE id = 'H3'")
            try db.execute(sql: "DELETE FROM training WHERE id = 'T2'")
        }
        let kept = try f.database.summaryTableContents()
        try f.database.recountSummaries()
        #expect(try f.database.summaryTableContents() == kept)
        #expect(kept.values.contains { !$0.isEmpty }, "the summary tables hold rows")
    }

    @Test func oneCountysSummaryIsItsPartOfTheWhole() throws {
        let f = try Fixture()
        try f.loadAll()
        try f.database.pool.read { db in
            let all = try SummaryQuery.summaries(db, asOf: Fixture.today)
            #expect(all.count == 2)
            for summary in all {
                #expect(try SummaryQuery.summaries(db, counties: [summary.county!], asOf: Fixture.today) == [summary])
            }
        }
    }
}

