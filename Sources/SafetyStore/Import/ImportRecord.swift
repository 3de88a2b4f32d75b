import SafetyCore

/// One record of an input file, decoded into its domain type and checked: what is inserted.
enum ImportRecord {
    case jurisdiction(Jurisdiction)
    case enterprise(Enterprise)
    case hazard(Hazard)
    case training(TrainingEvent)
    case inspection(Inspection)
    case fact(CountyFact)
    case inspector(Inspector)
}
