import StoreTestData
import Foundation
import SafetyCore
import SafetyStore
import Testing

/// Imports larger than one batch of PostgreSQL's COPY (20,000 rows, the next batch read while
/// the last is sent): a bad row after the first batch is still named by file, line and column
/// and changes nothing; a good file's summaries equal a recount and its digest verifies.
struct LargeImportContractTests {
    /// Rows of the big hazards file: two COPY batches and a part.
    static let rows = 45_000
    /// The row (0-based) that the bad file breaks: in the second batch.
    static let badRow = 30_000

    /// A hazards file of `rows` rows at the contract's enterprises, with the characters COPY
    /// escapes (tab, backslash), a quoted line break in row 5 and a quoted CRLF in row 6 (one
    /// Character, once sent to COPY unescaped); `broken` makes `badRow`'s
    /// status one that does not exist.
    static func hazards(broken: Bool) -> String {
        var text = "id,enterprise_id,county,found_on,source,grade,description,status,responsible,deadline,rectified_on,closed_on,listed_on,delisted_on,reward_yuan\n"
        let places = [("E1", "荔城区"), ("E2", "荔城区"), ("E3", "新泰市")]
        let statuses = ["open", "assigned", "rectifying", "rectified", "closed"]
        for row in 0..<rows {
            let (enterprise, county) = places[row % places.count]
            var status = statuses[row % statuses.count]
            if broken && row == badRow { status = "done" }
            let description = switch row {
            case 5: "\"两行\n描述\""
            case 6: "\"行一\r\n行二\""
            default: "消防通道\t堵塞 \\ 第\(row)处"
            }
            let deadline = status == "open" ? "" : "2025-04-\(10 + row % 19)"
            let rectified = status == "rectified" || status == "closed" ? "2025-04-05" : ""
            let closed = status == "closed" ? "2025-04-08" : ""
            text += "BH\(row),\(enterprise),\(county),2025-03-\(10 + row % 19),inspection,\(row % 7 == 0 ? "major" : "general"),"
                + "\(description),\(status),王工,\(deadline),\(rectified),\(closed),,,\(row % 3 * 100)\n"
        }
        return text
    }

    @Test(arguments: StoreBackend.all)
    func aBadRowPastTheFirstBatchIsRefusedWhole(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend, loaded: false)
        try fixture.importFiles(Array(ContractData.files.prefix(2)))
        let before = try fixture.state()

        #expect {
            try fixture.importFiles([("hazards.csv", Self.hazards(broken: true))])
        } throws: { error in
            guard let failure = error as? ImportFailure, let issue = failure.issues.first else { return false }
            // The header is line 1; rows 5 and 6 span two lines each.
            return failure.issues.count == 1 && issue.file == fixture.scratch.appendingPathComponent("hazards.csv").path
                && issue.line == Self.badRow + 4 && issue.column == "status"
        }
        #expect(try fixture.state() == before, "a refused import changes nothing")
    }

    @Test(arguments: StoreBackend.all)
    func aLargeFileKeepsItsFiguresAndDigest(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend, loaded: false)
        try fixture.importFiles(Array(ContractData.files.prefix(2)))
        let summary = try fixture.importFiles([("hazards.csv", Self.hazards(broken: false))])
        #expect(summary.files.map(\.rows) == [Self.rows])
        #expect(try fixture.store.trackedHazard("BH7").hazard.description == "消防通道\t堵塞 \\ 第7处")
        #expect(try fixture.store.trackedHazard("BH5").hazard.description == "两行\n描述")
        #expect(try fixture.store.trackedHazard("BH6").hazard.description == "行一\r\n行二")

        let kept = try fixture.store.summaryTableContents()
        try fixture.store.recountSummaries()
        #expect(try fixture.store.summaryTableContents() == kept, "the summaries the import kept equal a recount")

        let verification = try fixture.store.verifyAudit(published: nil)
        #expect(verification.failure == nil, "each file's digest is that of its rows as stored")
        #expect(verification.hazardsReplayed == Self.rows)
    }
}
