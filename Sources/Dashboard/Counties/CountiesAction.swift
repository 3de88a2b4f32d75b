public import SafetyCore
public import SafetyStore
public import TerminalUI

/// Everything that changes the counties view: the keys of ``CountiesKeyMap``, typing in the
/// county search, what the loop tells every view, and the results of its effects.
public enum CountiesAction: Sendable, Equatable {
    // Keys.
    case nextCounty, previousCounty, search, towns, ranking, back, sort, reverseSort, bulletin
    case up, down, top, bottom
    case help, quit, showConsole, showTriage
    /// Typing after `/`.
    case edit(TextEdit)
    /// Enter or Esc after `/`: the county found stays.
    case endSearch

    // From the loop.
    /// The view came on screen: read what it shows.
    case appeared
    /// Another process or this one wrote: read again.
    case dataChanged
    /// Rows of the body on screen (its page size for scrolling).
    case layout(visibleRows: Int)
    /// The day the figures are counted at; a new one after midnight.
    case today(Day)

    // Results of effects.
    case countyNamesRead([String])
    case countyPageRead(county: String, CountyPage)
    case townFiguresRead(county: String, [TownFigures])
    case rankingRead([CountySummary])
    case readFailed(String)
    case bulletinWritten(month: Month, path: String)
    case bulletinFailed(String)
}
