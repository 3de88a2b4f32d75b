/// A published figure about a county that is not a count of records: area, population,
/// emergency stock, innovation measures… (`facts.csv`).
public struct CountyFact: Hashable, Sendable, Codable {
    public var county: String
    /// A snake_case key such as `area_km2`; see `CountyFactKey` for the known ones.
    public var key: String
    public var value: Double
    public var note: String

    public init(county: String, key: String, value: Double, note: String = "") {
        self.county = county
        self.key = key
        self.value = value
        self.note = note
    }
}

/// The fact keys the console and reports know how to label.
public enum CountyFactKey: String, CaseIterable, Sendable {
    case areaKm2 = "area_km2"
    case population
    case industryDepartments = "industry_departments"
    case keyDepartments = "key_departments"
    case innovationMeasures = "innovation_measures"
    case emergencyWarehouses = "emergency_warehouses"
    case floodSupplies = "flood_supplies"
    case shelterPoints = "shelter_points"
    case shelters = "shelters"
    case productionAccidents = "production_accidents"
}
