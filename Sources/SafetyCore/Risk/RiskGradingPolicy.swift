/// The pair of grading tables one jurisdiction uses.
public struct RiskBandTables: Hashable, Sendable {
    /// For LEC scores D.
    public var lec: RiskBandTable
    /// For risk-matrix scores R.
    public var riskMatrix: RiskBandTable

    /// The built-in table for any method not given.
    public init(lec: RiskBandTable = .defaultLEC, riskMatrix: RiskBandTable = .defaultRiskMatrix) {
        self.lec = lec
        self.riskMatrix = riskMatrix
    }

    /// The built-in tables, documented on `RiskBandTable.defaultLEC` and `.defaultRiskMatrix`.
    public static var standard: RiskBandTables { RiskBandTables() }
}

/// Which grading tables apply where: the standard ones, unless a jurisdiction or one of its
/// ancestors overrides them. A province that publishes its own edges sets them once on the
/// province, and every county below inherits them unless it sets its own.
public struct RiskGradingPolicy: Hashable, Sendable {
    /// The tables used where no override applies.
    public var standard: RiskBandTables
    /// Overrides by jurisdiction code.
    public var overrides: [String: RiskBandTables]

    /// The standard tables and overrides keyed by jurisdiction code.
    public init(standard: RiskBandTables = .standard, overrides: [String: RiskBandTables] = [:]) {
        self.standard = standard
        self.overrides = overrides
    }

    /// The tables for the unit `code`: its own override, else the nearest ancestor's, else the
    /// standard ones. Without a tree only the unit's own override is considered.
    public func tables(forCode code: String, in tree: JurisdictionTree? = nil) -> RiskBandTables {
        if let own = overrides[code] { return own }
        for ancestor in tree?.ancestors(of: code) ?? [] {
            if let inherited = overrides[ancestor.code] { return inherited }
        }
        return standard
    }

    /// The tables for a record's `county` name, resolved with `JurisdictionTree.unit(named:)`;
    /// the standard ones when the name is not in the tree.
    public func tables(forCounty name: String, in tree: JurisdictionTree) -> RiskBandTables {
        guard let unit = tree.unit(named: name) else { return standard }
        return tables(forCode: unit.code, in: tree)
    }
}
