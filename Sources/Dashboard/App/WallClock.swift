public import Foundation

/// The machine's clock in its local time zone: the dashboard's clock outside tests.
public struct WallClock: BoardClock {
    public init() {}

    public func now() -> Date { Date() }

    public var timeZone: TimeZone { .current }
}
