public import TerminalUI

/// The triage view's one key table: key bar, `?` help and input all read it. The order is
/// the key bar's: at 80 columns what does not fit is left out from the end.
public enum TriageKeyMap {
    public static let bindings: [KeyBinding<TriageAction>] = [
        KeyBinding(.char("?"), action: .help, english: "help", chinese: "帮助"),
        KeyBinding(.char("q"), action: .quit, english: "quit", chinese: "退出"),
        KeyBinding(.char("a"), action: .assign, english: "assign", chinese: "交办"),
        KeyBinding(.char("d"), action: .deadline, english: "deadline", chinese: "期限"),
        KeyBinding(.char("w"), action: .startRectifying, english: "rectifying", chinese: "整改中"),
        KeyBinding(.char("r"), action: .rectified, english: "rectified", chinese: "已整改"),
        KeyBinding(.char("v"), action: .close, english: "verify+close", chinese: "验收销号"),
        KeyBinding(.char("u"), action: .undo, english: "undo", chinese: "撤销"),
        KeyBinding(.char("f"), action: .filter, english: "filter", chinese: "筛选"),
        KeyBinding(.char("/"), action: .search, english: "search", chinese: "搜索"),
        KeyBinding(.char("o"), action: .reopen, english: "reopen", chinese: "重新打开", showsInKeyBar: false),
        KeyBinding(.char("m"), action: .regrade, english: "general ↔ major", chinese: "一般↔重大", showsInKeyBar: false),
        KeyBinding(.char("l"), action: .listing, english: "list / delist (挂牌/摘牌)", chinese: "挂牌督办/摘牌", showsInKeyBar: false),
        KeyBinding(.char("c"), action: .comment, english: "comment", chinese: "备注", showsInKeyBar: false),
        KeyBinding([.enter], keyLabel: "Enter", action: .openEnterprise, english: "enterprise file (一企一档)", chinese: "一企一档", showsInKeyBar: false),
        KeyBinding(.char("e"), action: .requestExtension, english: "ask a deadline extension", chinese: "延期申请", showsInKeyBar: false),
        KeyBinding(.char("E"), action: .decideExtension, english: "approve / refuse the extension", chinese: "延期审批", showsInKeyBar: false),
        KeyBinding(.char("M"), action: .merge, english: "merge duplicate into original", chinese: "合并重复隐患", showsInKeyBar: false),
        KeyBinding([.char(" ")], keyLabel: "Space", action: .mark, english: "select (a, d, w apply to all)", chinese: "多选（a d w 批量）", showsInKeyBar: false),
        KeyBinding(.char("F"), action: .clearFilter, english: "clear filter", chinese: "清除筛选", showsInKeyBar: false),
        KeyBinding(.char("s"), action: .sort, english: "sort column", chinese: "排序列", showsInKeyBar: false),
        KeyBinding(.char("S"), action: .reverseSort, english: "reverse sort", chinese: "反向排序", showsInKeyBar: false),
        KeyBinding([.char("V"), .char(":")], keyLabel: "V/:", action: .saveView, english: "save as a view", chinese: "保存视图",
                   showsInKeyBar: false),
        KeyBinding(.char("R"), action: .recallView, english: "saved views", chinese: "已存视图", showsInKeyBar: false),
        KeyBinding(.char("C"), action: .editColumns, english: "choose columns", chinese: "选择列", showsInKeyBar: false),
        KeyBinding(.char("n"), action: .nextMatch, english: "next match", chinese: "下一个", showsInKeyBar: false),
        KeyBinding(.char("N"), action: .previousMatch, english: "previous match", chinese: "上一个", showsInKeyBar: false),
        KeyBinding([.down, .char("j")], keyLabel: "↓/j", action: .down, english: "down", chinese: "下移", showsInKeyBar: false),
        KeyBinding([.up, .char("k")], keyLabel: "↑/k", action: .up, english: "up", chinese: "上移", showsInKeyBar: false),
        KeyBinding([.pageDown], action: .pageDown, english: "page down", chinese: "下一页", showsInKeyBar: false),
        KeyBinding([.pageUp], action: .pageUp, english: "page up", chinese: "上一页", showsInKeyBar: false),
        KeyBinding([.home, .char("g")], keyLabel: "g/Home", action: .top, english: "first", chinese: "第一条", showsInKeyBar: false),
        KeyBinding([.end, .char("G")], keyLabel: "G/End", action: .bottom, english: "last", chinese: "最后一条", showsInKeyBar: false),
        KeyBinding([.escape], keyLabel: "Esc", action: .back, english: "cancel / clear selection", chinese: "取消", showsInKeyBar: false),
        KeyBinding(.char("1"), action: .showConsole, english: "console", chinese: "总览", showsInKeyBar: false),
        KeyBinding(.char("2"), action: .showCounties, english: "counties", chinese: "县区", showsInKeyBar: false),
    ]

    /// The action `key` means in `state`: edits, Enter, Esc and Tab while a prompt is open,
    /// the list's or the editor's own keys while the saved views or the column editor are
    /// open, only closing keys while the help is up, else the table's.
    public static func action(for key: Key, in state: TriageState) -> TriageAction? {
        if let prompt = state.prompt {
            switch key {
            case .enter: return .submitPrompt
            case .escape: return .cancelPrompt
            case .tab: return .complete
            default:
                guard case .text = prompt else { return nil }
                return TextEdit(key).map(TriageAction.edit)
            }
        }
        if state.savedViewPicker != nil {
            return SavedViewPicker.action(for: key).map(TriageAction.savedViewPicker)
        }
        if state.columnEditor != nil {
            return TriageColumnEditor.action(for: key).map(TriageAction.columnEditor)
        }
        if state.enterpriseFile != nil {
            if state.keys.action(for: key) == .quit { return .quit }
            return EnterpriseFileState.action(for: key).map(TriageAction.enterpriseFile)
        }
        if state.showsHelp {
            return key == .escape || [.help, .quit].contains(state.keys.action(for: key)) ? .help : nil
        }
        return state.keys.action(for: key)
    }
}
