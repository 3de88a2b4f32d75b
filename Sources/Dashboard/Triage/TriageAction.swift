/// What a key asks the triage view to do. ``TriageKeyMap`` binds keys to these.
public enum TriageAction: Hashable, Sendable {
    case up, down, pageUp, pageDown, top, bottom
    case mark
    case assign, deadline, startRectifying, rectified, close, reopen, regrade, listing, comment, undo, merge
    case filter, clearFilter, sort, reverseSort, search, nextMatch, previousMatch
    case help, back, quit
    case showConsole, showCounties
}
