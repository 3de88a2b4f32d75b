public import TerminalUI

/// The four panels of the duty officer's console, in focus (Tab) order.
public enum ConsolePanel: Int, CaseIterable, Sendable, Hashable {
    case risk, hazards, training, inspections

    /// The panel's title as the header of its box.
    public func title(_ language: Language) -> String {
        switch (self, language) {
        case (.risk, .zh): "风险等级"
        case (.risk, .en): "Risk levels"
        case (.hazards, .zh): "未整改隐患"
        case (.hazards, .en): "Open hazards"
        case (.training, .zh): "培训·演练·宣讲"
        case (.training, .en): "Training"
        case (.inspections, .zh): "检查计划"
        case (.inspections, .en): "Inspections"
        }
    }

    /// The panel after this one, wrapping around.
    public var next: ConsolePanel { Self(rawValue: (rawValue + 1) % Self.allCases.count)! }
    /// The panel before this one, wrapping around.
    public var previous: ConsolePanel { Self(rawValue: (rawValue + Self.allCases.count - 1) % Self.allCases.count)! }
}
