/// Keeping a store's derived figures right, and telling what it holds.
public protocol StoreMaintenance: Sendable {
    /// True when no jurisdiction has been loaded yet (a new, empty store).
    func isEmpty() throws -> Bool
    /// Recomputes the summary tables from the records.
    func recountSummaries() throws
    /// The summary tables' rows, table by table, in key order, as text: for checks that the
    /// figures kept at each write equal a full recount.
    func summaryTableContents() throws -> [String: [[String]]]
    /// How many rows each record table holds (jurisdiction, enterprise, hazard, training, inspection).
    func recordCounts() throws -> RecordCounts
}

/// How many records a store holds, table by table.
public struct RecordCounts: Sendable, Equatable {
    public var jurisdictions = 0
    public var enterprises = 0
    public var hazards = 0
    public var trainings = 0
    public var inspections = 0

    public init(jurisdictions: Int = 0, enterprises: Int = 0, hazards: Int = 0, trainings: Int = 0, inspections: Int = 0) {
        self.jurisdictions = jurisdictions
        self.enterprises = enterprises
        self.hazards = hazards
        self.trainings = trainings
        self.inspections = inspections
    }
}
