public import SafetyCore
public import TerminalUI

/// Which keys a role has: each view's actions that need a permission (``OperatorPermission``)
/// beyond seeing. The key bar and the help show only the keys the officer's role grants, and
/// each reducer refuses the others if pressed anyway. The store refuses them too; this only
/// keeps the screen from offering what would be refused.
public enum RoleKeys {
    /// The notice a refused key leaves: the role and what it lacks.
    public static func refusal(_ role: OperatorRole, _ permission: OperatorPermission?, _ language: Language) -> String? {
        guard let permission, !role.grants.contains(permission) else { return nil }
        let roles = OperatorRole.holding(permission).map { language == .zh ? $0.chineseName : $0.rawValue }
        return language == .zh
            ? "\(role.chineseName)无此权限（\(permission.rawValue)）：需\(roles.joined(separator: "或"))"
            : "refused: \(role.rawValue) may not do \(permission.rawValue) (needs \(roles.joined(separator: " or ")))"
    }

    /// How the header names the role.
    public static func name(_ role: OperatorRole, _ language: Language) -> String {
        language == .zh ? role.chineseName : role.rawValue
    }
}

extension ConsoleAction {
    /// What the action needs beyond seeing, or nil.
    public var permission: OperatorPermission? {
        switch self {
        case .acknowledge: .acknowledgeAlerts
        case .recordInspection: .recordInspections
        case .showCounties: .countyPages
        default: nil
        }
    }
}

extension TriageAction {
    /// What the action needs beyond seeing, or nil.
    public var permission: OperatorPermission? {
        switch self {
        case .assign, .deadline, .startRectifying, .rectified, .close, .reopen, .regrade, .listing, .comment, .undo, .merge, .mark,
             .requestExtension:
            .triage
        case .decideExtension: .decideExtensions
        case .showCounties: .countyPages
        default: nil
        }
    }
}

extension CountiesAction {
    /// What the action needs beyond seeing, or nil.
    public var permission: OperatorPermission? {
        switch self {
        case .bulletin: .bulletins
        case .nextCounty, .previousCounty, .search, .towns, .ranking: .countyPages
        default: nil
        }
    }
}

extension Array {
    /// The bindings `role` may use (what the key bar and the help show).
    public func granted<Action>(to role: OperatorRole, _ permission: (Action) -> OperatorPermission?) -> [KeyBinding<Action>]
        where Element == KeyBinding<Action> {
        filter { binding in permission(binding.action).map(role.grants.contains) ?? true }
    }
}
