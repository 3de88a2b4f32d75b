import SafetyCore
import SafetyStore
import Testing

/// The console's twelve months of training sessions, on every backend: whole months from the
/// table kept per county and month, the as-of month up to the as-of day only (a console pinned
/// to an earlier day), each scope its own.
struct TrainingMonthsContractTests {
    static let today = StoreFixture.today

    /// Trainings besides the contract data's: on the last day of the month, and a year before
    /// the first month shown.
    static let more = """
        id,county,held_on,kind,audience,mode,sessions,person_times,topic,materials
        T4,荔城区,2025-06-30,drill,worker,offline,4,80,当日演练,
        T6,新泰市,2024-06-30,training,worker,offline,5,50,去年培训,
        T7,新泰市,2025-01-15,publicity,public,offline,6,600,宣讲,

        """

    @Test(arguments: StoreBackend.all, [(nil, "2025-06-30"), ("荔城区", "2025-06-30"), ("新泰市", "2025-06-30"), (nil, "2025-06-20")])
    func theTwelveMonthsAreTheSessionsHeldInEach(backend: StoreBackend, view: (scope: String?, asOf: String)) throws {
        let fixture = try StoreFixture(backend)
        try fixture.importFiles([("more.csv", Self.more)])
        let held: [(county: String, day: String, sessions: Int)] = [
            ("荔城区", "2025-05-10", 2), ("荔城区", "2025-06-16", 1), ("新泰市", "2025-03-01", 3),
            ("荔城区", "2025-06-30", 4), ("新泰市", "2024-06-30", 5), ("新泰市", "2025-01-15", 6),
        ]
        let (scope, asOf) = (view.scope, Day(iso: view.asOf)!)
        let snapshot = try fixture.store.situation(ConsoleRequest(scope: scope, asOf: asOf, hazardRows: 1), majorsAfter: nil).snapshot
        let first = Month(asOf).adding(months: -11)
        let expected = (0..<12).map { index -> Int in
            let month = first.adding(months: index)
            return held.filter { training in
                let day = Day(iso: training.day)!
                return (scope == nil || training.county == scope) && Month(day) == month && day <= asOf
            }.map(\.sessions).reduce(0, +)
        }
        #expect(snapshot.training.monthlySessions.map(\.month) == (0..<12).map { first.adding(months: $0) })
        #expect(snapshot.training.monthlySessions.map(\.sessions) == expected)
        #expect(expected.reduce(0, +) > 0)
    }
}
