public import SafetyCore

/// The enterprise file (一企一档): one enterprise with its hazards, inspections and the
/// trainings of its county, read in one consistent snapshot.
public protocol EnterpriseFiles: Sendable {
    /// The file of enterprise `id`, or nil when there is none.
    func enterpriseFile(_ id: String) throws -> EnterpriseFile?
}

/// Everything the enterprise page and `enterprise show` print of one enterprise.
public struct EnterpriseFile: Sendable, Equatable {
    public var enterprise: Enterprise
    /// Its hazards (duplicates included, marked as such): not closed first, most urgent first,
    /// then the closed ones, last closed first.
    public var hazards: [Hazard]
    /// Its inspections: those not done yet, by planned day, then the done ones, last done first.
    public var inspections: [Inspection]
    /// The latest trainings of its county (at most ``EnterpriseFile/trainingLimit``), newest first.
    public var trainings: [TrainingEvent]

    /// How many of the county's trainings the file holds.
    public static let trainingLimit = 50

    public init(enterprise: Enterprise, hazards: [Hazard] = [], inspections: [Inspection] = [], trainings: [TrainingEvent] = []) {
        self.enterprise = enterprise
        self.hazards = hazards
        self.inspections = inspections
        self.trainings = trainings
    }
}
