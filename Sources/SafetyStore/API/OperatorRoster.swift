public import SafetyCore

/// Who is at the keyboard, and the roster that says what each login may do where. Changing
/// the roster is for admins, and every change is audited.
public protocol OperatorRoster: Sendable {
    /// The login this store acts for (the process's operating-system login).
    var actorLogin: String { get }
    /// The roster entry of `actorLogin`; ``AccessRefusal/unknown(login:admins:)`` when it has none.
    func currentOperator() throws -> Operator
    /// The counties `actorLogin` may see, in jurisdiction order.
    func countiesInScope() throws -> [String]
    /// Every operator, by login (admins only).
    func operators() throws -> [Operator]
    /// Adds `login` (``OperatorRosterError`` when it is there already or `scope` names no
    /// county or prefecture). `scope` is a county's or prefecture's name, or `all`.
    func addOperator(login: String, name: String, role: OperatorRole, scope: String, stamp: AuditStamp) throws -> Operator
    /// Changes what is given of `login`'s entry; returns the new entry.
    func updateOperator(_ login: String, change: OperatorChange, stamp: AuditStamp) throws -> Operator
}

/// What `operator set` / `operator disable` change; nil fields stay as they are.
public struct OperatorChange: Sendable, Equatable {
    public var name: String?
    public var role: OperatorRole?
    public var scope: String?
    public var active: Bool?

    public init(name: String? = nil, role: OperatorRole? = nil, scope: String? = nil, active: Bool? = nil) {
        self.name = name
        self.role = role
        self.scope = scope
        self.active = active
    }
}

/// Why a roster change was not made; the roster is unchanged.
public enum OperatorRosterError: Error, Equatable, CustomStringConvertible {
    case alreadyOnRoster(login: String)
    case notOnRoster(login: String)
    case unknownScope(name: String)
    /// The change would leave the database with no active admin.
    case lastAdmin(login: String)

    public var description: String {
        switch self {
        case let .alreadyOnRoster(login): "'\(login)' is on the roster already — change it with `safetyboard operator set \(login) …`"
        case let .notOnRoster(login): "'\(login)' is not on the roster — see `safetyboard operator list`"
        case let .unknownScope(name): "--scope '\(name)' is not a county or prefecture in the jurisdictions, nor `all`"
        case let .lastAdmin(login): "'\(login)' is the last active admin: add another admin first, or nobody could change the roster again"
        }
    }
}
