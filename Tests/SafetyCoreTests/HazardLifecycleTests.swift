import Testing
@testable import SafetyCore

/// What the lifecycle should do with one action.
enum LifecycleOutcome: Sendable, Equatable, CustomTestStringConvertible {
    case becomes(HazardStatus)
    case refused(LifecycleRefusal)

    var isAllowed: Bool {
        if case .becomes = self { return true }
        return false
    }

    var testDescription: String {
        switch self {
        case let .becomes(status): "→ \(status.rawValue)"
        case let .refused(refusal): "refused: \(refusal.message)"
        }
    }
}

@Suite struct HazardLifecycleTests {
    static let today = Day(iso: "2025-06-30")!
    static let found = Day(iso: "2025-06-01")!
    static let deadline = Day(iso: "2025-06-20")!
    static let rectified = Day(iso: "2025-06-15")!
    static let closed = Day(iso: "2025-06-18")!

    /// A consistent major hazard in `status`, not listed: open ones have nobody assigned yet.
    static func hazard(_ status: HazardStatus, grade: HazardGrade = .major) -> Hazard {
        var h = Hazard(
            id: "H-12", enterpriseId: "E-1", county: "荔城区", foundOn: found, source: .inspection,
            grade: grade, description: "配电箱未接地", status: status)
        if status != .open {
            h.responsible = "李工"
            h.deadline = deadline
        }
        if status.isRectified { h.rectifiedOn = rectified }
        if status == .closed { h.closedOn = closed }
        return h
    }

    /// One valid action of each kind, with arguments that pass every non-status rule.
    static func action(_ kind: HazardActionKind) -> HazardAction {
        switch kind {
        case .assign: .assign(responsible: "王站长", deadline: Day(iso: "2025-07-15")!)
        case .setDeadline: .setDeadline(Day(iso: "2025-07-20")!)
        case .startRectifying: .startRectifying
        case .markRectified: .markRectified(on: today, note: "已更换")
        case .close: .close(on: today)
        case .reopen: .reopen(reason: "复查发现仍未接地")
        case .regrade: .regrade(to: .general, reason: "专家复核")
        case .list: .list(on: today)
        case .delist: .delist(on: today)
        case .comment: .comment("已电话督促")
        case .markDuplicate: .markDuplicate(of: "H-7")
        }
    }

    static func wrong(_ action: HazardActionKind, _ status: HazardStatus) -> LifecycleOutcome {
        .refused(.wrongStatus(hazard: "H-12", action: action, status: status))
    }

    static let notListed = LifecycleOutcome.refused(.notListed(hazard: "H-12"))

    /// Every (status × action) pair.
    static let table: [(HazardStatus, HazardActionKind, LifecycleOutcome)] = [
        (.open, .assign, .becomes(.assigned)),
        (.assigned, .assign, .becomes(.assigned)),
        (.rectifying, .assign, .becomes(.rectifying)),
        (.rectified, .assign, wrong(.assign, .rectified)),
        (.closed, .assign, wrong(.assign, .closed)),

        (.open, .setDeadline, .becomes(.open)),
        (.assigned, .setDeadline, .becomes(.assigned)),
        (.rectifying, .setDeadline, .becomes(.rectifying)),
        (.rectified, .setDeadline, wrong(.setDeadline, .rectified)),
        (.closed, .setDeadline, wrong(.setDeadline, .closed)),

        (.open, .startRectifying, wrong(.startRectifying, .open)),
        (.assigned, .startRectifying, .becomes(.rectifying)),
        (.rectifying, .startRectifying, wrong(.startRectifying, .rectifying)),
        (.rectified, .startRectifying, wrong(.startRectifying, .rectified)),
        (.closed, .startRectifying, wrong(.startRectifying, .closed)),

        (.open, .markRectified, .becomes(.rectified)),  // 立查立改
        (.assigned, .markRectified, .becomes(.rectified)),
        (.rectifying, .markRectified, .becomes(.rectified)),
        (.rectified, .markRectified, wrong(.markRectified, .rectified)),
        (.closed, .markRectified, wrong(.markRectified, .closed)),

        (.open, .close, wrong(.close, .open)),
        (.assigned, .close, wrong(.close, .assigned)),
        (.rectifying, .close, wrong(.close, .rectifying)),
        (.rectified, .close, .becomes(.closed)),
        (.closed, .close, wrong(.close, .closed)),

        (.open, .reopen, wrong(.reopen, .open)),
        (.assigned, .reopen, wrong(.reopen, .assigned)),
        (.rectifying, .reopen, wrong(.reopen, .rectifying)),
        (.rectified, .reopen, .becomes(.assigned)),
        (.closed, .reopen, .becomes(.assigned)),

        (.open, .regrade, .becomes(.open)),
        (.assigned, .regrade, .becomes(.assigned)),
        (.rectifying, .regrade, .becomes(.rectifying)),
        (.rectified, .regrade, .becomes(.rectified)),
        (.closed, .regrade, wrong(.regrade, .closed)),

        (.open, .list, .becomes(.open)),
        (.assigned, .list, .becomes(.assigned)),
        (.rectifying, .list, .becomes(.rectifying)),
        (.rectified, .list, .becomes(.rectified)),
        (.closed, .list, wrong(.list, .closed)),

        (.open, .delist, notListed),
        (.assigned, .delist, notListed),
        (.rectifying, .delist, notListed),
        (.rectified, .delist, notListed),
        (.closed, .delist, notListed),

        (.open, .comment, .becomes(.open)),
        (.assigned, .comment, .becomes(.assigned)),
        (.rectifying, .comment, .becomes(.rectifying)),
        (.rectified, .comment, .becomes(.rectified)),
        (.closed, .comment, .becomes(.closed)),

        (.open, .markDuplicate, .becomes(.open)),
        (.assigned, .markDuplicate, .becomes(.assigned)),
        (.rectifying, .markDuplicate, .becomes(.rectifying)),
        (.rectified, .markDuplicate, .becomes(.rectified)),
        (.closed, .markDuplicate, .becomes(.closed)),
    ]

    @Test func tableCoversEveryPairOnce() {
        let pairs = Self.table.map { "\($0.0.rawValue)/\($0.1.rawValue)" }
        #expect(Set(pairs).count == pairs.count)
        #expect(pairs.count == HazardStatus.allCases.count * HazardActionKind.allCases.count)
    }

    @Test(arguments: table)
    func everyStatusAndAction(status: HazardStatus, kind: HazardActionKind, outcome: LifecycleOutcome) {
        let before = Self.hazard(status)
        #expect(before.violations(today: Self.today).isEmpty)
        let result: LifecycleOutcome
        do {
            let after = try HazardLifecycle.apply(Self.action(kind), to: before, today: Self.today)
            result = .becomes(after.status)
            // An allowed action keeps a consistent record consistent.
            #expect(after.violations(today: Self.today).isEmpty, "\(after.violations(today: Self.today))")
            #expect(after.id == before.id && after.foundOn == before.foundOn)
        } catch {
            result = .refused(error)
        }
        #expect(result == outcome)
        // The key bar offers exactly the actions the table allows (canonical arguments pass).
        let offered = HazardLifecycle.availableActions(for: before).contains(kind)
        #expect(offered == outcome.isAllowed)
    }

    // MARK: - What allowed actions change

    @Test func assignSetsResponsibleAndDeadline() throws {
        let after = try HazardLifecycle.apply(
            .assign(responsible: "  王站长 ", deadline: Day(iso: "2025-07-15")), to: Self.hazard(.open), today: Self.today)
        #expect(after.status == .assigned)
        #expect(after.responsible == "王站长")
        #expect(after.deadline == Day(iso: "2025-07-15"))
    }

    @Test func reassigningKeepsTheDeadlineWhenNoneIsGiven() throws {
        let after = try HazardLifecycle.apply(.assign(responsible: "张科长", deadline: nil), to: Self.hazard(.rectifying), today: Self.today)
        #expect(after.status == .rectifying)
        #expect(after.responsible == "张科长")
        #expect(after.deadline == Self.deadline)
    }

    @Test func assignNeedsAResponsibleAndADeadline() {
        #expect(throws: LifecycleRefusal.blankResponsible(hazard: "H-12")) {
            try HazardLifecycle.apply(.assign(responsible: " \t", deadline: Self.deadline), to: Self.hazard(.open), today: Self.today)
        }
        #expect(throws: LifecycleRefusal.noDeadline(hazard: "H-12")) {
            try HazardLifecycle.apply(.assign(responsible: "李工", deadline: nil), to: Self.hazard(.open), today: Self.today)
        }
        var withDeadline = Self.hazard(.open)
        withDeadline.deadline = Self.deadline
        #expect(throws: Never.self) {
            try HazardLifecycle.apply(.assign(responsible: "李工", deadline: nil), to: withDeadline, today: Self.today)
        }
    }

    @Test func markRectifiedRecordsTheDay() throws {
        let after = try HazardLifecycle.apply(.markRectified(on: Self.found, note: "当场整改"), to: Self.hazard(.open), today: Self.today)
        #expect(after.status == .rectified)
        #expect(after.rectifiedOn == Self.found)
        #expect(after.closedOn == nil)
    }

    @Test func closeRecordsTheDay() throws {
        let after = try HazardLifecycle.apply(.close(on: Self.rectified), to: Self.hazard(.rectified), today: Self.today)
        #expect(after.status == .closed)
        #expect(after.closedOn == Self.rectified)
        #expect(after.rectifiedOn == Self.rectified)
    }

    @Test func reopenClearsTheDatesAndGoesBackToAssigned() throws {
        let after = try HazardLifecycle.apply(.reopen(reason: "复查不合格"), to: Self.hazard(.closed), today: Self.today)
        #expect(after.status == .assigned)
        #expect(after.rectifiedOn == nil && after.closedOn == nil)
        #expect(after.responsible == "李工" && after.deadline == Self.deadline)
    }

    @Test(arguments: [
        (String?.some("李工"), Day?.some(deadline), HazardStatus.assigned),
        ("李工", nil, .open),  // an assigned hazard needs a deadline too
        (nil, deadline, .open),
        ("  ", deadline, .open),
        (nil, nil, .open),
    ])
    func reopenGoesBackToOpenWithoutResponsibleOrDeadline(responsible: String?, deadline: Day?, status: HazardStatus) throws {
        var h = Self.hazard(.rectified)
        h.responsible = responsible
        h.deadline = deadline
        let after = try HazardLifecycle.apply(.reopen(reason: "整改不到位"), to: h, today: Self.today)
        #expect(after.status == status)
        #expect(after.violations(today: Self.today).isEmpty)
    }

    @Test func reopenNeedsAReason() {
        #expect(throws: LifecycleRefusal.blankReason(hazard: "H-12", action: .reopen)) {
            try HazardLifecycle.apply(.reopen(reason: ""), to: Self.hazard(.rectified), today: Self.today)
        }
    }

    @Test func commentChangesNothing() throws {
        for status in HazardStatus.allCases {
            let h = Self.hazard(status)
            #expect(try HazardLifecycle.apply(.comment(""), to: h, today: Self.today) == h)
        }
    }

    @Test(arguments: [
        ("H-7", LifecycleOutcome?.none, String?.some("H-7")),
        ("  H-7 ", nil, "H-7"),
        ("H-12", .refused(.duplicateOfItself(hazard: "H-12")), nil),
        (" H-12", .refused(.duplicateOfItself(hazard: "H-12")), nil),
        ("", .refused(.blankDuplicateTarget(hazard: "H-12")), nil),
        ("   ", .refused(.blankDuplicateTarget(hazard: "H-12")), nil),
    ])
    func markDuplicate(of original: String, refusal: LifecycleOutcome?, stored: String?) {
        do {
            let after = try HazardLifecycle.apply(.markDuplicate(of: original), to: Self.hazard(.assigned), today: Self.today)
            #expect(refusal == nil)
            #expect(after.duplicateOf == stored)
        } catch {
            #expect(refusal == .refused(error))
        }
    }

    // MARK: - Dates

    @Test(arguments: [
        // (action, status, outcome)
        (HazardAction.markRectified(on: Day(iso: "2025-05-31")!, note: ""), HazardStatus.assigned,
         LifecycleOutcome.refused(.dateBefore(hazard: "H-12", action: .markRectified, date: Day(iso: "2025-05-31")!, milestone: .found, milestoneDate: found))),
        (.markRectified(on: found, note: ""), .assigned, .becomes(.rectified)),
        (.markRectified(on: today, note: ""), .assigned, .becomes(.rectified)),
        (.markRectified(on: Day(iso: "2025-07-01")!, note: ""), .assigned,
         .refused(.dateAfterToday(hazard: "H-12", action: .markRectified, date: Day(iso: "2025-07-01")!, today: today))),
        (.close(on: Day(iso: "2025-06-14")!), .rectified,
         .refused(.dateBefore(hazard: "H-12", action: .close, date: Day(iso: "2025-06-14")!, milestone: .rectified, milestoneDate: rectified))),
        (.close(on: rectified), .rectified, .becomes(.closed)),
        (.close(on: Day(iso: "2025-07-01")!), .rectified,
         .refused(.dateAfterToday(hazard: "H-12", action: .close, date: Day(iso: "2025-07-01")!, today: today))),
        (.list(on: Day(iso: "2025-05-31")!), .assigned,
         .refused(.dateBefore(hazard: "H-12", action: .list, date: Day(iso: "2025-05-31")!, milestone: .found, milestoneDate: found))),
        (.list(on: found), .assigned, .becomes(.assigned)),
        (.list(on: Day(iso: "2025-07-01")!), .assigned,
         .refused(.dateAfterToday(hazard: "H-12", action: .list, date: Day(iso: "2025-07-01")!, today: today))),
        (.setDeadline(Day(iso: "2025-05-31")!), .assigned,
         .refused(.dateBefore(hazard: "H-12", action: .setDeadline, date: Day(iso: "2025-05-31")!, milestone: .found, milestoneDate: found))),
        (.setDeadline(found), .assigned, .becomes(.assigned)),  // in the past: overdue at once, but allowed
        (.setDeadline(Day(iso: "2026-12-31")!), .assigned, .becomes(.assigned)),  // deadlines are in the future
        (.assign(responsible: "李工", deadline: Day(iso: "2025-05-01")!), .open,
         .refused(.dateBefore(hazard: "H-12", action: .assign, date: Day(iso: "2025-05-01")!, milestone: .found, milestoneDate: found))),
        (.assign(responsible: "李工", deadline: Day(iso: "2026-01-01")!), .open, .becomes(.assigned)),
    ] as [(HazardAction, HazardStatus, LifecycleOutcome)])
    func dateRules(action: HazardAction, status: HazardStatus, outcome: LifecycleOutcome) {
        let result: LifecycleOutcome
        do {
            result = .becomes(try HazardLifecycle.apply(action, to: Self.hazard(status), today: Self.today).status)
        } catch {
            result = .refused(error)
        }
        #expect(result == outcome)
    }

    // MARK: - Listing (挂牌督办) and delisting (摘牌销号)

    static let listedOn = Day(iso: "2025-06-05")!

    static func listed(_ status: HazardStatus) -> Hazard {
        var h = hazard(status)
        h.listedOn = listedOn
        return h
    }

    @Test(arguments: HazardStatus.allCases)
    func listedHazardInEachStatus(status: HazardStatus) {
        let h = Self.listed(status)
        #expect(h.violations(today: Self.today).isEmpty)
        func outcome(_ action: HazardAction) -> LifecycleOutcome {
            do { return .becomes(try HazardLifecycle.apply(action, to: h, today: Self.today).status) } catch { return .refused(error) }
        }
        // Delist only once closed.
        #expect(outcome(.delist(on: Self.today)) == (status == .closed ? .becomes(.closed) : Self.wrong(.delist, status)))
        // A hazard is listed once.
        #expect(outcome(.list(on: Self.today))
            == (status == .closed ? Self.wrong(.list, .closed) : .refused(.alreadyListed(hazard: "H-12", listedOn: Self.listedOn))))
        // A listed hazard stays major.
        #expect(outcome(.regrade(to: .general, reason: "复核"))
            == (status == .closed ? Self.wrong(.regrade, .closed) : .refused(.generalWhileListed(hazard: "H-12"))))
        #expect(HazardLifecycle.availableActions(for: h).contains(.delist) == (status == .closed))
    }

    @Test func delistDates() throws {
        var h = Self.listed(.closed)  // listed 06-05, closed 06-18
        #expect(throws: LifecycleRefusal.dateBefore(hazard: "H-12", action: .delist, date: Day(iso: "2025-06-17")!, milestone: .closed, milestoneDate: Self.closed)) {
            try HazardLifecycle.apply(.delist(on: Day(iso: "2025-06-17")!), to: h, today: Self.today)
        }
        #expect(throws: LifecycleRefusal.dateAfterToday(hazard: "H-12", action: .delist, date: Day(iso: "2025-07-01")!, today: Self.today)) {
            try HazardLifecycle.apply(.delist(on: Day(iso: "2025-07-01")!), to: h, today: Self.today)
        }
        let delisted = try HazardLifecycle.apply(.delist(on: Self.closed), to: h, today: Self.today)
        #expect(delisted.delistedOn == Self.closed)
        #expect(!delisted.isListed)
        #expect(delisted.violations(today: Self.today).isEmpty)

        // Listed after closing would be odd, but delisting then waits for the listing.
        h.listedOn = Day(iso: "2025-06-25")
        #expect(throws: LifecycleRefusal.dateBefore(hazard: "H-12", action: .delist, date: Day(iso: "2025-06-20")!, milestone: .listed, milestoneDate: Day(iso: "2025-06-25")!)) {
            try HazardLifecycle.apply(.delist(on: Day(iso: "2025-06-20")!), to: h, today: Self.today)
        }
    }

    @Test func reopeningAListedHazardKeepsTheListing() throws {
        let after = try HazardLifecycle.apply(.reopen(reason: "复查不合格"), to: Self.listed(.closed), today: Self.today)
        #expect(after.status == .assigned)
        #expect(after.listedOn == Self.listedOn && after.isListed)
    }

    @Test func aDelistedHazardIsFinal() throws {
        let h = try HazardLifecycle.apply(.delist(on: Self.today), to: Self.listed(.closed), today: Self.today)
        #expect(throws: LifecycleRefusal.delisted(hazard: "H-12", delistedOn: Self.today)) {
            try HazardLifecycle.apply(.reopen(reason: "复查"), to: h, today: Self.today)
        }
        #expect(throws: LifecycleRefusal.notListed(hazard: "H-12")) {
            try HazardLifecycle.apply(.delist(on: Self.today), to: h, today: Self.today)
        }
        #expect(HazardLifecycle.availableActions(for: h) == [.comment, .markDuplicate])
    }

    // MARK: - Grades

    @Test func regradeRules() throws {
        #expect(throws: LifecycleRefusal.sameGrade(hazard: "H-12", grade: .major)) {
            try HazardLifecycle.apply(.regrade(to: .major, reason: "复核"), to: Self.hazard(.open), today: Self.today)
        }
        #expect(throws: LifecycleRefusal.blankReason(hazard: "H-12", action: .regrade)) {
            try HazardLifecycle.apply(.regrade(to: .general, reason: " "), to: Self.hazard(.open), today: Self.today)
        }
        let upgraded = try HazardLifecycle.apply(
            .regrade(to: .major, reason: "涉及重大危险源"), to: Self.hazard(.assigned, grade: .general), today: Self.today)
        #expect(upgraded.grade == .major)
        let downgraded = try HazardLifecycle.apply(.regrade(to: .general, reason: "专家复核"), to: Self.hazard(.rectified), today: Self.today)
        #expect(downgraded.grade == .general)
    }

    @Test func onlyMajorHazardsAreListed() {
        let general = Self.hazard(.assigned, grade: .general)
        #expect(throws: LifecycleRefusal.notMajor(hazard: "H-12")) {
            try HazardLifecycle.apply(.list(on: Self.today), to: general, today: Self.today)
        }
        #expect(!HazardLifecycle.availableActions(for: general).contains(.list))
        #expect(LifecycleRefusal.notMajor(hazard: "H-12").suggestion == .regrade)
    }

    // MARK: - Messages

    @Test func refusalMessagesSayWhatToDoNext() {
        let close = LifecycleRefusal.wrongStatus(hazard: "H-12", action: .close, status: .assigned)
        #expect(close.message == "cannot close H-12: it is assigned, not rectified — mark it rectified first")
        #expect(close.message(keys: [.markRectified: "r", .close: "c"])
            == "cannot close H-12: it is assigned, not rectified — mark it rectified first (r)")
        #expect(close.suggestion == .markRectified)
        #expect(close.description == close.message)

        let start = LifecycleRefusal.wrongStatus(hazard: "H-3", action: .startRectifying, status: .open)
        #expect(start.message(keys: [.assign: "a"]) == "cannot start rectifying H-3: it is open, not assigned — assign it first (a)")

        #expect(LifecycleRefusal.wrongStatus(hazard: "H-3", action: .regrade, status: .closed).message(keys: [.reopen: "o"])
            == "cannot regrade H-3: it is closed — reopen it first to change its grade (o)")

        let delist = LifecycleRefusal.wrongStatus(hazard: "H-3", action: .delist, status: .rectified)
        #expect(delist.message == "cannot delist H-3: it is rectified, not closed — verify and close it first")

        #expect(LifecycleRefusal.dateAfterToday(hazard: "H-3", action: .close, date: Day(iso: "2025-07-01")!, today: Self.today).message
            == "cannot close H-3 on 2025-07-01: that is after today (2025-06-30) — use today or an earlier day")
        #expect(LifecycleRefusal.dateBefore(hazard: "H-3", action: .setDeadline, date: Day(iso: "2025-05-01")!, milestone: .found, milestoneDate: Self.found).message
            == "cannot set the deadline of H-3 to 2025-05-01: that is before it was found (2025-06-01) — choose 2025-06-01 or later")
        // No key when the suggestion has none, nor when nothing can be suggested.
        #expect(LifecycleRefusal.notListed(hazard: "H-3").message(keys: [.delist: "d"]) == LifecycleRefusal.notListed(hazard: "H-3").message)
    }

    @Test(arguments: table)
    func everyRefusalNamesTheHazardAndARemedy(status: HazardStatus, kind: HazardActionKind, outcome: LifecycleOutcome) {
        guard case let .refused(refusal) = outcome else { return }
        #expect(refusal.message.hasPrefix("cannot "))
        #expect(refusal.message.contains("H-12"))
        #expect(refusal.message.contains(" — "))
    }

    // MARK: - Consistency

    /// Every consistent record we can build from the fixtures, in every status, grade and
    /// listing state.
    static func consistentHazards() -> [Hazard] {
        var result: [Hazard] = []
        for status in HazardStatus.allCases {
            for grade in HazardGrade.allCases {
                for assigned in [false, true] {
                    for listing in 0..<3 {  // not listed, listed, listed and delisted
                        var h = hazard(status, grade: grade)
                        if assigned { h.responsible = "李工"; h.deadline = deadline }
                        if listing >= 1 { h.listedOn = listedOn }
                        if listing == 2 { h.delistedOn = today }
                        if h.violations(today: today).isEmpty { result.append(h) }
                    }
                }
            }
        }
        return result
    }

    /// Actions of every kind with arguments on and around each milestone.
    static func actionVariety() -> [HazardAction] {
        let days = [found.adding(days: -1), found, listedOn, rectified, closed, today, today.adding(days: 1)]
        var result: [HazardAction] = [
            .startRectifying, .reopen(reason: "复查"), .reopen(reason: ""),
            .regrade(to: .general, reason: "复核"), .regrade(to: .major, reason: "复核"),
            .comment("x"), .markDuplicate(of: "H-7"), .markDuplicate(of: "H-12"),
            .assign(responsible: "王站长", deadline: nil), .assign(responsible: "", deadline: today),
        ]
        for day in days {
            result += [
                .assign(responsible: "王站长", deadline: day), .setDeadline(day), .markRectified(on: day, note: ""),
                .close(on: day), .list(on: day), .delist(on: day),
            ]
        }
        return result
    }

    @Test func allowedActionsNeverBreakAConsistentRecord() {
        let hazards = Self.consistentHazards()
        let actions = Self.actionVariety()
        #expect(hazards.count >= 20)
        var allowed = 0
        for h in hazards {
            for action in actions {
                guard let after = try? HazardLifecycle.apply(action, to: h, today: Self.today) else {
                    continue
                }
                allowed += 1
                let broken = after.violations(today: Self.today)
                #expect(broken.isEmpty, "\(action) on \(h.status) \(h.grade) listed=\(h.listedOn != nil): \(broken)")
                // Status-level refusals are exactly what availableActions leaves out.
                #expect(HazardLifecycle.availableActions(for: h).contains(action.kind))
            }
        }
        #expect(allowed > 100)
    }
}
