import SafetyStore
import TerminalUI

/// What a panel knows when it draws: the data, the officer's state and how it is shown.
struct PanelContext: Sendable {
    var snapshot: ConsoleSnapshot
    var state: ConsoleState
    var language: Language
    /// The panel has the keys: its selection is highlighted.
    var isFocused: Bool
    /// The panel fills the body and shows its extra detail.
    var isZoomed: Bool
}

/// The inside of one console panel. `PanelBox` draws the frame; a view draws only within the
/// rectangle it is given, so panels can be placed in a grid, a tab or a zoom alike.
protocol PanelView {
    init(_ context: PanelContext)
    /// Draws the panel's content into `rect` (the inside of its box).
    func draw(in rect: Rect, on canvas: inout Canvas)
}

extension ConsolePanel {
    /// The view that draws this panel's content.
    var viewType: any PanelView.Type {
        switch self {
        case .risk: RiskPanelView.self
        case .hazards: HazardPanelView.self
        case .training: TrainingPanelView.self
        case .inspections: InspectionPanelView.self
        }
    }
}
