public import Foundation
public import SafetyCore
public import SafetyStore
public import TerminalUI

/// The supervisors' view (key `2`): one county per page, its towns, the ranking of all
/// counties, and the monthly bulletin. Each flip reads one county's figures from the summary
/// tables; nothing reads every hazard.
public final class CountiesView: BoardView {
    private let store: any CountiesReading
    private let scope: String?
    private let language: Language
    private let today: @Sendable () -> Day
    /// Where `x` writes the bulletin.
    private let bulletinFolder: String

    public private(set) var state = CountiesState()
    private var counties: [String] = []
    private var page: CountyPage?
    private var towns: [TownFigures] = []
    private var ranking: [CountySummary] = []
    private var needsReload = true
    private var loaded: (county: Int, mode: CountiesState.Mode)?
    private var visibleRows = 20

    public init(store: any CountiesReading, scope: String?, language: Language, today: @escaping @Sendable () -> Day,
                bulletinFolder: String = FileManager.default.currentDirectoryPath) {
        self.store = store
        self.scope = scope
        self.language = language
        self.today = today
        self.bulletinFolder = bulletinFolder
    }

    public var isTakingText: Bool { state.search != nil }

    public func dataChanged() { needsReload = true }

    public func draw(in rect: Rect, on canvas: inout Canvas, chrome: BoardChrome) {
        visibleRows = CountiesScreen.visibleRows(in: rect)
        reloadIfNeeded()
        CountiesScreen(counties: counties, page: page, towns: towns, ranking: ranking, state: state, language: language)
            .draw(in: rect, on: &canvas)
    }

    private func reloadIfNeeded() {
        guard needsReload || loaded?.county != state.county || loaded?.mode != state.mode else { return }
        do {
            if needsReload || counties.isEmpty {
                counties = try scope.map { [$0] } ?? store.countyNames()
                state.county = min(state.county, max(0, counties.count - 1))
            }
            let day = today()
            if counties.indices.contains(state.county) {
                let county = counties[state.county]
                switch state.mode {
                case .page: page = try store.countyPage(county, asOf: day)
                case .towns: towns = try store.townFigures(county, asOf: day)
                case .ranking: ranking = try store.countyRanking(scope.map { [$0] }, asOf: day)
                }
            }
            loaded = (state.county, state.mode)
            needsReload = false
        } catch {
            state.message = language.pick("读取失败：", "Read failed: ") + "\(error)"
        }
    }

    public func handle(_ key: Key, size: Size) -> BoardOutcome {
        if state.search != nil {
            find(key)
            return .stay
        }
        if state.showsHelp {
            if key == .escape || key == .char("?") || key == .char("q") { state.showsHelp = false }
            return .stay
        }
        guard let action = CountiesKeyMap.bindings.action(for: key) else { return .stay }
        state.message = nil
        switch action {
        case .quit: return .quit
        case .showConsole: return .show(.console)
        case .showTriage: return .show(.triage)
        case .help: state.showsHelp = true
        case .nextCounty, .previousCounty:
            guard !counties.isEmpty else { break }
            let step = action == .nextCounty ? 1 : -1
            state.county = (state.county + step + counties.count) % counties.count
            state.scroll = 0
            state.selection = 0
        case .search: state.search = ""
        case .towns:
            if state.mode == .page { state.mode = .towns; state.selection = 0 }
        case .ranking:
            state.mode = state.mode == .ranking ? .page : .ranking
            state.selection = 0
        case .back:
            state.mode = .page
            state.scroll = 0
        case .sort:
            state.column = state.column.next
            state.reversed = false
        case .reverseSort: state.reversed.toggle()
        case .up, .down, .top, .bottom: move(action)
        case .bulletin: writeBulletin()
        }
        return .stay
    }

    private func move(_ action: CountiesAction) {
        if state.mode == .page {
            state.scroll = switch action {
            case .up: max(0, state.scroll - 1)
            case .down: state.scroll + 1
            case .top: 0
            default: state.scroll + visibleRows
            }
            return
        }
        let count = state.mode == .towns ? towns.count : ranking.count
        guard count > 0 else { return }
        let target = switch action {
        case .up: state.selection - 1
        case .down: state.selection + 1
        case .top: 0
        default: count - 1
        }
        state.selection = min(max(0, target), count - 1)
    }

    /// `/` then a name or its first characters: each key jumps to the first county whose
    /// name starts with (else contains) the text; Enter keeps it, Esc goes back.
    private func find(_ key: Key) {
        guard var text = state.search else { return }
        switch key {
        case .escape, .enter:
            state.search = nil
            return
        case .backspace: text = String(text.dropLast())
        case .char(let character): text.append(character)
        default: return
        }
        state.search = text
        guard !text.isEmpty else { return }
        let match = counties.firstIndex { $0.hasPrefix(text) } ?? counties.firstIndex { $0.contains(text) }
        if let match {
            state.county = match
            state.mode = state.mode == .ranking ? .page : state.mode
            state.scroll = 0
        } else {
            state.message = language.pick("没有以“\(text)”开头的县区", "No county starts with “\(text)”")
        }
    }

    /// `x`: the bulletin of the last complete month for the view's scope, as Markdown.
    private func writeBulletin() {
        let month = Month(today()).adding(months: -1)
        do {
            let bulletin = try MonthlyBulletin.read(store, month: month, county: scope)
            let path = (bulletinFolder as NSString).appendingPathComponent(bulletin.fileName(extension: "md"))
            try bulletin.markdown(language).write(toFile: path, atomically: true, encoding: .utf8)
            state.message = language.pick("已写入 \(month.iso) 月度通报：\(path)", "Wrote the \(month.iso) bulletin to \(path)")
        } catch {
            state.message = language.pick("通报未写入：", "Bulletin not written: ") + "\(error)"
        }
    }
}
