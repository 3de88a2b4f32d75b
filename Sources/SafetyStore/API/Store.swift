import SafetyCore

/// Everything a SafetyBoard store offers, one protocol per kind of work. The Dashboard and the
/// command line see only these (and SafetyCore's values): which engine is underneath — the
/// embedded SQLite file or a server — is the store's business.
///
/// Each backend passes the same contract suite (`StoreContractTests`).
public typealias Store = ConsoleReading & TriageStore & CountiesReading & HazardRecords & Importing
    & Scheduling & StoreMaintenance & OperatorRoster & AuditTrail
    & DeadlineExtensions & EnterpriseFiles & HazardAttachments & SavedViews
