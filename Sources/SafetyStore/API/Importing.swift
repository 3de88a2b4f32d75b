public import SafetyCore

/// Loading files of the data contract, all or nothing.
public protocol Importing: Sendable {
    /// Imports the CSV files at `paths` (any order; each kind is recognised by its header).
    /// Throws `ImportFailure` listing what is wrong, with the store untouched.
    func importFiles(_ paths: [String], options: ImportOptions) throws -> ImportSummary
}

/// How an import runs: the day its checks count from, who is audited for it, and how it
/// reports progress.
public struct ImportOptions: Sendable {
    public var today: Day
    public var stamp: AuditStamp
    /// Told (rows read, rows in all files) every few thousand rows, from the writing thread.
    public var progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?
    /// When tables are loaded with their secondary indexes and summary triggers set aside.
    public var bulkLoad: BulkLoadPolicy
    /// A row whose id is already stored (an enterprise, hazard or inspection) is a change of
    /// that record from upstream — a hazard's through the lifecycle — audited as `import`;
    /// without it such a row is refused.
    public var update: Bool

    public init(today: Day, stamp: AuditStamp, progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil,
                bulkLoad: BulkLoadPolicy = .automatic, update: Bool = false) {
        self.today = today
        self.stamp = stamp
        self.progress = progress
        self.bulkLoad = bulkLoad
        self.update = update
    }
}
