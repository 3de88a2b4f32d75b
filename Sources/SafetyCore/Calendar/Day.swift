/// A calendar day (no time, no zone), the unit of every date in the data contract.
///
/// Stored as the number of days since 1970-01-01 so that comparisons and day arithmetic are
/// integer operations; converted to and from ISO `YYYY-MM-DD` without Foundation's calendars,
/// so the domain stays pure and fast.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before it).
    public let ordinal: Int

    public init(ordinal: Int) { self.ordinal = ordinal }

    /// The day with the given civil year, month (1…12) and day (1…31), or nil when it does not exist.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        self.ordinal = era * 146_097 + doe - 719_468
    }

    /// Parses exactly `YYYY-MM-DD`; nil for anything else (including impossible dates).
    public init?(iso text: some StringProtocol) {
        self.init(iso: String(text))
    }

    /// Parses exactly `YYYY-MM-DD`; nil for anything else (including impossible dates).
    public init?(iso text: String) {
        // Not generic, and one pass over the bytes with nothing allocated: an import parses
        // millions of these, and the generic version walked `utf8` through witness tables.
        var parts = (year: 0, month: 0, day: 0)
        var count = 0
        for byte in text.utf8 {
            if count == 4 || count == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
            } else {
                let digit = Int(byte) - 48
                guard count < 10, (0...9).contains(digit) else { return nil }
                switch count {
                case ..<4: parts.year = parts.year * 10 + digit
                case ..<7: parts.month = parts.month * 10 + digit
                default: parts.day = parts.day * 10 + digit
                }
            }
            count += 1
        }
        guard count == 10 else { return nil }
        self.init(year: parts.year, month: parts.month, day: parts.day)
    }

    /// Civil (year, month, day) of this day.
    public var components: (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days.
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    public var year: Int { components.year }
    public var month: Int { components.month }

    /// ISO `YYYY-MM-DD`.
    public var iso: String {
        let (y, m, d) = components
        guard (0...9999).contains(y) else {
            func pad(_ n: Int, _ width: Int) -> String {
                let s = String(n)
                return String(repeating: "0", count: max(0, width - s.count)) + s
            }
            return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
        }
        // Ten ASCII bytes written in place (a small string, no allocation): every date an
        // import stores goes through here.
        return String(unsafeUninitializedCapacity: 10) { bytes in
            func put(_ value: Int, from start: Int, width: Int) {
                var rest = value
                for i in (start..<start + width).reversed() {
                    bytes[i] = UInt8(48 + rest % 10)
                    rest /= 10
                }
            }
            put(y, from: 0, width: 4)
            bytes[4] = UInt8(ascii: "-")
            put(m, from: 5, width: 2)
            bytes[7] = UInt8(ascii: "-")
            put(d, from: 8, width: 2)
            return 10
        }
    }

    public var description: String { iso }

    /// The day `n` days later (earlier for negative `n`).
    public func adding(days n: Int) -> Day { Day(ordinal: ordinal + n) }

    /// Whole days from `other` to `self` (positive when `self` is later).
    public func days(since other: Day) -> Int { ordinal - other.ordinal }

    /// The first day of this day's month.
    public var firstOfMonth: Day { let c = components; return Day(year: c.year, month: c.month, day: 1)! }

    /// Monday = 1 … Sunday = 7 (ISO 8601).
    public var weekday: Int { ((ordinal + 3) % 7 + 7) % 7 + 1 }

    /// The same day of month `n` months later, clamped to the month's last day.
    public func adding(months n: Int) -> Day {
        let (y, m, d) = components
        let total = y * 12 + (m - 1) + n
        let ny = total >= 0 ? total / 12 : (total - 11) / 12
        let nm = total - ny * 12 + 1
        return Day(year: ny, month: nm, day: min(d, Day.daysIn(month: nm, year: ny)))!
    }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

    /// Days in a month of the proleptic Gregorian calendar.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension Day: Codable {
    /// Encodes as the ISO string `YYYY-MM-DD`, as in the CSV files and JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = Day(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a YYYY-MM-DD date: \(text)")
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
