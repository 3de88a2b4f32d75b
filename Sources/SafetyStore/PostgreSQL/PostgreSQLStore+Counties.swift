public import SafetyCore

extension PostgreSQLStore: CountiesReading {
    public func countyNames() throws -> [String] {
        try read { db in try PostgresJurisdiction.counties(in: try access.authorize(db, .see).effectiveScope, db) }
    }

    public func summaries(counties: [String]?, asOf: Day) throws -> [CountySummary] {
        try read { db in try PostgresSummaryQuery.summaries(db, counties: try access.readScope(db, counties: counties), asOf: asOf) }
    }

    public func countyPage(_ county: String, asOf: Day) throws -> CountyPage {
        try read { db in
            try access.authorize(db, .countyPages, county: county)
            let summary = try PostgresSummaryQuery.summaries(db, counties: [county], asOf: asOf).first ?? CountySummary(county: county)
            return CountyPage(summary: summary, trend: try MonthlyHazards.read(db, county: county, endingWith: Month(asOf)))
        }
    }

    public func townFigures(_ county: String, asOf: Day) throws -> [TownFigures] {
        try read { db in
            try access.authorize(db, .countyPages, county: county)
            return try TownFigures.read(db, county: county, asOf: asOf)
        }
    }

    public func countyRanking(_ counties: [String]?, asOf: Day) throws -> [CountySummary] {
        try read { db in
            try PostgresSummaryQuery.summaries(db, counties: try access.readScope(db, counties: counties, .countyPages), asOf: asOf,
                                               figures: .ranking)
        }
    }

    public func monthFigures(_ counties: [String], month: Month) throws -> (current: [MonthFigures], previous: [MonthFigures]) {
        try read { db in
            _ = try access.readScope(db, counties: counties, .bulletins)
            return (try MonthFigures.read(db, counties: counties, month: month),
                    try MonthFigures.read(db, counties: counties, month: month.adding(months: -1)))
        }
    }

    public func bulletinHazards(_ counties: [String], month: Month, overdueOnly: Bool) throws -> [BulletinHazard] {
        try read { db in
            _ = try access.readScope(db, counties: counties, .bulletins)
            return try BulletinHazard.open(db, counties: counties, month: month, overdueOnly: overdueOnly)
        }
    }
}
