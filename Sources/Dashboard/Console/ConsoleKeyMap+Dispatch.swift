public import TerminalUI

extension ConsoleKeyMap {
    /// The action `key` means in `state`: edits, Enter and Esc while the `i` prompt is open;
    /// the page's keys while an enterprise list or file is up (`q` still quits, `A` still
    /// acknowledges); else the table's.
    public static func action(for key: Key, in state: ConsoleState) -> ConsoleAction? {
        if state.enterpriseFile != nil || state.enterprises != nil {
            if let action = bindings.action(for: key), action == .quit || action == .acknowledge { return action }
            if state.enterpriseFile != nil { return EnterpriseFileState.action(for: key).map(ConsoleAction.enterpriseFile) }
            return CountyEnterprisesState.action(for: key).map(ConsoleAction.countyEnterprises)
        }
        if state.inspectionPrompt != nil {
            switch key {
            case .enter: return .submitPrompt
            case .escape: return .cancelPrompt
            default: return TextEdit(key).map(ConsoleAction.edit)
            }
        }
        return bindings.action(for: key)
    }
}
