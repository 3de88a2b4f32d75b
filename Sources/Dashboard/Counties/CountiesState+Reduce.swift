import SafetyCore
import TerminalUI

extension CountiesState {
    /// The counties view's reducer: the next state and the effects to run, from nothing but
    /// the state and the action (no reads, no clock, no files).
    ///
    /// - A flip or a search that lands on another county clears the page ("Loading…") and
    ///   reads it; results for a county no longer shown are dropped, so fast flips never
    ///   show one county's figures under another's name.
    /// - PgDn after the last county wraps to the first (and PgUp the other way).
    /// - `x` writes the bulletin of the last complete month before today.
    /// - Nothing is read before the loop has said what day it is.
    public static func reduce(_ state: inout CountiesState, _ action: CountiesAction) -> [CountiesEffect] {
        if let refusal = RoleKeys.refusal(state.role, action.permission, state.language) {
            state.message = refusal
            return []
        }
        switch action {
        case .edit(let edit): return state.find(edit)
        case .endSearch:
            state.search = nil
            return []
        case .help:
            state.showsHelp.toggle()
            return []
        case .appeared, .dataChanged:
            return state.readAll()
        case .layout(let rows):
            state.visibleRows = max(1, rows)
            return []
        case .today(let day):
            guard state.today != day else { return [] }
            let first = state.today == nil
            state.today = day
            // The first day starts nothing: `.appeared` reads. A new day re-counts what is shown.
            return first || state.counties.isEmpty ? [] : state.readShown()
        case .countyNamesRead(let names):
            let shown = state.countyName
            state.counties = names
            state.county = shown.flatMap(names.firstIndex(of:)) ?? min(state.county, max(0, names.count - 1))
            if state.countyName != shown { state.page = nil }
            return state.readShown()
        case .countyPageRead(let county, let page):
            if county == state.countyName { state.page = page }
            return []
        case .townFiguresRead(let county, let towns):
            if county == state.countyName {
                state.towns = towns
                state.readingTowns = false
                state.selection = ListSelection(index: state.selection, count: towns.count).index
            }
            return []
        case .rankingRead(let ranking):
            state.ranking = ranking
            if state.mode == .ranking { state.selection = ListSelection(index: state.selection, count: ranking.count).index }
            return []
        case .readFailed(let reason):
            state.readingTowns = false
            state.message = state.language.pick("读取失败：", "Read failed: ") + reason
            return []
        case .bulletinWritten(let month, let path):
            state.message = state.language.pick("已写入 \(month.iso) 月度通报：\(path)", "Wrote the \(month.iso) bulletin to \(path)")
            return []
        case .bulletinFailed(let reason):
            state.message = state.language.pick("通报未写入：", "Bulletin not written: ") + reason
            return []
        default:
            state.message = nil
            return state.press(action)
        }
    }

    /// A key of the table.
    private mutating func press(_ action: CountiesAction) -> [CountiesEffect] {
        switch action {
        case .quit: return [.quit]
        case .showConsole: return [.show(.console)]
        case .showTriage: return [.show(.triage)]
        case .nextCounty, .previousCounty:
            guard !counties.isEmpty else { return [] }
            let step = action == .nextCounty ? 1 : -1
            return show(county: (county + step + counties.count) % counties.count)
        case .search:
            search = TextField()
        case .towns:
            guard mode == .page else { return [] }
            mode = .towns
            selection = 0
            towns = []
            readingTowns = true
            return readShown()
        case .ranking:
            mode = mode == .ranking ? .page : .ranking
            selection = 0
            return readShown()
        case .back:
            let wasPage = mode == .page
            mode = .page
            scroll = 0
            return wasPage ? [] : readShown()
        case .sort:
            column = column.next
            reversed = false
        case .reverseSort:
            reversed.toggle()
        case .up, .down, .top, .bottom:
            move(action)
        case .bulletin:
            guard let today else { return [] }
            return [.writeBulletin(month: Month(today).adding(months: -1), county: scope)]
        default:
            break
        }
        return []
    }

    /// Moves to county `index` (its page, or its towns in the towns table) and reads it.
    private mutating func show(county index: Int) -> [CountiesEffect] {
        guard index != county || page == nil else { return [] }
        county = index
        scroll = 0
        selection = 0
        page = nil
        towns = []
        readingTowns = mode == .towns
        if mode == .ranking { mode = .page }
        return readShown()
    }

    /// The page scrolls by lines; the towns and the ranking move their selection.
    private mutating func move(_ action: CountiesAction) {
        if mode == .page {
            scroll = switch action {
            case .up: max(0, scroll - 1)
            case .down: scroll + 1
            case .top: 0
            default: scroll + visibleRows
            }
            return
        }
        let move: ListMove = switch action {
        case .up: .up
        case .down: .down
        case .top: .top
        default: .bottom
        }
        selection = ListSelection(index: selection, count: tableCount).applying(move, pageSize: visibleRows).index
    }

    /// `/` then a name or its first characters: each edit jumps to the first county whose
    /// name starts with (else contains) the text.
    private mutating func find(_ edit: TextEdit) -> [CountiesEffect] {
        guard var field = search else { return [] }
        field.apply(edit)
        search = field
        let text = field.text
        guard !text.isEmpty else { return [] }
        guard let match = counties.firstIndex(where: { $0.hasPrefix(text) }) ?? counties.firstIndex(where: { $0.contains(text) }) else {
            message = language.pick("没有以“\(text)”开头的县区", "No county starts with “\(text)”")
            return []
        }
        message = nil
        return show(county: match)
    }

    /// The list of counties (unless the desk has one), then what is shown.
    private mutating func readAll() -> [CountiesEffect] {
        guard today != nil else { return [] }
        if let scope {
            counties = [scope]
            return readShown()
        }
        return [.readCountyNames]
    }

    /// The read for what the mode shows of the current county.
    private func readShown() -> [CountiesEffect] {
        guard let today, let name = countyName else { return [] }
        return switch mode {
        case .page: [.readCountyPage(county: name, asOf: today)]
        case .towns: [.readTownFigures(county: name, asOf: today)]
        case .ranking: [.readCountyRanking(counties: scope.map { [$0] }, asOf: today)]
        }
    }
}
