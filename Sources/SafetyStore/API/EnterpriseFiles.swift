public import SafetyCore

/// The enterprise file (一企一档): one enterprise with its hazards, inspections and the
/// trainings of its county, read in one consistent snapshot.
public protocol EnterpriseFiles: Sendable {
    /// The file of enterprise `id`, or nil when there is none.
    func enterpriseFile(_ id: String) throws -> EnterpriseFile?
    /// The enterprises of `county` at list positions `offset..<offset + limit`, reddest first
    /// (red, orange, yellow, blue, then never assessed), by name within a colour: the list the
    /// risk zoom opens.
    func enterprises(county: String, offset: Int, limit: Int) throws -> CountyEnterprises
}

/// One page of a county's enterprises in risk order, and how many the county has.
public struct CountyEnterprises: Sendable, Equatable {
    public var county: String
    /// Every enterprise of the county, not only this page's.
    public var total: Int
    /// The list position of the first of `enterprises`.
    public var offset: Int
    public var enterprises: [Enterprise]

    public init(county: String, total: Int, offset: Int, enterprises: [Enterprise]) {
        self.county = county
        self.total = total
        self.offset = offset
        self.enterprises = enterprises
    }
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
