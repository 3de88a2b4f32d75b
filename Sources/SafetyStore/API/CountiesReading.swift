public import SafetyCore

/// What supervisors read: county summaries, pages, towns, the ranking and the bulletin.
public protocol CountiesReading: Sendable {
    /// The counties with records, in jurisdiction order.
    func countyNames() throws -> [String]
    /// Every figure of `counties` (or of every county) on `asOf`, in jurisdiction order.
    func summaries(counties: [String]?, asOf: Day) throws -> [CountySummary]
    /// One county's page on `asOf`: every figure, and hazards found and rectified in the
    /// twelve months up to `asOf`'s month.
    func countyPage(_ county: String, asOf: Day) throws -> CountyPage
    /// The towns and zones of `county` with their figures.
    func townFigures(_ county: String, asOf: Day) throws -> [TownFigures]
    /// The summaries the ranking (晾晒) compares — of `counties`, or of every county — with
    /// only the figures it shows.
    func countyRanking(_ counties: [String]?, asOf: Day) throws -> [CountySummary]
    /// A month's bulletin figures for `counties`, with those of the month before.
    func monthFigures(_ counties: [String], month: Month) throws -> (current: [MonthFigures], previous: [MonthFigures])
    /// Hazards open at `month`'s end: overdue ones, or major ones.
    func bulletinHazards(_ counties: [String], month: Month, overdueOnly: Bool) throws -> [BulletinHazard]
}
