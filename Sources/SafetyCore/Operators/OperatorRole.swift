/// What an officer at the console is there to do (岗位). Each role may do what the one before
/// it may, except that a supervisor does not triage: see ``OperatorRole/grants``.
public enum OperatorRole: String, CaseIterable, Sendable, Codable {
    /// 值班员: watches the board, acknowledges alerts, records inspections done.
    case duty
    /// 隐患处置: a duty officer who also triages hazards.
    case triage
    /// 分管领导/督导组: county pages, ranking, bulletins, inspection plans.
    case supervisor
    /// Everything, everywhere: imports, rules, the operators roster.
    case admin

    /// The role's Chinese name, as the bureau writes it.
    public var chineseName: String {
        switch self {
        case .duty: "值班员"
        case .triage: "隐患处置"
        case .supervisor: "分管领导"
        case .admin: "管理员"
        }
    }

    /// Everything the role may do (the table of README's "Roles and scope").
    public var grants: Set<OperatorPermission> {
        switch self {
        case .duty: [.see, .acknowledgeAlerts, .recordInspections]
        case .triage: OperatorRole.duty.grants.union([.triage, .decideExtensions])
        case .supervisor: [.see, .countyPages, .bulletins, .inspectionPlans, .decideExtensions, .majorExtensions]
        case .admin: Set(OperatorPermission.allCases)
        }
    }

    /// The roles that may do `permission`, for refusals that say who can.
    public static func holding(_ permission: OperatorPermission) -> [OperatorRole] {
        allCases.filter { $0.grants.contains(permission) }
    }
}

/// One kind of thing an operator may be allowed to do.
public enum OperatorPermission: String, CaseIterable, Sendable, Codable {
    /// Read the board, hazards, enterprises and audit trail in scope.
    case see
    /// Acknowledge the console's new-major-hazard alerts.
    case acknowledgeAlerts = "acknowledge alerts"
    /// Record an inspection as done.
    case recordInspections = "record inspections"
    /// Every triage action on a hazard, and adding a hazard.
    case triage
    /// Deciding a deadline extension request (延期审批).
    case decideExtensions = "decide extensions"
    /// Deciding a major hazard's deadline extension (重大隐患延期), besides ``decideExtensions``.
    case majorExtensions = "major hazard extensions"
    /// County pages, towns and the ranking (晾晒).
    case countyPages = "county pages"
    /// The monthly bulletin (一月一通报).
    case bulletins
    /// Saving inspection plans (`schedule plan --save`).
    case inspectionPlans = "inspection plans"
    /// Loading data files.
    case importData = "import"
    /// Inspection rules, the summary recount and `optimize`.
    case rules
    /// The operators roster.
    case operators
}
