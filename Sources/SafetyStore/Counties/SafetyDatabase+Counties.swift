import GRDB
public import SafetyCore

/// What the supervisors' view shows of one county: its summary and its twelve months.
public struct CountyPage: Sendable, Equatable {
    public var summary: CountySummary
    public var trend: [MonthlyHazards]

    public init(summary: CountySummary, trend: [MonthlyHazards]) {
        self.summary = summary
        self.trend = trend
    }
}

/// Every read here is where this store writes (`readWhereWritten`): the counties view is
/// opened between triage writes, and on a reader each write emptied its cache (the ranking's
/// 730 page reads, a county page's 50–100, again every time).
extension SafetyDatabase: CountiesReading {
    /// The counties with records, in jurisdiction order.
    public func countyNames() throws -> [String] {
        try readWhereWritten { try JurisdictionPlace.counties(in: try access.authorize($0, .see).effectiveScope, $0) }
    }

    /// Every figure of `counties` (or of every county) on `asOf`, in jurisdiction order.
    public func summaries(counties: [String]?, asOf: Day) throws -> [CountySummary] {
        try readWhereWritten { try SummaryQuery.summaries($0, counties: try access.readScope($0, counties: counties), asOf: asOf) }
    }

    /// One county's page on `asOf`: every figure, and hazards found and rectified in the
    /// twelve months up to `asOf`'s month.
    public func countyPage(_ county: String, asOf: Day) throws -> CountyPage {
        try readWhereWritten { db in
            try access.authorize(db, .countyPages, county: county)
            let summary = try SummaryQuery.summaries(db, counties: [county], asOf: asOf).first ?? CountySummary(county: county)
            return CountyPage(summary: summary, trend: try MonthlyHazards.read(db, county: county, endingWith: Month(asOf)))
        }
    }

    /// The towns and zones of `county` with their figures.
    public func townFigures(_ county: String, asOf: Day) throws -> [TownFigures] {
        try readWhereWritten {
            try access.authorize($0, .countyPages, county: county)
            return try TownFigures.read($0, county: county, asOf: asOf)
        }
    }

    /// The summaries the ranking (晾晒) compares — of `counties`, or of every county — with
    /// only the figures it shows (see `SummaryQuery.Figures.ranking`).
    public func countyRanking(_ counties: [String]?, asOf: Day) throws -> [CountySummary] {
        try readWhereWritten {
            try SummaryQuery.summaries($0, counties: try access.readScope($0, counties: counties, .countyPages), asOf: asOf, figures: .ranking)
        }
    }

    /// A month's bulletin figures for `counties`, with those of the month before.
    public func monthFigures(_ counties: [String], month: Month) throws -> (current: [MonthFigures], previous: [MonthFigures]) {
        try readWhereWritten { db in
            _ = try access.readScope(db, counties: counties, .bulletins)
            return (try MonthFigures.read(db, counties: counties, month: month),
             try MonthFigures.read(db, counties: counties, month: month.adding(months: -1)))
        }
    }

    /// Hazards open at `month`'s end: overdue ones, or major ones.
    public func bulletinHazards(_ counties: [String], month: Month, overdueOnly: Bool) throws -> [BulletinHazard] {
        try readWhereWritten {
            _ = try access.readScope($0, counties: counties, .bulletins)
            return try BulletinHazard.open($0, counties: counties, month: month, overdueOnly: overdueOnly)
        }
    }
}
