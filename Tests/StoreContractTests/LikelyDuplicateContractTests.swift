import StoreTestData
import SafetyCore
import SafetyStore
import Testing

/// What a triage window shows beside each row, read for the whole window at once: the likely
/// original of a repeated report and the extension request waiting for a decision.
struct LikelyDuplicateContractTests {
    static let today = StoreFixture.today

    /// Repeats of `ContractData.tiedHazards`: earlier, the same day with a smaller id, later,
    /// too late, and one with two similar candidates.
    static let repeats = """
        id,enterprise_id,county,found_on,source,grade,description,status,responsible,deadline,rectified_on,closed_on,listed_on,delisted_on
        D1,E1,荔城区,2025-06-08,inspection,general,配电箱无防护措施,open,,,,,,
        D2,E1,荔城区,2025-06-10,self_check,general,灭火器过期,open,,,,,,
        D3,E2,荔城区,2025-06-12,public_report,general,安全出口被锁闭,open,,,,,,
        D4,E2,荔城区,2025-06-25,public_report,general,安全出口锁闭,open,,,,,,
        D5,E3,新泰市,2025-06-12,inspection,general,主通风机故障,open,,,,,,
        D6,E1,荔城区,2025-06-11,inspection,general,灭火器已过期,open,,,,,,

        """

    /// The rule applied pair by pair over every hazard: of the similar reports close to `hazard`,
    /// the earliest one it is the later of.
    private func expectedOriginal(of hazard: Hazard, among all: [Hazard], rule: DuplicateRule) -> String? {
        all.filter { rule.isLikelyDuplicate(hazard, $0) && DuplicateRule.original(of: hazard, $0).id == $0.id }
            .min { ($0.foundOn, $0.id) < ($1.foundOn, $1.id) }?.id
    }

    @Test(arguments: StoreBackend.all, [50, 3])
    func eachRowOfAWindowShowsTheOriginalThePairwiseRuleFinds(backend: StoreBackend, limit: Int) throws {
        let fixture = try StoreFixture(backend)
        try fixture.importFiles([("tied.csv", ContractData.tiedHazards), ("repeats.csv", Self.repeats)])
        let all = try fixture.allHazards()
        var shown: [String: String?] = [:]
        var offset = 0
        while true {
            let window = try fixture.store.triageWindow(filter: TriageFilter(), sort: .found, descending: false, offset: offset,
                                                        limit: limit, selection: offset, today: Self.today)
            for row in window.rows { shown[row.hazard.id] = row.likelyDuplicateOf }
            offset += limit
            if offset >= window.count { break }
        }
        let expected = Dictionary(uniqueKeysWithValues: all.filter { shown[$0.id] != nil }
            .map { ($0.id, expectedOriginal(of: $0, among: all, rule: DuplicateRule())) })
        #expect(shown == expected)
        #expect(shown["H10"] == "D1", "an earlier report is the original")
        #expect(shown["H11"] == "D2", "the same day, the smaller id is the original")
        #expect(shown["D6"] == "D2", "of two similar candidates, the earliest")
        #expect(shown["D3"] == "H12")
        #expect(shown["D4"] == .some(nil), "more than the rule's days later is not a repeat")
    }

    @Test(arguments: StoreBackend.all)
    func everyPendingRequestOfAWindowIsShownWithItsRow(backend: StoreBackend) throws {
        let fixture = try StoreFixture(backend)
        try fixture.importFiles([("tied.csv", ContractData.tiedHazards)])
        let until = Day(iso: "2025-07-31")!
        let requests = try ["H2", "H10", "H13"].map {
            try fixture.store.requestExtension($0, until: until, reason: "设备到货晚", stamp: StoreFixture.stamp, today: Self.today)
        }
        let rows = try fixture.store.triageWindow(filter: TriageFilter(), sort: .urgency, descending: false, offset: 0, limit: 50,
                                                  selection: 0, today: Self.today).rows
        let pending = Dictionary(uniqueKeysWithValues: rows.compactMap { row in row.pendingExtension.map { (row.hazard.id, $0) } })
        #expect(pending == Dictionary(uniqueKeysWithValues: requests.map { ($0.hazardId, $0) }))
    }
}
