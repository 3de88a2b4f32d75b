import Testing
@testable import SafetyCore

@Suite struct DayTests {
    @Test(arguments: [
        ("1970-01-01", 0),
        ("1970-01-02", 1),
        ("1969-12-31", -1),
        ("2000-02-29", 11_016),
        ("2000-03-01", 11_017),
        ("2024-02-29", 19_782),
        ("2025-06-30", 20_269),
        ("0001-01-01", -719_162),
        ("9999-12-31", 2_932_896),
    ])
    func parsesISOToOrdinal(text: String, ordinal: Int) {
        #expect(Day(iso: text)?.ordinal == ordinal)
        #expect(Day(ordinal: ordinal).iso == text)
    }

    @Test(arguments: [
        "2025-02-29",  // 2025 is not a leap year
        "1900-02-29",  // divisible by 100, not by 400
        "2025-04-31", "2025-06-31", "2025-09-31", "2025-11-31",
        "2025-01-32", "2025-13-01", "2025-00-10", "2025-01-00",
        "2025-1-01", "25-01-01", "2025/01/01", "2025-01-01 ", " 2025-01-01", "2025-01-1a",
        "", "2025-01-011", "２０２５-01-01", "+025-01-01", "-025-01-01",
    ])
    func refusesInvalidText(text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test(arguments: [
        (2024, true), (2025, false), (2000, true), (1900, false), (2100, false), (2400, true), (1996, true),
    ])
    func knowsLeapYears(year: Int, leap: Bool) {
        #expect(Day.daysIn(month: 2, year: year) == (leap ? 29 : 28))
        #expect((Day(year: year, month: 2, day: 29) != nil) == leap)
    }

    @Test func daysInEveryMonth() {
        let expected = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        #expect((1...12).map { Day.daysIn(month: $0, year: 2025) } == expected)
    }

    @Test func refusesImpossibleComponents() {
        #expect(Day(year: 2025, month: 0, day: 1) == nil)
        #expect(Day(year: 2025, month: 13, day: 1) == nil)
        #expect(Day(year: 2025, month: 1, day: 0) == nil)
        #expect(Day(year: 2025, month: 2, day: 29) == nil)
    }

    @Test func roundTripsEveryOrdinalOverFourHundredYears() {
        // 1900-01-01 … 2300-01-01 covers both century rules and every leap pattern.
        let start = Day(year: 1900, month: 1, day: 1)!.ordinal
        let end = Day(year: 2300, month: 1, day: 1)!.ordinal
        var previous = Day(ordinal: start - 1)
        for ordinal in start...end {
            let day = Day(ordinal: ordinal)
            let (y, m, d) = day.components
            #expect(Day(year: y, month: m, day: d) == day)
            guard Day(iso: day.iso) == day else {
                Issue.record("ISO round trip failed at \(day.iso)")
                return
            }
            #expect(day > previous)
            previous = day
        }
    }

    @Test func componentsMatchTheCalendar() {
        let day = Day(iso: "2024-02-29")!
        #expect(day.components == (2024, 2, 29))
        #expect(day.year == 2024)
        #expect(day.month == 2)
        #expect(day.firstOfMonth == Day(iso: "2024-02-01"))
        #expect(day.description == "2024-02-29")
    }

    @Test(arguments: [
        ("2025-01-31", 1, "2025-02-01"),
        ("2024-02-28", 1, "2024-02-29"),
        ("2025-02-28", 1, "2025-03-01"),
        ("2024-12-31", 1, "2025-01-01"),
        ("2025-01-01", -1, "2024-12-31"),
        ("2025-03-01", -1, "2025-02-28"),
        ("2024-01-01", 366, "2025-01-01"),
        ("1970-01-01", -1, "1969-12-31"),
    ])
    func addsDays(from: String, days: Int, to: String) {
        let start = Day(iso: from)!
        let end = start.adding(days: days)
        #expect(end.iso == to)
        #expect(end.days(since: start) == days)
    }

    @Test(arguments: [
        ("2025-01-31", 1, "2025-02-28"),  // clamped to the shorter month
        ("2024-01-31", 1, "2024-02-29"),
        ("2024-02-29", 12, "2025-02-28"),
        ("2024-02-29", 48, "2028-02-29"),
        ("2025-03-31", -1, "2025-02-28"),
        ("2025-01-15", -1, "2024-12-15"),
        ("2025-01-15", -13, "2023-12-15"),
        ("2025-11-30", 2, "2026-01-30"),
        ("2025-05-31", 0, "2025-05-31"),
        ("0001-01-15", -1, "0000-12-15"),
    ])
    func addsMonths(from: String, months: Int, to: String) {
        #expect(Day(iso: from)!.adding(months: months).iso == to)
    }

    @Test(arguments: [
        ("1970-01-01", 4),  // Thursday
        ("2025-06-30", 1),  // Monday
        ("2025-07-06", 7),  // Sunday
        ("2024-02-29", 4),
        ("2000-01-01", 6),
        ("1969-12-28", 7),  // before the epoch
        ("1969-12-29", 1),
    ])
    func knowsTheISOWeekday(text: String, weekday: Int) {
        #expect(Day(iso: text)!.weekday == weekday)
    }

    @Test func weekdaysCycleOneToSeven() {
        let monday = Day(iso: "2025-06-30")!
        #expect((0..<14).map { monday.adding(days: $0).weekday } == [1, 2, 3, 4, 5, 6, 7, 1, 2, 3, 4, 5, 6, 7])
    }

    @Test func comparesByDate() {
        #expect(Day(iso: "2025-01-01")! < Day(iso: "2025-01-02")!)
        #expect(Day(iso: "2024-12-31")! < Day(iso: "2025-01-01")!)
        #expect(!(Day(iso: "2025-01-01")! < Day(iso: "2025-01-01")!))
    }
}
