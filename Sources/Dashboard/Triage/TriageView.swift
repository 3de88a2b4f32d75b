import Foundation
public import SafetyCore
public import SafetyStore
public import TerminalUI

/// The triage officer's view (key `3`): the hazard list with its detail pane, worked from the
/// keyboard. Reads are indexed queries for the window on screen; every action goes through
/// the store (lifecycle, audit row, stale-read check) and can be undone with `u`.
public final class TriageView: BoardView {
    private let store: any TriageStore
    private let scope: String?
    private let language: Language
    private let policy: EscalationPolicy
    private let today: @Sendable () -> Day
    private let stamp: @Sendable () -> AuditStamp

    public private(set) var state: TriageState
    public private(set) var data = TriageWindow()
    /// The records of the marked rows as they were read, for the stale-read check.
    private var markedRows: [String: TrackedHazard] = [:]
    /// This console's actions, newest last: `u` undoes the last.
    private var undoStack: [[HazardChange]] = []
    private var needsReload = true
    private var loadedWindow: Range<Int> = 0..<0
    private var pageRows = 20

    public init(store: any TriageStore, scope: String?, language: Language, policy: EscalationPolicy = EscalationPolicy(),
                today: @escaping @Sendable () -> Day, stamp: @escaping @Sendable () -> AuditStamp) {
        self.store = store
        self.scope = scope
        self.language = language
        self.policy = policy
        self.today = today
        self.stamp = stamp
        self.state = TriageState(filter: TriageFilter(county: scope))
    }

    public var isTakingText: Bool { state.prompt != nil }

    public func dataChanged() { needsReload = true }

    // MARK: - Drawing

    public func draw(in rect: Rect, on canvas: inout Canvas, chrome: BoardChrome) {
        pageRows = TriageLayout(body: rect).listRows
        reloadIfNeeded()
        TriageScreen(data: data, state: state, language: language, today: today(), policy: policy, scope: scope)
            .draw(in: rect, on: &canvas)
    }

    /// Reads the count and a window of three pages around the selection when the data changed
    /// or the selection left the window; reads only the detail when the selection moved to
    /// another hazard inside it.
    private func reloadIfNeeded() {
        do {
            if needsReload || !loadedWindow.contains(state.selection) {
                // The data changed (this console's action, another's, an import): the hazard
                // the officer was on may have moved. Follow it, so the next key acts on it:
                // its place first, so that the window is read once, around it.
                if needsReload, let kept = selectedId {
                    if let position = try store.triagePosition(of: kept, filter: state.filter, sort: state.sort,
                                                                  descending: state.descending, today: today()) {
                        state.selection = position
                    } else if state.message == nil || state.message?.isError == false {
                        state.message = TriageMessage(language.pick("\(kept) 已不在筛选结果中", "\(kept) is no longer in the list (filter)"))
                    }
                }
                try readWindow()
                needsReload = false
            }
            if let selected = selectedRow, selected.hazard.id != detailId {
                (data.enterprise, data.history) = try store.triageDetail(of: selected.hazard)
            }
            detailId = selectedRow?.hazard.id
            selectedId = detailId
        } catch {
            state.message = TriageMessage(language.pick("读取失败：", "Read failed: ") + "\(error)", isError: true)
        }
    }

    /// Reads the count and a window of three pages around the selection: the page before,
    /// its own and the next, so that j/k and a page either way need no read, and a read
    /// (with a likely-duplicate check per row) stays small.
    private func readWindow() throws {
        let page = max(1, pageRows)
        let start = max(0, (state.selection / page - 1) * page)
        let window = start..<(start + 3 * page)
        data = try store.triageWindow(filter: state.filter, sort: state.sort, descending: state.descending,
                                         offset: window.lowerBound, limit: window.count, selection: state.selection, today: today())
        state.selection = min(state.selection, max(0, data.count - 1))
        loadedWindow = window
        detailId = data.row(at: state.selection)?.hazard.id
    }

    /// The hazard whose enterprise and history `data` holds.
    private var detailId: String?

    /// The hazard the officer was on at the last draw, followed across reloads.
    private var selectedId: String?

    // MARK: - Keys

    public func handle(_ key: Key, size: Size) -> BoardOutcome {
        if let prompt = state.prompt {
            answer(prompt, key: key)
            return .stay
        }
        if state.showsHelp {
            if key == .escape || key == .char("?") || key == .char("q") { state.showsHelp = false }
            return .stay
        }
        guard let action = TriageKeyMap.bindings.action(for: key) else { return .stay }
        state.message = nil
        switch action {
        case .quit: return .quit
        case .showConsole: return .show(.console)
        case .showCounties: return .show(.counties)
        case .help: state.showsHelp = true
        case .back:
            markedRows = [:]
            state.marked = []
            state.matches = []
            state.moreMatches = false
            searched = nil
        case .up, .down, .pageUp, .pageDown, .top, .bottom: move(action)
        case .mark: toggleMark()
        case .assign: ask(.text(.responsible, input: ""), for: .assign, batch: true)
        case .deadline: ask(.text(.deadline, input: ""), for: .setDeadline, batch: true)
        case .startRectifying:
            if let rows = targets(for: .startRectifying, batch: true) { perform(.startRectifying, on: rows) }
        case .rectified: ask(.text(.rectifiedNote, input: ""), for: .markRectified)
        case .close: ask(.confirm(.close), for: .close)
        case .reopen: ask(.text(.reopenReason, input: ""), for: .reopen)
        case .regrade:
            if let row = selectedRow {
                ask(.text(.regradeReason(to: row.hazard.grade == .major ? .general : .major), input: ""), for: .regrade)
            }
        case .listing:
            if let row = selectedRow { ask(.confirm(row.hazard.isListed ? .delist : .list), for: row.hazard.isListed ? .delist : .list) }
        case .comment: ask(.text(.comment, input: ""), for: .comment)
        case .merge:
            if let original = selectedRow?.likelyDuplicateOf {
                state.prompt = .confirm(.merge(into: original))
            } else {
                state.message = TriageMessage(language.pick("所选隐患没有疑似重复（≈ 标记）", "The selected hazard is not flagged as a likely duplicate (≈)"), isError: true)
            }
        case .undo: undo()
        case .filter: state.prompt = .text(.filter, input: TriageFilterText.describe(state.filter, scope: scope))
        case .clearFilter: reorder { $0.filter = TriageFilter(county: scope) }
        case .sort: reorder { $0.sort = $0.sort.next }
        case .reverseSort: reorder { $0.descending.toggle() }
        case .search: state.prompt = .text(.search, input: "")
        case .nextMatch, .previousMatch: jumpToMatch(forward: action == .nextMatch)
        }
        return .stay
    }

    private var selectedRow: TriageRow? { data.row(at: state.selection) }

    private func move(_ action: TriageAction) {
        guard data.count > 0 else { return }
        let page = max(1, pageRows)
        let target = switch action {
        case .up: state.selection - 1
        case .down: state.selection + 1
        case .pageUp: state.selection - page
        case .pageDown: state.selection + page
        case .top: 0
        default: data.count - 1
        }
        state.selection = min(max(0, target), data.count - 1)
    }

    private func toggleMark() {
        guard let row = selectedRow else { return }
        if state.marked.remove(row.hazard.id) == nil {
            state.marked.insert(row.hazard.id)
            markedRows[row.hazard.id] = row.tracked
        } else {
            markedRows[row.hazard.id] = nil
        }
        move(.down)
    }

    /// A new filter or order: back to the top, with the search and marks kept.
    private func reorder(_ change: (inout TriageState) -> Void) {
        change(&state)
        state.selection = 0
        state.matches = []
        state.moreMatches = false
        searched = nil
        // Back to the top on purpose: not a change to follow the old hazard through.
        selectedId = nil
        needsReload = true
    }

    // MARK: - Actions

    /// The rows an action applies to — the marked ones for `a`, `d`, `w`, else the selected
    /// one — or nil, with the lifecycle's reason on the status line, when it cannot apply.
    private func targets(for kind: HazardActionKind, batch: Bool = false) -> [TrackedHazard]? {
        let rows: [TrackedHazard]
        if batch, !markedRows.isEmpty {
            rows = markedRows.values.sorted { $0.hazard.id < $1.hazard.id }
        } else if let row = selectedRow {
            rows = [row.tracked]
        } else {
            state.message = TriageMessage(language.pick("列表为空", "The list is empty"), isError: true)
            return nil
        }
        for row in rows {
            do throws(LifecycleRefusal) {
                try HazardLifecycle.checkStanding(kind, of: row.hazard)
            } catch {
                state.message = TriageMessage(error.description, isError: true)
                return nil
            }
        }
        return rows
    }

    private func ask(_ prompt: TriagePrompt, for kind: HazardActionKind, batch: Bool = false) {
        guard targets(for: kind, batch: batch) != nil else { return }
        state.prompt = prompt
    }

    private func perform(_ action: HazardAction, on rows: [TrackedHazard]) {
        do {
            let changes = try store.apply(action, to: rows.map { .seen($0) }, stamp: stamp(), today: today())
            // A comment changes no field; the history keeps it and there is nothing to undo.
            if action.kind != .comment { undoStack.append(changes) }
            let what = TriageText.done(action.kind, language)
            state.message = TriageMessage(rows.count == 1 ? "\(rows[0].hazard.id): \(what)"
                                          : language.pick("\(rows.count) 条隐患：\(what)", "\(rows.count) hazards: \(what)"))
            if rows.count > 1 || !markedRows.isEmpty {
                markedRows = [:]
                state.marked = []
            }
        } catch {
            state.message = TriageMessage(Self.describe(error), isError: true)
        }
        needsReload = true
    }

    private func undo() {
        guard let last = undoStack.last else {
            state.message = TriageMessage(language.pick("本次没有可撤销的操作", "Nothing to undo in this session"), isError: true)
            return
        }
        do {
            _ = try store.undo(last, stamp: stamp())
            undoStack.removeLast()
            state.message = TriageMessage(language.pick("已撤销：", "Undone: ") + last.map(\.id).joined(separator: ", "))
        } catch {
            state.message = TriageMessage(Self.describe(error), isError: true)
        }
        needsReload = true
    }

    private static func describe(_ error: any Error) -> String {
        (error as? TriageError)?.description ?? "\(error)"
    }

    // MARK: - Prompts

    private func answer(_ prompt: TriagePrompt, key: Key) {
        switch (prompt, key) {
        case (_, .escape):
            state.prompt = nil
        case (.confirm(let confirmation), .enter):
            state.prompt = nil
            confirm(confirmation)
        case (.confirm, _):
            break
        case (.text(let purpose, let input), .enter):
            state.prompt = nil
            submit(purpose, input.trimmingCharacters(in: .whitespaces))
        case (.text(let purpose, let input), .backspace):
            edit(purpose, String(input.dropLast()))
        case (.text(.responsible, let input), .tab):
            complete(input)
        case (.text(let purpose, let input), .char(let character)):
            edit(purpose, input + String(character))
        default:
            break
        }
    }

    private func edit(_ purpose: TriagePrompt.Purpose, _ input: String) {
        state.prompt = .text(purpose, input: input)
        if purpose == .search { search(input) }
    }

    private func confirm(_ confirmation: TriagePrompt.Confirmation) {
        let day = today()
        switch confirmation {
        case .close: if let rows = targets(for: .close) { perform(.close(on: day), on: rows) }
        case .list: if let rows = targets(for: .list) { perform(.list(on: day), on: rows) }
        case .delist: if let rows = targets(for: .delist) { perform(.delist(on: day), on: rows) }
        case .merge(let original): if let rows = targets(for: .markDuplicate) { perform(.markDuplicate(of: original), on: rows) }
        }
    }

    private func submit(_ purpose: TriagePrompt.Purpose, _ text: String) {
        switch purpose {
        case .responsible:
            guard !text.isEmpty, let rows = targets(for: .assign, batch: true) else { return }
            if rows.allSatisfy({ $0.hazard.deadline != nil }) {
                perform(.assign(responsible: text, deadline: nil), on: rows)
            } else {
                state.prompt = .text(.assignDeadline(responsible: text), input: "")
            }
        case .assignDeadline(let responsible):
            guard let deadline = parseDeadline(text), let rows = targets(for: .assign, batch: true) else { return }
            perform(.assign(responsible: responsible, deadline: deadline), on: rows)
        case .deadline:
            guard let deadline = parseDeadline(text), let rows = targets(for: .setDeadline, batch: true) else { return }
            perform(.setDeadline(deadline), on: rows)
        case .rectifiedNote:
            if let rows = targets(for: .markRectified) { perform(.markRectified(on: today(), note: text), on: rows) }
        case .reopenReason:
            if let rows = targets(for: .reopen) { perform(.reopen(reason: text), on: rows) }
        case .regradeReason(let grade):
            if let rows = targets(for: .regrade) { perform(.regrade(to: grade, reason: text), on: rows) }
        case .comment:
            guard !text.isEmpty else { return }
            if let rows = targets(for: .comment) { perform(.comment(text), on: rows) }
        case .filter:
            do throws(TriageFilterText.Problem) {
                let filter = try TriageFilterText.parse(text, scope: scope)
                reorder { $0.filter = filter }
            } catch {
                state.message = TriageMessage(error.description, isError: true)
            }
        case .search:
            search(text)
            if state.matches.isEmpty, !text.isEmpty {
                state.message = TriageMessage(language.pick("没有找到“\(text)”", "No match for “\(text)”"), isError: true)
            }
        }
    }

    /// "2026-12-31", or "+7" / "+15" / "+30" days from today; nil (with a message) otherwise.
    private func parseDeadline(_ text: String) -> Day? {
        if text.hasPrefix("+"), let days = Int(text.dropFirst()), days >= 0 { return today().adding(days: days) }
        if let day = Day(iso: text) { return day }
        state.message = TriageMessage(language.pick("“\(text)”不是日期：请写 YYYY-MM-DD 或 +7/+15/+30",
                                                    "“\(text)” is not a date: write YYYY-MM-DD or +7/+15/+30"), isError: true)
        return nil
    }

    /// Tab in the responsible prompt: the most used unit of the county that starts with the text.
    private func complete(_ input: String) {
        guard let county = selectedRow?.hazard.county else { return }
        let units = (try? store.responsibleUnits(county: county, prefix: input)) ?? []
        guard !units.isEmpty else { return }
        let next = units.firstIndex(of: input).map { units[($0 + 1) % units.count] } ?? units[0]
        state.prompt = .text(.responsible, input: next)
        state.message = TriageMessage(units.joined(separator: " · "))
    }

    /// What the matches in `state` were read for: Enter after typing reuses them.
    private struct SearchKey: Equatable {
        var text: String, filter: TriageFilter, sort: TriageSort, descending: Bool
    }

    private var searched: SearchKey?

    private func search(_ text: String) {
        let key = SearchKey(text: text, filter: state.filter, sort: state.sort, descending: state.descending)
        guard key != searched || needsReload else { return }
        state.searchText = text
        state.matches = (try? store.triageSearch(text, filter: state.filter, sort: state.sort,
                                                    descending: state.descending, today: today())) ?? []
        state.moreMatches = state.matches.count == TriageSearch.batch
        searched = key
        state.matchIndex = 0
        jump(to: 0)
    }

    private func jumpToMatch(forward: Bool) {
        guard !state.matches.isEmpty else {
            state.message = TriageMessage(language.pick("先用 / 搜索", "Search with / first"), isError: true)
            return
        }
        let count = state.matches.count
        if forward, state.matchIndex == count - 1, state.moreMatches {
            // Past the last match read: the next batch, else round to the first.
            let next = (try? store.triageSearch(state.searchText, filter: state.filter, sort: state.sort,
                                                   descending: state.descending, today: today(), offset: count, limit: TriageSearch.batch)) ?? []
            state.matches += next
            state.moreMatches = next.count == TriageSearch.batch
        }
        jump(to: (state.matchIndex + (forward ? 1 : state.matches.count - 1)) % state.matches.count)
    }

    /// Selects match `index`, placing it in the list (it may have left it since the search).
    private func jump(to index: Int) {
        guard state.matches.indices.contains(index) else { return }
        state.matchIndex = index
        let id = state.matches[index]
        if let position = try? store.triagePosition(of: id, filter: state.filter, sort: state.sort,
                                                       descending: state.descending, today: today()) {
            state.selection = position
        } else {
            state.message = TriageMessage(language.pick("\(id) 已不在列表中", "\(id) is no longer in the list"), isError: true)
        }
    }
}
