import Testing
@testable import SafetyCore

@Suite struct MonthTests {
    @Test(arguments: [
        ("2025-02", "2025-02-01", "2025-02-28"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2025-12", "2025-12-01", "2025-12-31"),
        ("2025-04", "2025-04-01", "2025-04-30"),
    ])
    func parsesAndSpans(text: String, first: String, last: String) throws {
        let month = try #require(Month(iso: text))
        #expect(month.firstDay.iso == first)
        #expect(month.lastDay.iso == last)
        #expect(month.iso == text)
        #expect(month.description == text)
    }

    @Test(arguments: ["2025-13", "2025-00", "2025-2", "2025", "2025-02-01", "", "abcd-ef", "2025-02 "])
    func refusesInvalidText(text: String) {
        #expect(Month(iso: text) == nil)
    }

    @Test func refusesImpossibleMonths() {
        #expect(Month(year: 2025, month: 0) == nil)
        #expect(Month(year: 2025, month: 13) == nil)
        #expect(Month(year: 2025, month: 12) != nil)
    }

    @Test func containsTheDay() {
        let month = Month(Day(iso: "2024-02-29")!)
        #expect(month == Month(year: 2024, month: 2))
    }

    @Test(arguments: [
        ("2025-01", 1, "2025-02"),
        ("2025-12", 1, "2026-01"),
        ("2025-01", -1, "2024-12"),
        ("2025-06", -18, "2023-12"),
        ("2025-06", 24, "2027-06"),
        ("2025-06", 0, "2025-06"),
    ])
    func addsMonths(from: String, months: Int, to: String) {
        #expect(Month(iso: from)!.adding(months: months).iso == to)
    }

    @Test func ordersChronologically() {
        let months = ["2025-02", "2024-12", "2025-01", "2024-01"].compactMap { Month(iso: $0) }
        #expect(months.sorted().map(\.iso) == ["2024-01", "2024-12", "2025-01", "2025-02"])
    }
}
