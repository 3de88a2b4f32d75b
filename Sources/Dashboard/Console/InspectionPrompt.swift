public import SafetyCore
public import TerminalUI

/// Recording an inspection as done from the console (`i`): what the officer types is the day
/// (optional, today when left out) and the ids of the hazards it found, e.g.
/// "2025-06-28 LC-H-0412, LC-H-0413".
public struct InspectionPrompt: Sendable, Equatable {
    public var inspectionId: String
    /// What the officer typed, with its cursor.
    public var field = TextField()

    /// The typed text; setting it puts the cursor at its end.
    public var input: String {
        get { field.text }
        set { field = TextField(newValue) }
    }

    public init(inspectionId: String) {
        self.inspectionId = inspectionId
    }

    /// The day and hazard ids typed, with `today` when no day was given; nil with the word
    /// that is not a date when the first word looks like one but is not.
    public func answer(today: Day) -> (day: Day, hazards: [String])? {
        var words = input.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "，" }).map(String.init)
        var day = today
        if let first = words.first, first.first?.isNumber == true, first.contains("-") {
            guard let typed = Day(iso: first) else { return nil }
            day = typed
            words.removeFirst()
        }
        return (day, words)
    }
}
