public import SafetyCore

/// What the counties view asks for: reads and the bulletin file, run by ``CountiesEffects``
/// on the effect runner, and the switches the input loop makes itself.
public enum CountiesEffect: Sendable, Equatable {
    case readCountyNames
    case readCountyPage(county: String, asOf: Day)
    case readTownFigures(county: String, asOf: Day)
    /// Every county of `counties` (all when nil), ranked.
    case readCountyRanking(counties: [String]?, asOf: Day)
    /// The bulletin of `month` for `county` (every county when nil), as Markdown in the
    /// view's folder.
    case writeBulletin(month: Month, county: String?)
    case show(BoardViewKind)
    case quit
}
