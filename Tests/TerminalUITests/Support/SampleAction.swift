import TerminalUI

/// The actions of a small dashboard-like key table used by the key bar and help tests.
enum SampleAction: Hashable, Sendable {
    case quit, nextPanel, search, zoom, refresh, down, up, help

    static let bindings: [KeyBinding<SampleAction>] = [
        KeyBinding(.char("q"), action: .quit, english: "Quit", chinese: "退出"),
        KeyBinding(.tab, action: .nextPanel, english: "Next panel", chinese: "切换面板"),
        KeyBinding(.char("/"), action: .search, english: "Search", chinese: "搜索"),
        KeyBinding(.char("z"), action: .zoom, english: "Zoom", chinese: "放大"),
        KeyBinding(.char("r"), action: .refresh, english: "Refresh", chinese: "刷新"),
        KeyBinding([.char("j"), .down], keyLabel: "j/↓", action: .down, english: "Down", chinese: "下移", showsInKeyBar: false),
        KeyBinding([.char("k"), .up], keyLabel: "k/↑", action: .up, english: "Up", chinese: "上移", showsInKeyBar: false),
        KeyBinding(.char("?"), action: .help, english: "Help", chinese: "帮助"),
    ]
}
