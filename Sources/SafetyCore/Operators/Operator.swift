/// One officer on a database's operators roster: the login they are known by, the name shown
/// in the header, what they may do and where.
public struct Operator: Hashable, Sendable {
    /// The operating-system login (on a server, the database role).
    public var login: String
    public var name: String
    public var role: OperatorRole
    public var scope: OperatorScope
    /// A disabled operator keeps their audit rows but may do nothing.
    public var active: Bool

    public init(login: String, name: String, role: OperatorRole, scope: OperatorScope, active: Bool = true) {
        self.login = login
        self.name = name
        self.role = role
        self.scope = scope
        self.active = active
    }

    /// Admins work everywhere, whatever scope the roster gives them.
    public var effectiveScope: OperatorScope {
        role == .admin ? .all : scope
    }
}
