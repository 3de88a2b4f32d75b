import Testing
@testable import SafetyCore

@Suite struct HazardTests {
    static let today = Day(iso: "2025-06-30")!
    static func day(_ text: String) -> Day { Day(iso: text)! }

    /// A consistent general hazard in `status`, dated around June 2025.
    static func base(_ status: HazardStatus) -> Hazard {
        var h = Hazard(
            id: "H-1", enterpriseId: "E-1", county: "平利县", foundOn: day("2025-06-01"), source: .selfCheck,
            grade: .general, description: "消防通道堵塞", status: status)
        if status == .assigned || status == .rectifying {
            h.responsible = "某公司"
            h.deadline = day("2025-06-20")
        }
        if status.isRectified { h.rectifiedOn = day("2025-06-10") }
        if status == .closed { h.closedOn = day("2025-06-12") }
        return h
    }

    typealias Edit = @Sendable (inout Hazard) -> Void

    /// (case, starting status, edit, expected fields).
    static let cases: [(String, HazardStatus, Edit, [String])] = [
        ("open, as found", .open, { _ in }, []),
        ("assigned", .assigned, { _ in }, []),
        ("rectifying", .rectifying, { _ in }, []),
        ("rectified", .rectified, { _ in }, []),
        ("closed", .closed, { _ in }, []),
        ("open with responsible and deadline", .open, { $0.responsible = "甲"; $0.deadline = day("2025-07-01") }, []),
        ("rectified on the spot, nobody assigned", .rectified, { $0.rectifiedOn = $0.foundOn }, []),
        ("deadline in the future", .assigned, { $0.deadline = day("2026-01-01") }, []),
        ("deadline on found_on", .assigned, { $0.deadline = $0.foundOn }, []),
        ("everything on today", .closed, {
            $0.foundOn = today; $0.rectifiedOn = today; $0.closedOn = today
            $0.grade = .major; $0.listedOn = today; $0.delistedOn = today
        }, []),

        ("found_on after today", .open, { $0.foundOn = day("2025-07-01") }, ["found_on"]),
        ("rectified_on after today", .rectified, { $0.rectifiedOn = day("2025-07-01") }, ["rectified_on"]),
        ("closed_on after today", .closed, { $0.closedOn = day("2025-07-01") }, ["closed_on"]),
        ("listed_on after today", .assigned, { $0.grade = .major; $0.listedOn = day("2025-07-01") }, ["listed_on"]),
        ("delisted_on after today", .closed, {
            $0.grade = .major; $0.listedOn = day("2025-06-02"); $0.delistedOn = day("2025-07-01")
        }, ["delisted_on"]),
        ("deadline before found_on", .assigned, { $0.deadline = day("2025-05-31") }, ["deadline"]),

        ("rectified without rectified_on", .rectified, { $0.rectifiedOn = nil }, ["rectified_on"]),
        ("closed without rectified_on", .closed, { $0.rectifiedOn = nil }, ["rectified_on"]),
        ("rectified_on before found_on", .rectified, { $0.rectifiedOn = day("2025-05-31") }, ["rectified_on"]),
        ("closed without closed_on", .closed, { $0.closedOn = nil }, ["closed_on"]),
        ("closed_on before rectified_on", .closed, { $0.closedOn = day("2025-06-09") }, ["closed_on"]),
        ("open with rectified_on", .open, { $0.rectifiedOn = day("2025-06-10") }, ["rectified_on"]),
        ("assigned with closed_on", .assigned, { $0.closedOn = day("2025-06-10") }, ["closed_on"]),
        ("rectifying with both dates", .rectifying, {
            $0.rectifiedOn = day("2025-06-10"); $0.closedOn = day("2025-06-11")
        }, ["rectified_on", "closed_on"]),
        ("rectified with closed_on", .rectified, { $0.closedOn = day("2025-06-12") }, ["closed_on"]),

        ("assigned without responsible", .assigned, { $0.responsible = nil }, ["responsible"]),
        ("assigned with blank responsible", .assigned, { $0.responsible = "  " }, ["responsible"]),
        ("rectifying without deadline", .rectifying, { $0.deadline = nil }, ["deadline"]),
        ("assigned with neither", .assigned, { $0.responsible = nil; $0.deadline = nil }, ["responsible", "deadline"]),

        ("listed general hazard", .assigned, { $0.listedOn = day("2025-06-02") }, ["listed_on"]),
        ("listed before found", .assigned, { $0.grade = .major; $0.listedOn = day("2025-05-31") }, ["listed_on"]),
        ("listed major hazard", .assigned, { $0.grade = .major; $0.listedOn = day("2025-06-02") }, []),
        ("delisted without listed_on", .closed, { $0.grade = .major; $0.delistedOn = day("2025-06-20") }, ["delisted_on"]),
        ("delisted while open", .rectified, {
            $0.grade = .major; $0.listedOn = day("2025-06-02"); $0.delistedOn = day("2025-06-20")
        }, ["delisted_on"]),
        ("delisted before listed", .closed, {
            $0.grade = .major; $0.listedOn = day("2025-06-13"); $0.delistedOn = day("2025-06-12")
        }, ["delisted_on"]),
        ("delisted before closed", .closed, {
            $0.grade = .major; $0.listedOn = day("2025-06-02"); $0.delistedOn = day("2025-06-11")
        }, ["delisted_on"]),
        ("delisted properly", .closed, {
            $0.grade = .major; $0.listedOn = day("2025-06-02"); $0.delistedOn = day("2025-06-12")
        }, []),

        ("negative reward", .open, { $0.rewardYuan = -50 }, ["reward_yuan"]),
        ("reward paid", .open, { $0.source = .employeeReport; $0.rewardYuan = 500 }, []),
        ("empty description", .open, { $0.description = "" }, ["description"]),
        ("blank description", .open, { $0.description = " \n" }, ["description"]),
        ("blank id", .open, { $0.id = " " }, ["id"]),
        ("duplicate of itself", .open, { $0.duplicateOf = "H-1" }, ["duplicate_of"]),
        ("duplicate of another", .open, { $0.duplicateOf = "H-0" }, []),

        ("several at once", .closed, {
            $0.foundOn = day("2025-07-02"); $0.description = ""; $0.closedOn = nil; $0.rewardYuan = -1
        }, ["found_on", "description", "closed_on", "rectified_on", "reward_yuan"]),
    ]

    @Test(arguments: cases)
    func violations(name: String, status: HazardStatus, edit: Edit, fields: [String]) {
        var h = Self.base(status)
        edit(&h)
        let found = h.violations(today: Self.today)
        #expect(found.map(\.field).sorted() == fields.sorted(), "\(name): \(found)")
        for violation in found {
            #expect(violation.message.contains(" — "), "\(violation.message) should say what to do")
            #expect(violation.description == "\(violation.field): \(violation.message)")
        }
    }

    @Test func violationMessagesNameTheValues() {
        var h = Self.base(.assigned)
        h.deadline = Self.day("2025-05-31")
        #expect(h.violations(today: Self.today) == [RuleViolation(
            field: "deadline",
            message: "deadline 2025-05-31 is before found_on 2025-06-01 — give a deadline on or after the day it was found")])
    }

    @Test(arguments: [
        (HazardStatus.open, Day?.some(Day(iso: "2025-06-29")!), true),
        (.assigned, Day(iso: "2025-06-29")!, true),
        (.rectifying, Day(iso: "2025-06-29")!, true),
        (.assigned, Day(iso: "2025-06-30")!, false),  // due today is not yet overdue
        (.assigned, nil, false),
        (.rectified, Day(iso: "2025-06-01")!, false),
        (.closed, Day(iso: "2025-06-01")!, false),
    ])
    func overdue(status: HazardStatus, deadline: Day?, overdue: Bool) {
        var h = Self.base(status)
        h.deadline = deadline
        #expect(h.isOverdue(asOf: Self.today) == overdue)
    }

    @Test func listedUntilDelisted() {
        var h = Self.base(.closed)
        #expect(!h.isListed)
        h.listedOn = Self.day("2025-06-02")
        #expect(h.isListed)
        h.delistedOn = Self.day("2025-06-12")
        #expect(!h.isListed)
    }
}
