public import TerminalUI

/// Where each part of the console goes on a screen of a given size: pure geometry, so the
/// renderer and the input loop (for page sizes) agree, and tests can check that nothing
/// overlaps.
///
/// From top to bottom: the header line, the alert line (while an alert is unacknowledged),
/// the error line (while the last read failed), the body, the notice line (while there is a
/// notice) and the key bar. The body holds the panels in one of three arrangements.
public struct ConsoleLayout: Sendable, Hashable {
    /// How the body shows the four panels.
    public enum Arrangement: Sendable, Hashable {
        /// All four panels in a 2×2 grid (risk | hazards over training | inspections).
        case grid
        /// A tab strip naming the four panels and the focused panel below it, full width:
        /// what small terminals (80×24) get, since four boxes in 22 rows show almost nothing.
        case tabs
        /// The focused panel alone fills the body.
        case zoomed
    }

    /// The smallest screen the console draws on; smaller ones get a one-line message.
    public static let minimumSize = Size(width: 80, height: 24)
    /// The smallest screen that gets the 2×2 grid; a quarter of it still holds a readable
    /// hazard table (about 58 columns by 14 rows inside the box).
    public static let gridSize = Size(width: 120, height: 36)

    public var arrangement: Arrangement
    public var header: Rect
    public var alert: Rect?
    public var error: Rect?
    /// The tab strip, in the ``Arrangement/tabs`` arrangement only.
    public var tabStrip: Rect?
    /// The boxes of the panels on screen (one, or all four in the grid).
    public var panels: [ConsolePanel: Rect]
    public var notice: Rect?
    public var keyBar: Rect

    /// The layout of a `size` screen showing `state`, or nil when the screen is smaller than
    /// ``minimumSize``. `hasError` reserves the error line.
    public init?(size: Size, state: ConsoleState, hasError: Bool) {
        guard size.width >= Self.minimumSize.width, size.height >= Self.minimumSize.height else { return nil }
        // Rows that come and go are all fixed(0|1), so the body (the one weighted part) takes
        // exactly what they leave.
        let rows = Rect(size: size).splitRows([
            .fixed(1),
            .fixed(state.alerts.isEmpty ? 0 : 1),
            .fixed(hasError ? 1 : 0),
            .weight(1),
            .fixed(state.notice == nil && state.inspectionPrompt == nil ? 0 : 1),
            .fixed(1),
        ])
        header = rows[0]
        alert = rows[1].isEmpty ? nil : rows[1]
        error = rows[2].isEmpty ? nil : rows[2]
        notice = rows[4].isEmpty ? nil : rows[4]
        keyBar = rows[5]

        let body = rows[3]
        if state.zoomed {
            arrangement = .zoomed
            tabStrip = nil
            panels = [state.focus: body]
        } else if size.width >= Self.gridSize.width, size.height >= Self.gridSize.height {
            arrangement = .grid
            tabStrip = nil
            let halves = body.splitRows([.weight(1), .weight(1)])
            let top = halves[0].splitColumns([.weight(1), .weight(1)])
            let bottom = halves[1].splitColumns([.weight(1), .weight(1)])
            panels = [.risk: top[0], .hazards: top[1], .training: bottom[0], .inspections: bottom[1]]
        } else {
            arrangement = .tabs
            let parts = body.splitRows([.fixed(1), .weight(1)])
            tabStrip = parts[0]
            panels = [state.focus: parts[1]]
        }
    }

    /// Every rectangle of the layout, top to bottom and left to right, for overlap checks.
    public var allRects: [Rect] {
        [header] + [alert, error, tabStrip].compactMap { $0 }
            + ConsolePanel.allCases.compactMap { panels[$0] } + [notice].compactMap { $0 } + [keyBar]
    }
}
