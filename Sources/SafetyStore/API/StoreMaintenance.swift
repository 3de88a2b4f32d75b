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
    /// Gathers the statistics the query planner uses (ANALYZE) and, with `vacuum`, rewrites the
    /// store so each table and index lies in consecutive pages (after a bulk import they are
    /// interleaved, and a cold read of one index page is a seek of its own). Changes no record.
    func optimize(vacuum: Bool) throws -> OptimizeReport
}

/// What ``StoreMaintenance/optimize(vacuum:)`` did.
public struct OptimizeReport: Sendable, Equatable {
    /// Tables and indexes the planner now has statistics for.
    public var analyzed: Int
    public var vacuumed: Bool
    /// The store's size before and after, in bytes (the file and its WAL, for SQLite).
    public var bytesBefore: Int64
    public var bytesAfter: Int64

    public init(analyzed: Int, vacuumed: Bool, bytesBefore: Int64, bytesAfter: Int64) {
        self.analyzed = analyzed
        self.vacuumed = vacuumed
        self.bytesBefore = bytesBefore
        self.bytesAfter = bytesAfter
    }
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
