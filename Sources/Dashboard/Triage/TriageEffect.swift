public import SafetyCore
public import SafetyStore

/// What the triage view asks for: reads and writes, run by ``TriageEffects`` on the effect
/// runner, and the switches the input loop makes itself.
public enum TriageEffect: Sendable, Equatable {
    case readWindow(TriageWindowRequest)
    /// The enterprise and history of the selected hazard, when it moved inside the window.
    case readDetail(Hazard)
    /// A batch of matches; the first batch also says where its first match is.
    case search(TriageSearchRequest)
    /// Where hazard `id` is in the list now.
    case locate(id: String, query: TriageListQuery)
    /// One action on the rows as they were read (the stale-read check), audited.
    case apply(HazardAction, to: [TrackedHazard], today: Day)
    case undo([HazardChange])
    /// The enterprise page's file.
    case readEnterpriseFile(enterpriseId: String)
    /// A deadline extension asked for the hazard, for `reason`; audited.
    case requestExtension(hazard: String, until: Day, reason: String, today: Day)
    /// The hazard's pending extension approved or refused; audited.
    case decideExtension(hazard: String, approve: Bool, note: String?, today: Day)
    /// The county's responsible units that start with `prefix`, most used first.
    case completeResponsible(county: String, prefix: String)
    /// The operator's saved views, for the list; one saved, one deleted.
    case readSavedViews
    case saveView(SavedView)
    case deleteSavedView(name: String)
    case show(BoardViewKind)
    case quit
}

extension TriageEffect {
    var isWindowRead: Bool {
        if case .readWindow = self { true } else { false }
    }
}
