/// The names a config file's `[keys]` table gives the actions (`quit = "q"`), as the `?`
/// help lists them. A contract like the CLI's: names may be added, never renamed. One name
/// means the same action in every view that has it (`quit`, `help`, `down`…).
extension ConsoleAction {
    /// The `[keys]` name, or nil for an action no key triggers.
    public var configName: String? {
        switch self {
        case .help: "help"
        case .quit: "quit"
        case .nextPanel: "next_panel"
        case .previousPanel: "previous_panel"
        case .zoom: "zoom"
        case .open: "open"
        case .acknowledge: "acknowledge"
        case .showConsole: "console"
        case .showCounties: "counties"
        case .showTriage: "triage"
        case .down: "down"
        case .up: "up"
        case .pageDown: "page_down"
        case .pageUp: "page_up"
        case .top: "top"
        case .bottom: "bottom"
        case .recordInspection: "record_inspection"
        case .back: "back"
        default: nil
        }
    }
}

extension CountiesAction {
    /// The `[keys]` name, or nil for an action no key triggers.
    public var configName: String? {
        switch self {
        case .help: "help"
        case .quit: "quit"
        case .nextCounty: "next_county"
        case .previousCounty: "previous_county"
        case .search: "find_county"
        case .towns: "towns"
        case .ranking: "ranking"
        case .bulletin: "bulletin"
        case .sort: "sort"
        case .reverseSort: "reverse_sort"
        case .back: "back"
        case .down: "down"
        case .up: "up"
        case .top: "top"
        case .bottom: "bottom"
        case .showConsole: "console"
        case .showTriage: "triage"
        default: nil
        }
    }
}

extension TriageAction {
    /// The `[keys]` name, or nil for an action no key triggers.
    public var configName: String? {
        switch self {
        case .help: "help"
        case .quit: "quit"
        case .assign: "assign"
        case .deadline: "deadline"
        case .startRectifying: "rectifying"
        case .rectified: "rectified"
        case .close: "verify_close"
        case .undo: "undo"
        case .filter: "filter"
        case .search: "search"
        case .reopen: "reopen"
        case .regrade: "regrade"
        case .listing: "listing"
        case .comment: "comment"
        case .openEnterprise: "enterprise_file"
        case .saveView: "save_view"
        case .recallView: "saved_views"
        case .editColumns: "columns"
        case .requestExtension: "request_extension"
        case .decideExtension: "decide_extension"
        case .merge: "merge"
        case .mark: "mark"
        case .clearFilter: "clear_filter"
        case .sort: "sort"
        case .reverseSort: "reverse_sort"
        case .nextMatch: "next_match"
        case .previousMatch: "previous_match"
        case .down: "down"
        case .up: "up"
        case .pageDown: "page_down"
        case .pageUp: "page_up"
        case .top: "top"
        case .bottom: "bottom"
        case .back: "back"
        case .showConsole: "console"
        case .showCounties: "counties"
        default: nil
        }
    }
}
