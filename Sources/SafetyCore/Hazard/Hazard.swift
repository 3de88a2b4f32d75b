/// The grade of a hazard: general (一般隐患) or major (重大事故隐患).
public enum HazardGrade: String, CaseIterable, Sendable, Codable {
    case general, major
}

/// Where a hazard was reported from.
public enum HazardSource: String, CaseIterable, Sendable, Codable {
    case selfCheck = "self_check"
    /// An employee's internal report (内部报告), the channel of the reward mechanism.
    case employeeReport = "employee_report"
    case gridMember = "grid_member"
    case inspection
    case expert
    case publicReport = "public_report"
    case other
}

/// Where a hazard stands in its lifecycle: found (排查) → assigned with a deadline (限期整改)
/// → rectifying → rectified (整改) → verified and closed (验收销号).
public enum HazardStatus: String, CaseIterable, Sendable, Codable {
    case open, assigned, rectifying, rectified, closed

    /// Still to be rectified: the open queue (隐患未整改).
    public static let unrectified: Set<HazardStatus> = [.open, .assigned, .rectifying]

    /// The rest: what the rectification rate counts.
    public static let rectifiedOrClosed: Set<HazardStatus> = Set(allCases).subtracting(unrectified)

    /// Not yet verified and closed (未销号): the triage officer's queue, with the rectified
    /// hazards that await verification (待验收).
    public static let unclosed: Set<HazardStatus> = Set(allCases).subtracting([.closed])

    /// Rectified or closed: what the rectification rate counts.
    public var isRectified: Bool { Self.rectifiedOrClosed.contains(self) }

    /// Rectified and waiting for an officer to verify and close it (待验收).
    public var awaitsVerification: Bool { self == .rectified }
}

/// A safety hazard (隐患) found at an enterprise.
public struct Hazard: Hashable, Sendable, Codable {
    public var id: String
    public var enterpriseId: String
    public var county: String
    public var foundOn: Day
    public var source: HazardSource
    public var grade: HazardGrade
    public var description: String
    public var status: HazardStatus
    /// The responsible unit or person (责任单位/责任人).
    public var responsible: String?
    /// The rectification deadline (整改期限).
    public var deadline: Day?
    public var rectifiedOn: Day?
    public var closedOn: Day?
    /// Listed for supervision (挂牌督办); major hazards only.
    public var listedOn: Day?
    /// Delisted (摘牌销号); only once closed.
    public var delistedOn: Day?
    /// Reward paid for an internal report, in yuan.
    public var rewardYuan: Int
    /// When this row was merged into another as a duplicate: the original's id. A duplicate
    /// counts neither as found nor as rectified.
    public var duplicateOf: String?

    public init(
        id: String, enterpriseId: String, county: String, foundOn: Day, source: HazardSource,
        grade: HazardGrade, description: String, status: HazardStatus, responsible: String? = nil,
        deadline: Day? = nil, rectifiedOn: Day? = nil, closedOn: Day? = nil, listedOn: Day? = nil,
        delistedOn: Day? = nil, rewardYuan: Int = 0, duplicateOf: String? = nil
    ) {
        self.id = id
        self.enterpriseId = enterpriseId
        self.county = county
        self.foundOn = foundOn
        self.source = source
        self.grade = grade
        self.description = description
        self.status = status
        self.responsible = responsible
        self.deadline = deadline
        self.rectifiedOn = rectifiedOn
        self.closedOn = closedOn
        self.listedOn = listedOn
        self.delistedOn = delistedOn
        self.rewardYuan = rewardYuan
        self.duplicateOf = duplicateOf
    }

    /// Not rectified and its deadline is before `today`.
    public func isOverdue(asOf today: Day) -> Bool {
        guard !status.isRectified, let deadline else { return false }
        return deadline < today
    }

    /// Listed for supervision and not yet delisted.
    public var isListed: Bool { listedOn != nil && delistedOn == nil }
}
