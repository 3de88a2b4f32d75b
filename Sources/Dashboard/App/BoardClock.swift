public import Foundation
public import SafetyCore

/// Where the dashboard's time comes from. Only the input loop and the effect runner ask it;
/// reducers and screens get the day and the clock text as values, so that midnight can be
/// crossed in a test by moving a test clock instead of waiting for it.
public protocol BoardClock: Sendable {
    /// The current instant.
    func now() -> Date
    /// The zone "today" and the header's clock are read in.
    var timeZone: TimeZone { get }
}

extension BoardClock {
    /// The local date at `date`.
    public func today(at date: Date) -> Day {
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return Day(year: c.year!, month: c.month!, day: c.day!)!
    }

    /// "2026-11-22 14:05" at `date`.
    public func minuteText(at date: Date) -> String {
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!)
    }

    /// "14:05:12" at `date`.
    public func secondText(at date: Date) -> String {
        let c = calendar.dateComponents([.hour, .minute, .second], from: date)
        return String(format: "%02d:%02d:%02d", c.hour!, c.minute!, c.second!)
    }

    /// The first instant of the minute after `date`: when the header's clock must change.
    public func nextMinute(after date: Date) -> Date {
        let start = calendar.dateInterval(of: .minute, for: date)?.start ?? date
        return start.addingTimeInterval(60)
    }

    private var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }
}
