public import TerminalUI

/// The console's one key table: the key bar, the `?` overlay and the input loop all read it.
/// The order is the key bar's: what does not fit at 80 columns is left out from the end.
public enum ConsoleKeyMap {
    public static let bindings: [KeyBinding<ConsoleAction>] = [
        KeyBinding(.char("?"), action: .help, english: "help", chinese: "帮助"),
        KeyBinding([.char("q")], action: .quit, english: "quit", chinese: "退出"),
        KeyBinding([.tab], action: .nextPanel, english: "next panel", chinese: "切换面板"),
        KeyBinding([.backTab], action: .previousPanel, english: "previous panel", chinese: "上一面板", showsInKeyBar: false),
        KeyBinding([.char("z")], action: .zoom, english: "zoom", chinese: "放大"),
        KeyBinding([.enter], keyLabel: "Enter", action: .open, english: "zoom; in the risk zoom, the county's enterprises",
                   chinese: "放大；风险放大时列出该县企业", showsInKeyBar: false),
        KeyBinding([.char("A")], action: .acknowledge, english: "acknowledge alert", chinese: "确认告警"),
        KeyBinding([.char("1")], action: .showConsole, english: "console", chinese: "总览"),
        KeyBinding([.char("2")], action: .showCounties, english: "counties", chinese: "县区"),
        KeyBinding([.char("3")], action: .showTriage, english: "triage", chinese: "隐患处置"),
        KeyBinding([.down, .char("j")], keyLabel: "↓/j", action: .down, english: "down", chinese: "下移", showsInKeyBar: false),
        KeyBinding([.up, .char("k")], keyLabel: "↑/k", action: .up, english: "up", chinese: "上移", showsInKeyBar: false),
        KeyBinding([.pageDown], action: .pageDown, english: "page down", chinese: "下一页", showsInKeyBar: false),
        KeyBinding([.pageUp], action: .pageUp, english: "page up", chinese: "上一页", showsInKeyBar: false),
        KeyBinding([.home, .char("g")], keyLabel: "g/Home", action: .top, english: "first row", chinese: "第一行", showsInKeyBar: false),
        KeyBinding([.end, .char("G")], keyLabel: "G/End", action: .bottom, english: "last row", chinese: "最后一行", showsInKeyBar: false),
        KeyBinding([.char("i")], action: .recordInspection, english: "record the selected inspection as done", chinese: "登记所选检查已完成", showsInKeyBar: false),
        KeyBinding([.escape], keyLabel: "Esc", action: .back, english: "back", chinese: "返回", showsInKeyBar: false),
    ]
}
