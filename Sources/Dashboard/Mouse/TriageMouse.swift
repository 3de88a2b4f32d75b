import SafetyStore
public import TerminalUI

/// The triage view's mouse: a click selects the row under the pointer, a double click opens
/// its enterprise file, the wheel scrolls the list (or the open enterprise file), a key-bar
/// entry runs its action; a click closes the help. The same actions the keys send.
public enum TriageMouse {
    /// The actions `event` means for `state` drawn in `body` (the rows under the header).
    public static func actions(for event: MouseEvent, in state: TriageState, body: Rect) -> [TriageAction] {
        guard state.prompt == nil else { return [] }
        let wheel: ListMove? = switch event.kind {
        case .scrollUp: .up
        case .scrollDown: .down
        default: nil
        }
        if state.enterpriseFile != nil {
            return wheel.map { Array(repeating: .enterpriseFile(.scroll($0)), count: MouseList.wheelRows) } ?? []
        }
        if state.showsHelp { return wheel == nil ? [.help] : [] }
        let layout = TriageLayout(body: body)
        if layout.keyBar.contains(x: event.x, y: event.y) {
            guard event.kind == .press else { return [] }
            let keys = state.keys.granted(to: state.role, \.permission)
            return MouseList.keyBarAction(x: event.x - layout.keyBar.x, width: layout.keyBar.width, bindings: keys,
                                          language: state.language).map { [$0] } ?? []
        }
        guard layout.list.contains(x: event.x, y: event.y) else { return [] }
        if let wheel { return Array(repeating: wheel == .up ? .up : .down, count: MouseList.wheelRows) }
        guard let delta = MouseList.rowDelta(y: event.y, area: layout.list, count: state.data.count, selection: state.selection) else {
            return []
        }
        return MouseList.moves(delta, up: .up, down: .down) + (event.kind == .doubleClick ? [.openEnterprise] : [])
    }
}
