/// How a county answers lateness: "due soon" a few days before the deadline, then escalation
/// steps by days overdue (e.g. reminder → supervision letter → public notice). A value, so
/// each county can have its own and tests can pin one.
public struct EscalationPolicy: Sendable, Equatable {
    /// One step: from `daysLate` days after the deadline on.
    public struct Step: Sendable, Equatable {
        public var daysLate: Int
        public var chinese: String
        public var english: String

        public init(daysLate: Int, chinese: String, english: String) {
            self.daysLate = daysLate
            self.chinese = chinese
            self.english = english
        }
    }

    /// A hazard is due soon when its deadline is at most this many days away.
    public var dueSoonDays: Int
    /// Steps by increasing `daysLate`.
    public private(set) var steps: [Step]

    public init(dueSoonDays: Int = 10, steps: [Step] = EscalationPolicy.defaultSteps) {
        self.dueSoonDays = max(0, dueSoonDays)
        self.steps = steps.sorted { $0.daysLate < $1.daysLate }
    }

    /// 提醒 from the first day late, 督办函 after two weeks, 公开曝光 after a month: the order
    /// the articles' bureaus follow (remind, write, then name publicly).
    public static let defaultSteps = [
        Step(daysLate: 1, chinese: "提醒", english: "reminder"),
        Step(daysLate: 15, chinese: "督办函", english: "supervision letter"),
        Step(daysLate: 30, chinese: "公开曝光", english: "public notice"),
    ]

    /// Where a hazard stands against its deadline on `today`.
    public func urgency(of hazard: Hazard, today: Day) -> DeadlineUrgency {
        guard !hazard.status.isRectified, let deadline = hazard.deadline else { return .none }
        let late = today.days(since: deadline)
        if late > 0 {
            let step = steps.last { $0.daysLate <= late }
            return .overdue(daysLate: late, step: step)
        }
        return -late <= dueSoonDays ? .dueSoon(daysLeft: -late) : .none
    }
}

/// A hazard's standing against its deadline.
public enum DeadlineUrgency: Sendable, Equatable {
    case none
    /// The deadline is `daysLeft` days away (0: today).
    case dueSoon(daysLeft: Int)
    /// The deadline passed `daysLate` days ago; `step` is the escalation reached, if any.
    case overdue(daysLate: Int, step: EscalationPolicy.Step?)
}
