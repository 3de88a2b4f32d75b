import Foundation
import SafetyCore

/// The local date and time as the console shows them. The domain never reads the clock; this
/// is where "today" comes from when it is not pinned.
struct WallClock {
    private let minute: DateFormatter
    private let second: DateFormatter

    init() {
        minute = DateFormatter()
        minute.dateFormat = "yyyy-MM-dd HH:mm"
        second = DateFormatter()
        second.dateFormat = "HH:mm:ss"
    }

    /// Today's local date.
    func today(_ now: Date = Date()) -> Day {
        let c = Calendar.current.dateComponents([.year, .month, .day], from: now)
        return Day(year: c.year!, month: c.month!, day: c.day!)!
    }

    /// "2026-11-22 14:05".
    func minuteText(_ now: Date = Date()) -> String { minute.string(from: now) }

    /// "14:05:12".
    func secondText(_ date: Date) -> String { second.string(from: date) }
}
