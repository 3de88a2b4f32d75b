import StoreTestData
import Foundation
import GRDB
import SafetyCore
@testable import SafetyStore
import Testing

/// A file large against its table is loaded with secondary indexes and summary triggers set
/// aside (`BulkLoad`): it must leave exactly what the row-by-row load leaves, and nothing at
/// all when it fails.
@Suite struct BulkImportTests {
    static let rows = GeneratedRows()

    /// Generated roster and records, written once into `f`'s folder.
    private func files(_ f: Fixture, hazards: String) throws -> [String] {
        [try f.write("g-enterprises.csv", Self.rows.enterprises(120)),
         try f.write("g-hazards.csv", hazards),
         try f.write("g-trainings.csv", Self.rows.trainings(300)),
         try f.write("g-inspections.csv", Self.rows.inspections(400, enterprises: 120))]
    }

    /// The fixture's small data set, written into `f`'s folder.
    private func fixtureFiles(_ f: Fixture) throws -> [String] {
        try [("jurisdictions", ContractData.jurisdictions), ("enterprises", ContractData.enterprises), ("hazards", ContractData.hazards),
             ("trainings", ContractData.trainings), ("inspections", ContractData.inspections)].map { try f.write("\($0.0).csv", $0.1) }
    }

    /// A new database holding the files `base` (loaded row by row, as small files are), then
    /// `paths` imported with `policy`. The same paths give the same audit rows.
    private func load(base: [String], _ paths: [String], policy: BulkLoadPolicy) throws -> (Fixture, ImportSummary) {
        let f = try Fixture()
        _ = try f.importer.importFiles(base)
        var importer = f.importer
        importer.bulkLoad = policy
        return (f, try importer.importFiles(paths))
    }

    @Test func bulkAndRowByRowLoadsLeaveTheSameRowsSummariesAndSchema() throws {
        let source = try Fixture()
        let base = try fixtureFiles(source)
        let paths = try files(source, hazards: Self.rows.hazards(2_500, enterprises: 120))
        let (bulk, bulkSummary) = try load(base: base, paths, policy: .always)
        let (rowByRow, rowSummary) = try load(base: base, paths, policy: .never)

        #expect(bulkSummary.files.allSatisfy { $0.bulkLoaded })
        #expect(!rowSummary.files.contains { $0.bulkLoaded })
        #expect(bulkSummary.files.map { $0.rows } == [120, 2_500, 300, 400])
        let kept = try StoredState(bulk.database)
        let keptRowByRow = try StoredState(rowByRow.database)
        #expect(kept.schema == keptRowByRow.schema)
        #expect(kept.withoutAuditTimes.differences(from: keptRowByRow.withoutAuditTimes) == [])
        // The summaries count the fixture's rows that were there before, not only the new ones.
        let found = kept.rows["county_hazard_stats"]?.compactMap { Int($0[1]) }.reduce(0, +)
        #expect(found == 2_504)
        let summaries = try bulk.database.summaryTableContents()
        try bulk.database.recountSummaries()
        #expect(summaries == (try bulk.database.summaryTableContents()))
    }

    @Test func aLargeFileIsBulkLoadedAndASmallOneIsNot() throws {
        let source = try Fixture()
        let large = try source.write("large.csv", Self.rows.hazards(BulkLoad.minimumRows + 10, enterprises: 120))
        let small = try source.write("small.csv", Self.rows.hazards(50, enterprises: 120))
        let roster = try source.write("g-enterprises.csv", Self.rows.enterprises(120))
        let base = try fixtureFiles(source)
        let largeLoad = try load(base: base, [roster, large], policy: .automatic).1.files.map { $0.bulkLoaded }
        let smallLoad = try load(base: base, [roster, small], policy: .automatic).1.files.map { $0.bulkLoaded }
        #expect(largeLoad == [false, true])
        #expect(smallLoad == [false, false])
    }

    @Test func bulkLoadPaysForALargeFileAgainstASmallerTable() {
        #expect(BulkLoad.pays(fileRows: 3_000_000, tableRows: 0))
        #expect(BulkLoad.pays(fileRows: 3_000_000, tableRows: 6_000_000))
        #expect(!BulkLoad.pays(fileRows: 3_000_000, tableRows: 6_000_001))
        #expect(!BulkLoad.pays(fileRows: BulkLoad.minimumRows - 1, tableRows: 0))
    }

    /// A failure after the indexes and triggers are dropped and most rows are in: the
    /// rollback must bring back every index and trigger as it was, and no row.
    @Test(arguments: [(BulkLoadPolicy.always, 3_000), (.automatic, BulkLoad.minimumRows + 500)])
    func aBulkLoadThatFailsNearTheEndLeavesSchemaAndRowsAsTheyWere(policy: BulkLoadPolicy, count: Int) throws {
        let f = try Fixture()
        try f.loadAll()
        let before = try StoredState(f.database)
        let hazards = Self.rows.hazards(count, enterprises: 120, bad: [count - 2])
        var importer = f.importer
        importer.bulkLoad = policy
        let paths = try files(f, hazards: hazards)
        #expect(throws: ImportFailure(issues: [ImportIssue(file: paths[1], line: GeneratedRows.hazardLine(count - 2), column: "found_on",
                                                           message: "'2025-13-01' is not a date; write it as YYYY-MM-DD (e.g. 2025-06-11)")])) {
            try importer.importFiles(paths)
        }
        let after = try StoredState(f.database)
        #expect(after.schema == before.schema)
        #expect(after.differences(from: before) == [])
    }
}
