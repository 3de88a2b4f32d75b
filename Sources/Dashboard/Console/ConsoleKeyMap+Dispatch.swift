public import TerminalUI

extension ConsoleKeyMap {
    /// The action `key` means in `state`: edits, Enter and Esc while the `i` prompt is open,
    /// else the table's.
    public static func action(for key: Key, in state: ConsoleState) -> ConsoleAction? {
        if state.inspectionPrompt != nil {
            switch key {
            case .enter: return .submitPrompt
            case .escape: return .cancelPrompt
            default: return TextEdit(key).map(ConsoleAction.edit)
            }
        }
        return state.keys.action(for: key)
    }
}
