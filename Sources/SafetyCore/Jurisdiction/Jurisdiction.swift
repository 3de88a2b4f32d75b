/// The level of an administrative unit, from province down to town or development zone.
public enum JurisdictionLevel: String, CaseIterable, Sendable, Codable {
    case province, prefecture, county, town, zone
}

/// An administrative unit (行政区划): a province, prefecture (州/市), county (县/区/市), town
/// (乡/镇/街道) or functional zone (开发区/园区).
public struct Jurisdiction: Hashable, Sendable, Codable {
    public var code: String
    public var name: String
    public var level: JurisdictionLevel
    /// The code of the unit this one belongs to; nil for a province.
    public var parentCode: String?

    public init(code: String, name: String, level: JurisdictionLevel, parentCode: String?) {
        self.code = code
        self.name = name
        self.level = level
        self.parentCode = parentCode
    }
}

extension JurisdictionLevel {
    /// Distance from the top: province 0, prefecture 1, county 2, town and zone 3. A child must
    /// be deeper than its parent; town and zone share a depth because both sit directly under
    /// a county (a zone is not part of a town, nor a town of a zone).
    public var depth: Int {
        switch self {
        case .province: 0
        case .prefecture: 1
        case .county: 2
        case .town, .zone: 3
        }
    }
}
