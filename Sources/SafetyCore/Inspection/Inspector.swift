/// A member of an inspecting body's roster (`inspectors.csv`), drawn into teams for
/// double-random inspections.
public struct Inspector: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    /// The inspecting body: a county bureau (e.g. 荔城区应急管理局) or a town's name.
    public var body: String
    /// The town the inspector belongs to; empty for county-level staff.
    public var town: String

    public init(id: String, name: String, body: String, town: String) {
        self.id = id
        self.name = name
        self.body = body
        self.town = town
    }
}
