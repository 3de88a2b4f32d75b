import GRDB

/// A SafetyCore value stored as a row. The conformance to GRDB's record protocols goes
/// through this internal protocol so that it stays inside the store: a public type may not
/// conform publicly to a protocol of a module imported internally (`InternalImportsByDefault`),
/// and SafetyStore's callers must never see GRDB.
protocol StoredRecord: FetchableRecord, PersistableRecord {}

/// A SafetyCore value stored as one column (a day, an enumerated word); internal for the same
/// reason as ``StoredRecord``.
protocol StoredValue: DatabaseValueConvertible {}

/// A value the store reads from rows but never writes as a record (the audit trail is
/// appended by its own statement); internal for the same reason as ``StoredRecord``.
protocol FetchedRow: FetchableRecord {}
