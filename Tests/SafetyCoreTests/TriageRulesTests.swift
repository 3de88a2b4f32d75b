import SafetyCore
import Testing

/// Deadlines and escalation, duplicate detection, and the field diff the audit trail and
/// the stale-read check rely on.
struct TriageRulesTests {
    static let today = Day(iso: "2025-06-30")!

    static func hazard(_ id: String = "H1", deadline: String?, status: HazardStatus = .assigned, enterprise: String = "E1",
                       found: String = "2025-05-01", description: String = "消防通道堵塞") -> Hazard {
        Hazard(id: id, enterpriseId: enterprise, county: "荔城区", foundOn: Day(iso: found)!, source: .inspection, grade: .general,
               description: description, status: status, responsible: "王工", deadline: deadline.flatMap(Day.init(iso:)))
    }

    @Test(arguments: [
        ("2025-07-15", DeadlineUrgency.none),
        ("2025-07-11", .none),
        ("2025-07-10", .dueSoon(daysLeft: 10)),
        ("2025-06-30", .dueSoon(daysLeft: 0)),
        ("2025-06-29", .overdue(daysLate: 1, step: EscalationPolicy.defaultSteps[0])),
        ("2025-06-16", .overdue(daysLate: 14, step: EscalationPolicy.defaultSteps[0])),
        ("2025-06-15", .overdue(daysLate: 15, step: EscalationPolicy.defaultSteps[1])),
        ("2025-05-31", .overdue(daysLate: 30, step: EscalationPolicy.defaultSteps[2])),
    ])
    func urgencyByDeadline(deadline: String, expected: DeadlineUrgency) {
        #expect(EscalationPolicy().urgency(of: Self.hazard(deadline: deadline), today: Self.today) == expected)
    }

    @Test func aRectifiedHazardOrOneWithoutDeadlineIsNotUrgent() {
        let policy = EscalationPolicy()
        #expect(policy.urgency(of: Self.hazard(deadline: "2025-01-01", status: .rectified), today: Self.today) == .none)
        #expect(policy.urgency(of: Self.hazard(deadline: nil, status: .open), today: Self.today) == .none)
    }

    @Test func stepsAreConfigurable() {
        let policy = EscalationPolicy(dueSoonDays: 3, steps: [.init(daysLate: 5, chinese: "约谈", english: "summons")])
        #expect(policy.urgency(of: Self.hazard(deadline: "2025-06-28"), today: Self.today) == .overdue(daysLate: 2, step: nil))
        #expect(policy.urgency(of: Self.hazard(deadline: "2025-06-25"), today: Self.today)
                == .overdue(daysLate: 5, step: .init(daysLate: 5, chinese: "约谈", english: "summons")))
        #expect(policy.urgency(of: Self.hazard(deadline: "2025-07-04"), today: Self.today) == .none)
        #expect(policy.urgency(of: Self.hazard(deadline: "2025-07-03"), today: Self.today) == .dueSoon(daysLeft: 3))
    }

    @Test(arguments: [
        ("消防通道堵塞", "消防通道被堵塞", "E1", "2025-05-03", true),
        ("消防通道堵塞", "消防通道堵塞", "E1", "2025-05-09", false),
        ("消防通道堵塞", "消防通道堵塞", "E2", "2025-05-01", false),
        ("消防通道堵塞", "配电箱未接地", "E1", "2025-05-02", false),
        ("Fire exit blocked by pallets", "fire exit blocked by pallets!", "E1", "2025-04-28", true),
    ])
    func likelyDuplicates(first: String, second: String, enterprise: String, found: String, expected: Bool) {
        let a = Self.hazard("H1", deadline: nil, description: first)
        let b = Self.hazard("H2", deadline: nil, enterprise: enterprise, found: found, description: second)
        #expect(DuplicateRule().isLikelyDuplicate(a, b) == expected)
        #expect(DuplicateRule().isLikelyDuplicate(b, a) == expected)
    }

    @Test(arguments: [
        ("消防通道堵塞", "消防通道被堵塞", 8.0 / 11),
        ("漏", "漏", 1.0),
        ("漏", "漏水", 0.0),
        ("", "…", 1.0),
        ("Fire EXIT, blocked", "fire exit blocked", 1.0),
        ("ÜBER Straße", "über straße", 1.0),
        ("aaa", "aa", 2.0 / 3),
        ("二号仓库", "一号仓库", 4.0 / 6),
    ])
    func bigramSimilarity(first: String, second: String, expected: Double) {
        #expect(abs(DuplicateRule.similarity(first, second) - expected) < 1e-9)
        #expect(abs(DuplicateRule.similarity(second, first) - expected) < 1e-9)
    }

    @Test func theOriginalIsTheEarlierFound() {
        let a = Self.hazard("H2", deadline: nil, found: "2025-05-01")
        let b = Self.hazard("H1", deadline: nil, found: "2025-05-03")
        #expect(DuplicateRule.original(of: a, b).id == "H2")
        #expect(DuplicateRule.original(of: b, a).id == "H2")
        var merged = b
        merged.duplicateOf = "H2"
        #expect(!DuplicateRule().isLikelyDuplicate(a, merged), "a merged duplicate is not flagged again")
    }

    @Test func aWindowsOriginalsAreTheFirstSimilarCandidateOfEach() {
        var merged = Self.hazard("H4", deadline: nil, found: "2025-05-06")
        merged.duplicateOf = "H1"
        let window = [Self.hazard("H3", deadline: nil, found: "2025-05-05"), merged,
                      Self.hazard("H5", deadline: nil, found: "2025-05-06", description: "配电箱未接地"),
                      Self.hazard("H6", deadline: nil, found: "2025-05-20")]
        func candidate(_ id: String, _ found: String, _ description: String, enterprise: String? = nil) -> DuplicateCandidate {
            DuplicateCandidate(id: id, enterpriseId: enterprise ?? window[0].enterpriseId, foundOn: Day(iso: found)!, description: description)
        }
        // The store's order: found day, then id; the window's own unmerged hazards among them.
        let candidates = [
            candidate("H0", "2025-05-01", "配电箱未接地"),
            candidate("H1", "2025-05-02", "消防通道被堵塞"),
            candidate("H7", "2025-05-03", "消防通道被堵塞", enterprise: "E-other"),
            candidate("H2", "2025-05-05", "消防通道堵塞"),
            candidate("H3", "2025-05-05", "消防通道堵塞"),
            candidate("H5", "2025-05-06", "配电箱未接地"),
            candidate("H8", "2025-05-15", "消防通道堵塞"),
            candidate("H6", "2025-05-20", "消防通道堵塞"),
        ]
        // H3: the earliest similar one, H1, not H0 (another hazard), nor H7 (another enterprise),
        // nor the later H2; H4 is merged already; H5 describes H0's hazard, five days before it;
        // H6 repeats H8, not H1 or H3, more than the rule's days before it.
        #expect(DuplicateRule().likelyOriginals(of: window, candidates: candidates) == ["H3": "H1", "H5": "H0", "H6": "H8"])
        #expect(DuplicateRule().earliestOriginal(of: window[0]) == Day(iso: "2025-04-28"))
    }

    @Test func changedFieldsAndCopyRoundTrip() {
        let before = Self.hazard(deadline: "2025-06-10")
        var after = before
        after.status = .rectified
        after.rectifiedOn = Self.today
        after.deadline = nil
        #expect(before.changedFields(to: after) == [.status, .deadline, .rectifiedOn])
        var restored = after
        for field in before.changedFields(to: after) { field.copy(from: before, into: &restored) }
        #expect(restored == before)
    }
}
