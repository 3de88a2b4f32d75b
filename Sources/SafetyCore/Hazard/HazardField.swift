/// The fields of a hazard that triage can change; raw values are the CSV column names, which
/// the audit trail uses too.
public enum HazardField: String, CaseIterable, Sendable, Codable {
    case status
    case grade
    case responsible
    case deadline
    case rectifiedOn = "rectified_on"
    case closedOn = "closed_on"
    case listedOn = "listed_on"
    case delistedOn = "delisted_on"
    case duplicateOf = "duplicate_of"

    /// The field's value on `hazard`, as the CSV writes it; nil when empty.
    public func value(of hazard: Hazard) -> String? {
        switch self {
        case .status: hazard.status.rawValue
        case .grade: hazard.grade.rawValue
        case .responsible: hazard.responsible
        case .deadline: hazard.deadline?.iso
        case .rectifiedOn: hazard.rectifiedOn?.iso
        case .closedOn: hazard.closedOn?.iso
        case .listedOn: hazard.listedOn?.iso
        case .delistedOn: hazard.delistedOn?.iso
        case .duplicateOf: hazard.duplicateOf
        }
    }

    /// Copies this field's value from `source` into `hazard` (undo puts fields back this way).
    public func copy(from source: Hazard, into hazard: inout Hazard) {
        switch self {
        case .status: hazard.status = source.status
        case .grade: hazard.grade = source.grade
        case .responsible: hazard.responsible = source.responsible
        case .deadline: hazard.deadline = source.deadline
        case .rectifiedOn: hazard.rectifiedOn = source.rectifiedOn
        case .closedOn: hazard.closedOn = source.closedOn
        case .listedOn: hazard.listedOn = source.listedOn
        case .delistedOn: hazard.delistedOn = source.delistedOn
        case .duplicateOf: hazard.duplicateOf = source.duplicateOf
        }
    }
}

extension Hazard {
    /// The triage fields whose values differ between this record and `other`, in
    /// declaration order.
    public func changedFields(to other: Hazard) -> [HazardField] {
        HazardField.allCases.filter { $0.value(of: self) != $0.value(of: other) }
    }
}
