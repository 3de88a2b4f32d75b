/// A calendar month, e.g. the period of a monthly bulletin (一月一通报).
public struct Month: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    /// 1…12.
    public let month: Int

    public init?(year: Int, month: Int) {
        guard (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// The month a day falls in.
    public init(_ day: Day) {
        let c = day.components
        self.year = c.year
        self.month = c.month
    }

    /// Parses `YYYY-MM`.
    public init?(iso text: some StringProtocol) {
        guard let first = Day(iso: "\(text)-01") else { return nil }
        self.init(first)
    }

    public var firstDay: Day { Day(year: year, month: month, day: 1)! }
    public var lastDay: Day { Day(year: year, month: month, day: Day.daysIn(month: month, year: year))! }
    public func adding(months n: Int) -> Month { Month(firstDay.adding(months: n)) }

    /// `YYYY-MM`.
    public var iso: String { String(firstDay.iso.prefix(7)) }
    public var description: String { iso }

    public static func < (lhs: Month, rhs: Month) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }
}
