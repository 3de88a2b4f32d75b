public import TerminalUI

/// The counties view's one key table (key bar, `?` help and input).
public enum CountiesKeyMap {
    public static let bindings: [KeyBinding<CountiesAction>] = [
        KeyBinding(.char("?"), action: .help, english: "help", chinese: "帮助"),
        KeyBinding(.char("q"), action: .quit, english: "quit", chinese: "退出"),
        KeyBinding([.pageDown, .char("]")], keyLabel: "PgDn/]", action: .nextCounty, english: "next county", chinese: "下一县区"),
        KeyBinding([.pageUp, .char("[")], keyLabel: "PgUp/[", action: .previousCounty, english: "previous", chinese: "上一县区"),
        KeyBinding(.char("/"), action: .search, english: "find county", chinese: "查找县区"),
        KeyBinding([.enter], keyLabel: "Enter", action: .towns, english: "towns", chinese: "乡镇"),
        KeyBinding(.char("R"), action: .ranking, english: "ranking", chinese: "排名"),
        KeyBinding(.char("x"), action: .bulletin, english: "bulletin", chinese: "月度通报"),
        KeyBinding(.char("s"), action: .sort, english: "sort column", chinese: "排序列", showsInKeyBar: false),
        KeyBinding(.char("S"), action: .reverseSort, english: "reverse sort", chinese: "反向排序", showsInKeyBar: false),
        KeyBinding([.escape], keyLabel: "Esc", action: .back, english: "back", chinese: "返回", showsInKeyBar: false),
        KeyBinding([.down, .char("j")], keyLabel: "↓/j", action: .down, english: "down / scroll", chinese: "下移", showsInKeyBar: false),
        KeyBinding([.up, .char("k")], keyLabel: "↑/k", action: .up, english: "up / scroll", chinese: "上移", showsInKeyBar: false),
        KeyBinding([.home, .char("g")], keyLabel: "g/Home", action: .top, english: "top", chinese: "顶部", showsInKeyBar: false),
        KeyBinding([.end, .char("G")], keyLabel: "G/End", action: .bottom, english: "bottom", chinese: "底部", showsInKeyBar: false),
        KeyBinding(.char("1"), action: .showConsole, english: "console", chinese: "总览", showsInKeyBar: false),
        KeyBinding(.char("3"), action: .showTriage, english: "triage", chinese: "隐患处置", showsInKeyBar: false),
    ]

    /// The action `key` means in `state`: text edits while finding a county, only closing
    /// keys while the help is up, else the table's.
    public static func action(for key: Key, in state: CountiesState) -> CountiesAction? {
        if state.search != nil {
            if key == .enter || key == .escape { return .endSearch }
            return TextEdit(key).map(CountiesAction.edit)
        }
        if state.showsHelp {
            return key == .escape || [.help, .quit].contains(state.keys.action(for: key)) ? .help : nil
        }
        return state.keys.action(for: key)
    }
}
