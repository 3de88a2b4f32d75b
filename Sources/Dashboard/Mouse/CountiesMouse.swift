public import TerminalUI

/// The counties view's mouse: the wheel scrolls the page or table, a key-bar entry runs its
/// action, a double click on the page opens its towns; a click closes the help.
public enum CountiesMouse {
    /// The actions `event` means for `state` drawn in `body` (the rows under the header).
    public static func actions(for event: MouseEvent, in state: CountiesState, body: Rect) -> [CountiesAction] {
        guard state.search == nil else { return [] }
        if state.showsHelp { return event.kind == .press || event.kind == .doubleClick ? [.help] : [] }
        let keyBar = CountiesScreen.keyBarRow(in: body)
        if keyBar.contains(x: event.x, y: event.y) {
            guard event.kind == .press else { return [] }
            let keys = state.keys.granted(to: state.role, \.permission)
            return MouseList.keyBarAction(x: event.x - keyBar.x, width: keyBar.width, bindings: keys,
                                          language: state.language).map { [$0] } ?? []
        }
        switch event.kind {
        case .scrollUp: return Array(repeating: .up, count: MouseList.wheelRows)
        case .scrollDown: return Array(repeating: .down, count: MouseList.wheelRows)
        case .doubleClick: return state.mode == .page ? [.towns] : []
        case .press: return []
        }
    }
}
