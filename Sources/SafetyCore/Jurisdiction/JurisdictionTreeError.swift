/// A problem in the jurisdiction list that makes the tree unreliable.
public enum JurisdictionTreeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Two units share a code; lookups use the first one.
    case duplicateCode(String)
    /// A unit names a parent code that no unit has.
    case unknownParent(code: String, parentCode: String)
    /// Following parents from these units leads back to the first one (codes in chain order,
    /// starting from the smallest code, so the same cycle is always reported the same way).
    case cycle([String])
    /// A unit is not below its parent (e.g. a county under a town, or a zone under a town).
    case levelNotBelowParent(code: String, level: JurisdictionLevel, parentCode: String, parentLevel: JurisdictionLevel)

    /// What is wrong and what to change in `jurisdictions.csv`.
    public var message: String {
        switch self {
        case let .duplicateCode(code):
            "code \(code) is used by more than one unit — give each unit its own code"
        case let .unknownParent(code, parentCode):
            "unit \(code) names parent \(parentCode), which is not in the list — add that unit or correct parent_code"
        case let .cycle(codes):
            "units \((codes + codes.prefix(1)).joined(separator: " → ")) are each other's parents — break the loop by correcting parent_code"
        case let .levelNotBelowParent(code, level, parentCode, parentLevel):
            "unit \(code) (\(level.rawValue)) is under \(parentCode) (\(parentLevel.rawValue)), which is not a higher level — correct its level or parent_code"
        }
    }

    /// Same as `message`.
    public var description: String { message }
}
