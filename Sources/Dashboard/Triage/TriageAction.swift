public import SafetyCore
public import SafetyStore
public import TerminalUI

/// Everything that changes the triage view: the keys of ``TriageKeyMap``, prompt editing,
/// what the loop tells every view, and the results of its effects.
public enum TriageAction: Sendable, Equatable {
    // Keys.
    case up, down, pageUp, pageDown, top, bottom
    case mark
    case assign, deadline, startRectifying, rectified, close, reopen, regrade, listing, comment, undo, merge
    /// `e`: record the responsible unit's request for a later deadline; `E`: decide it.
    case requestExtension, decideExtension
    /// Enter: the enterprise page of the selected hazard's enterprise.
    case openEnterprise
    /// Keys and reads of the open enterprise page.
    case enterpriseFile(EnterpriseFileAction)
    case filter, clearFilter, sort, reverseSort, search, nextMatch, previousMatch
    case help, back, quit
    /// `V` / `:`: name the filter, order and columns as a saved view; `R`: the saved views'
    /// list; `C`: the column editor.
    case saveView, recallView, editColumns
    /// Keys of the open saved views' list and column editor.
    case savedViewPicker(SavedViewPickerAction)
    case columnEditor(TriageColumnEditorAction)
    case showConsole, showCounties
    /// Typing in the open prompt.
    case edit(TextEdit)
    /// Enter in the open prompt: submit the text, or confirm.
    case submitPrompt
    /// Esc in the open prompt.
    case cancelPrompt
    /// Tab in the responsible prompt: complete from the county's units.
    case complete

    // From the loop.
    case appeared
    case dataChanged
    /// Rows of the list on screen: a page for PgUp/PgDn and the reads' window size.
    case layout(listRows: Int)
    case today(Day)

    // Results of effects.
    case windowRead(TriageWindowRead)
    case detailRead(id: String, enterprise: Enterprise?, history: [AuditEntry])
    /// The selected hazard's evidence files, each checked against its recorded SHA-256.
    case attachmentsRead(id: String, [CheckedAttachment])
    case searchRead(TriageSearchRequest, matches: [String], firstPosition: Int?)
    case located(id: String, position: Int?)
    case applied(HazardActionKind, ids: [String], changes: [HazardChange])
    case actionFailed(String)
    /// An extension request recorded, or decided (with the deadline's change when approved).
    case extensionRecorded(DeadlineExtension)
    case extensionDecided(DeadlineExtension, change: HazardChange?)
    /// The undo's own changes (what the hazards are now).
    case undone([HazardChange])
    case undoFailed([HazardChange], reason: String)
    case completions(prefix: String, units: [String])
    case readFailed(String)
    /// A view saved (or replaced), or deleted; a saved view's read or write refused.
    case savedViewSaved(SavedView, SavedViewSave)
    case savedViewDeleted(name: String, remaining: [SavedView])
    case savedViewFailed(String)
}
