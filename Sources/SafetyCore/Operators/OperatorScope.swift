/// Which jurisdictions an operator works in (辖区): one county, one prefecture's counties, or
/// the whole province.
public enum OperatorScope: Hashable, Sendable {
    case all
    case county(String)
    case prefecture(String)

    /// The name as the roster and `--scope` write it: the jurisdiction's name, or `all`.
    public var name: String {
        switch self {
        case .all: "all"
        case let .county(name), let .prefecture(name): name
        }
    }

    /// True when a record of `county` (in prefecture `prefecture`) is inside this scope.
    public func covers(county: String, prefecture: String?) -> Bool {
        switch self {
        case .all: true
        case let .county(name): name == county
        case let .prefecture(name): name == prefecture || name == county
        }
    }
}
