/// The one rule for whether an operator may do something to a record of a county: the role
/// must grant it, and the county must lie in the operator's scope. Pure: the store looks up
/// the operator and the county's prefecture and asks here.
public enum AccessRule {
    /// Nil when `actor` may do `permission` to a record of `county` (nil: not tied to one
    /// county); else the refusal naming the rule that was broken.
    public static func refusal(_ actor: Operator, _ permission: OperatorPermission, county: String?,
                               prefecture: String?) -> AccessRefusal? {
        guard actor.active else { return .disabled(login: actor.login) }
        guard actor.role.grants.contains(permission) else {
            return .role(login: actor.login, role: actor.role, permission: permission, roles: OperatorRole.holding(permission))
        }
        if let county, !actor.effectiveScope.covers(county: county, prefecture: prefecture) {
            return .scope(login: actor.login, scope: actor.effectiveScope, county: county)
        }
        return nil
    }
}

/// Why the store refused an operator: each case names the rule, and says who can act instead.
public enum AccessRefusal: Error, Hashable, Sendable, CustomStringConvertible {
    /// The login is not on the roster.
    case unknown(login: String, admins: [String])
    case disabled(login: String)
    /// The role does not grant the permission.
    case role(login: String, role: OperatorRole, permission: OperatorPermission, roles: [OperatorRole])
    /// The record's county is outside the operator's scope.
    case scope(login: String, scope: OperatorScope, county: String)
    /// A read without a county by an operator whose scope is several counties.
    case chooseCounty(login: String, scope: OperatorScope, counties: [String])

    public var description: String {
        switch self {
        case let .unknown(login, admins):
            let ask = admins.isEmpty ? "an admin" : "an admin (\(admins.joined(separator: ", ")))"
            return "login '\(login)' is not on this database's operators roster — ask \(ask) to run `safetyboard operator add \(login) --name NAME --role ROLE --scope COUNTY`"
        case let .disabled(login):
            return "operator '\(login)' is disabled on this database — ask an admin to enable them again with `safetyboard operator set \(login) --active`"
        case let .role(login, role, permission, roles):
            return "refused by the role rule: '\(login)' is \(role.rawValue) (\(role.chineseName)), and \(permission.rawValue) needs the role \(roles.map(\.rawValue).joined(separator: " or ")) — nothing was changed"
        case let .scope(login, scope, county):
            return "refused by the scope rule: \(county) is outside the jurisdiction of '\(login)' (\(scope.name)) — nothing was changed"
        case let .chooseCounty(login, scope, counties):
            return "refused by the scope rule: '\(login)' works in \(scope.name); name one of its counties (\(counties.joined(separator: ", ")))"
        }
    }
}
