/// A new major hazard (重大事故隐患) seen while the console was open; it stays in the header
/// until the officer acknowledges it.
public struct HazardAlert: Sendable, Hashable {
    public var hazardId: String
    public var county: String
    public var enterpriseName: String
    public var description: String

    public init(hazardId: String, county: String, enterpriseName: String, description: String) {
        self.hazardId = hazardId
        self.county = county
        self.enterpriseName = enterpriseName
        self.description = description
    }
}
