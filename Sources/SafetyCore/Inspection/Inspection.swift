/// The kind of an inspection.
public enum InspectionKind: String, CaseIterable, Sendable, Codable {
    /// 日常检查
    case routine
    /// 双随机、一公开
    case doubleRandom = "double_random"
    /// 四不两直 (unannounced, unescorted)
    case unannounced
    /// 专项检查
    case special
    /// 督导检查
    case supervision
}

/// One planned or done inspection of one enterprise (or of a body, when `enterpriseId` is nil).
public struct Inspection: Hashable, Sendable, Codable {
    public var id: String
    public var county: String
    public var enterpriseId: String?
    public var kind: InspectionKind
    public var plannedOn: Day?
    public var doneOn: Day?
    public var team: String
    public var hazardsFound: Int
    /// Inspectors sent out (出动人次).
    public var inspectors: Int

    public init(
        id: String, county: String, enterpriseId: String?, kind: InspectionKind, plannedOn: Day?,
        doneOn: Day?, team: String, hazardsFound: Int, inspectors: Int = 0
    ) {
        self.id = id
        self.county = county
        self.enterpriseId = enterpriseId
        self.kind = kind
        self.plannedOn = plannedOn
        self.doneOn = doneOn
        self.team = team
        self.hazardsFound = hazardsFound
        self.inspectors = inspectors
    }

    /// Planned before `today` and not done.
    public func isOverdue(asOf today: Day) -> Bool {
        guard doneOn == nil, let plannedOn else { return false }
        return plannedOn < today
    }
}
