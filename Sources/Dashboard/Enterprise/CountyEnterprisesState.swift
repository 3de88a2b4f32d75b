public import SafetyCore
public import SafetyStore
public import TerminalUI

/// A county's enterprises, reddest first, as the risk zoom lists them (Enter on the zoomed
/// county): which county, the window of the list read so far, the selection. Enter on an
/// enterprise opens its file (一企一档). Changed only by ``reduce(_:_:)``; drawn by
/// ``CountyEnterprisesScreen``.
public struct CountyEnterprisesState: Sendable, Equatable {
    public var county: String
    public var language: Language
    /// The rows read around the selection; nil until the first read arrives.
    public var window: CountyEnterprises?
    /// Position in the whole list, counted from the reddest.
    public var selection = 0
    /// Rows on screen: the page PgUp/PgDn move and a third of the window read.
    public var pageRows = 10
    public var message: String?
    /// The window last asked for, so that a move inside it reads nothing.
    public var requested: Range<Int>?

    public init(county: String, language: Language) {
        self.county = county
        self.language = language
    }

    /// The selected enterprise, once its row is read.
    public var selected: Enterprise? {
        guard let window, selection >= window.offset, selection < window.offset + window.enterprises.count else { return nil }
        return window.enterprises[selection - window.offset]
    }

    /// The read that covers the selection: three pages, the one it is on, one above, one
    /// below, starting on a whole page so that moving within a page reads nothing.
    var windowNeeded: Range<Int> {
        let page = max(1, pageRows)
        let start = max(0, (selection / page - 1) * page)
        return start..<(start + 3 * page)
    }
}

/// What changes the county's enterprise list.
public enum CountyEnterprisesAction: Sendable, Equatable {
    case move(ListMove)
    /// Enter: the selected enterprise's file.
    case open
    /// Esc: back to the zoom.
    case close
    /// The rows on screen changed (a resize).
    case pageRows(Int)
    case read(CountyEnterprises)
    case readFailed(String)
}

/// What the list asks its host for.
public enum CountyEnterprisesEffect: Sendable, Equatable {
    case read(county: String, offset: Int, limit: Int)
    case openFile(enterpriseId: String)
    case close
}

extension CountyEnterprisesState {
    /// The list's reducer: moves are clamped to the county's enterprises and read the window
    /// around the selection when it leaves the one read; a read for another county is dropped.
    public static func reduce(_ state: inout CountyEnterprisesState, _ action: CountyEnterprisesAction) -> [CountyEnterprisesEffect] {
        switch action {
        case .move(let move):
            guard let total = state.window?.total else { return [] }
            state.selection = ListSelection(index: state.selection, count: total).applying(move, pageSize: state.pageRows).index
        case .open:
            if let enterprise = state.selected { return [.openFile(enterpriseId: enterprise.id)] }
            return []
        case .close:
            return [.close]
        case .pageRows(let rows):
            state.pageRows = max(1, rows)
        case .read(let window):
            guard window.county == state.county else { return [] }
            state.window = window
            state.selection = ListSelection(index: state.selection, count: window.total).index
            state.message = window.total == 0
                ? state.language.pick("\(state.county)没有企业", "\(state.county) has no enterprises") : nil
        case .readFailed(let reason):
            state.message = state.language.pick("读取失败：", "Read failed: ") + reason
            return []
        }
        return state.readIfNeeded()
    }

    /// The read of the window around the selection, unless it was asked for already.
    mutating func readIfNeeded() -> [CountyEnterprisesEffect] {
        let needed = windowNeeded
        guard needed != requested else { return [] }
        requested = needed
        return [.read(county: county, offset: needed.lowerBound, limit: needed.count)]
    }

    /// The list's keys: moves, Enter, Esc; nil for any other key.
    public static func action(for key: Key) -> CountyEnterprisesAction? {
        switch key {
        case .enter: .open
        case .escape: .close
        default: ListMove(key).map(CountyEnterprisesAction.move)
        }
    }
}
