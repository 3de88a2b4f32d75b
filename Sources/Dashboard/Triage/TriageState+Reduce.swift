import Foundation
import SafetyCore
import SafetyStore
import TerminalUI

extension TriageState {
    /// The triage view's reducer: the next state and the effects to run, from the state and
    /// the action alone (no reads, no writes, no clock).
    ///
    /// - Moving inside the window read needs at most the new row's detail; leaving it reads a
    ///   new window around the selection. A window read older than the last one asked for is
    ///   dropped when it arrives.
    /// - After a write, its undo, a change on disk, a new day or coming back to the view, the
    ///   list is read again following the hazard the officer was on (its new place first);
    ///   after an action on one hazard, that hazard.
    /// - `a`, `d` and `w` apply to the marked rows, the other actions to the selected one;
    ///   the lifecycle's refusal is shown before any prompt opens.
    /// - `u` undoes this console's last action; a comment changes no field and is not undone.
    /// - The search runs as the text is typed; a result for a text since changed is dropped.
    public static func reduce(_ state: inout TriageState, _ action: TriageAction) -> [TriageEffect] {
        if let refusal = RoleKeys.refusal(state.role, action.permission, state.language) {
            state.message = TriageMessage(refusal, isError: true)
            return []
        }
        switch action {
        case .edit(let edit): return state.edit(edit)
        case .submitPrompt: return state.submitPrompt()
        case .cancelPrompt:
            state.prompt = nil
            return []
        case .complete: return state.complete()
        case .help:
            state.showsHelp.toggle()
            return []
        case .appeared, .dataChanged: return state.reload()
        case .layout(let rows):
            let changed = state.pageRows != max(1, rows)
            state.pageRows = max(1, rows)
            return changed && state.windowSerial > 0 ? state.readWindow(follow: nil) : []
        case .today(let day):
            guard state.today != day else { return [] }
            let first = state.today == nil
            state.today = day
            return first ? [] : state.reload()
        case .windowRead(let read): return state.absorb(read)
        case .detailRead(let id, let enterprise, let history):
            guard id == state.selectedRow?.hazard.id else { return [] }
            state.data.enterprise = enterprise
            state.data.history = history
            state.detailId = id
            return []
        case .attachmentsRead(let id, let attachments):
            guard id == state.selectedRow?.hazard.id else { return [] }
            state.attachments = attachments
            state.attachmentsId = id
            return []
        case .searchRead(let request, let matches, let position): return state.absorbSearch(request, matches, position)
        case .located(let id, let position):
            if state.locatingId == id { state.locatingId = nil }
            guard state.matches.indices.contains(state.matchIndex), state.matches[state.matchIndex] == id else { return [] }
            guard let position else {
                state.message = TriageMessage(state.language.pick("\(id) 已不在列表中", "\(id) is no longer in the list"), isError: true)
                return []
            }
            return state.select(position)
        case .applied(let kind, let ids, let changes):
            state.patch(changes)
            // The selection stays on the hazard acted on (its new place), so that `r` then `v`
            // closes the hazard just marked rectified.
            if ids.count == 1 { state.followedId = ids[0] }
            // A comment changes no field; the history keeps it and there is nothing to undo.
            if kind != .comment { state.undoStack.append(changes) }
            let what = TriageText.done(kind, state.language)
            state.message = TriageMessage(ids.count == 1 ? "\(ids[0]): \(what)"
                                          : state.language.pick("\(ids.count) 条隐患：\(what)", "\(ids.count) hazards: \(what)"))
            if ids.count > 1 || !state.markedRows.isEmpty {
                state.markedRows = [:]
                state.marked = []
            }
            return state.reload(after: changes)
        case .actionFailed(let reason):
            state.message = TriageMessage(reason, isError: true)
            return state.reload()
        case .extensionRecorded(let request), .extensionDecided(let request, _):
            if case .extensionDecided(_, let change?) = action { state.patch([change]) }
            // As with `patch`: a key pressed before the re-read sees the request as it is now.
            if let index = state.data.rows.firstIndex(where: { $0.hazard.id == request.hazardId }) {
                state.data.rows[index].pendingExtension = request.isPending ? request : nil
            }
            state.followedId = request.hazardId
            state.message = TriageMessage(TriageText.done(request, state.language))
            if case .extensionDecided(_, let change?) = action { return state.reload(after: [change]) }
            return state.reload()
        case .undone(let changes):
            state.patch(changes)
            if changes.count == 1 { state.followedId = changes[0].id }
            state.message = TriageMessage(state.language.pick("已撤销：", "Undone: ") + changes.map(\.id).joined(separator: ", "))
            return state.reload(after: changes)
        case .undoFailed(let changes, let reason):
            state.undoStack.append(changes)
            state.message = TriageMessage(reason, isError: true)
            return state.reload()
        case .completions(let prefix, let units):
            guard case .text(.responsible, var field) = state.prompt else { return [] }
            field.offer(units, for: prefix)
            state.prompt = .text(.responsible, field: field)
            if !units.isEmpty { state.message = TriageMessage(units.joined(separator: " · ")) }
            return []
        case .enterpriseFile(let pageAction):
            guard var page = state.enterpriseFile else { return [] }
            let effects = EnterpriseFileState.reduce(&page, pageAction)
            state.enterpriseFile = page
            return effects.flatMap { effect -> [TriageEffect] in
                switch effect {
                case .read(let id): return [.readEnterpriseFile(enterpriseId: id)]
                case .close:
                    state.enterpriseFile = nil
                    return []
                }
            }
        case .savedViewPicker(let pickerAction): return state.pick(pickerAction)
        case .columnEditor(let editorAction): return state.editColumns(editorAction)
        case .savedViewSaved, .savedViewDeleted, .savedViewFailed: return state.absorbSavedView(action)
        case .readFailed(let reason):
            if var page = state.enterpriseFile {
                _ = EnterpriseFileState.reduce(&page, .readFailed(reason))
                state.enterpriseFile = page
                return []
            }
            // Nothing more comes for what was out: the screen stops waiting for it.
            state.readingWindow = false
            state.dropSearchReads()
            state.message = TriageMessage(state.language.pick("读取失败：", "Read failed: ") + reason, isError: true)
            return []
        default:
            state.message = nil
            return state.press(action)
        }
    }

    // MARK: - Keys

    private mutating func press(_ action: TriageAction) -> [TriageEffect] {
        switch action {
        case .quit: return [.quit]
        case .showConsole: return [.show(.console)]
        case .showCounties: return [.show(.counties)]
        case .back:
            markedRows = [:]
            marked = []
            matches = []
            moreMatches = false
        case .up: return move(.up)
        case .down: return move(.down)
        case .pageUp: return move(.pageUp)
        case .pageDown: return move(.pageDown)
        case .top: return move(.top)
        case .bottom: return move(.bottom)
        case .mark: return toggleMark()
        case .assign: ask(.text(.responsible, input: ""), for: .assign, batch: true)
        case .deadline: ask(.text(.deadline, input: ""), for: .setDeadline, batch: true)
        case .startRectifying:
            if let rows = targets(for: .startRectifying, batch: true) { return perform(.startRectifying, on: rows) }
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
        case .openEnterprise:
            guard let row = selectedRow else { break }
            var page = EnterpriseFileState(enterpriseId: row.hazard.enterpriseId, language: language)
            page.pageRows = pageRows
            enterpriseFile = page
            return [.readEnterpriseFile(enterpriseId: row.hazard.enterpriseId)]
        case .requestExtension:
            guard let row = selectedRow else { break }
            do throws(ExtensionRefusal) {
                try ExtensionRules.checkStanding(row.hazard, pending: row.pendingExtension)
                prompt = .text(.extensionUntil, input: "")
            } catch {
                message = TriageMessage(error.description, isError: true)
            }
        case .decideExtension:
            guard let row = selectedRow else { break }
            do throws(ExtensionRefusal) {
                let pending = try ExtensionRules.checkDecision(row.hazard, pending: row.pendingExtension)
                prompt = .text(.extensionDecision(until: pending.until), input: "")
            } catch {
                message = TriageMessage(error.description, isError: true)
            }
        case .merge:
            if let original = selectedRow?.likelyDuplicateOf {
                prompt = .confirm(.merge(into: original))
            } else {
                message = TriageMessage(language.pick("所选隐患没有疑似重复（≈ 标记）", "The selected hazard is not flagged as a likely duplicate (≈)"),
                                        isError: true)
            }
        case .undo:
            guard let last = undoStack.popLast() else {
                message = TriageMessage(language.pick("本次没有可撤销的操作", "Nothing to undo in this session"), isError: true)
                return []
            }
            return [.undo(last)]
        case .filter: prompt = .text(.filter, input: TriageFilterText.describe(filter, scope: scope))
        case .clearFilter: return reorder { $0.filter = TriageFilter(county: $0.scope) }
        case .sort: return reorder { $0.sort = $0.sort.next }
        case .reverseSort: return reorder { $0.descending.toggle() }
        case .search: prompt = .text(.search, input: "")
        case .nextMatch, .previousMatch: return jumpToMatch(forward: action == .nextMatch)
        case .saveView, .recallView, .editColumns: return openSavedViews(action)
        default: break
        }
        return []
    }

    private mutating func move(_ move: ListMove) -> [TriageEffect] {
        guard data.count > 0 else { return [] }
        return select(ListSelection(index: selection, count: data.count).applying(move, pageSize: pageRows).index)
    }

    /// Selects list position `position`: a window read when it is outside the one in memory,
    /// else the detail when the row is another hazard.
    private mutating func select(_ position: Int) -> [TriageEffect] {
        selection = position
        guard loadedWindow.contains(selection), let row = selectedRow else { return readWindow(follow: nil, span: .screen) }
        followedId = row.hazard.id
        return row.hazard.id == detailId ? [] : [.readDetail(row.hazard)]
    }

    private mutating func toggleMark() -> [TriageEffect] {
        guard let row = selectedRow else { return [] }
        if marked.remove(row.hazard.id) == nil {
            marked.insert(row.hazard.id)
            markedRows[row.hazard.id] = row.tracked
        } else {
            markedRows[row.hazard.id] = nil
        }
        return move(.down)
    }

    /// A new filter or order: back to the top, with the marks kept and the search ended.
    mutating func reorder(_ change: (inout TriageState) -> Void) -> [TriageEffect] {
        change(&self)
        selection = 0
        matches = []
        moreMatches = false
        // A search still out was for the old list: its answer is dropped when it comes.
        dropSearchReads()
        // Back to the top on purpose: not a change to follow the old hazard through.
        followedId = nil
        return readWindow(follow: nil, span: .screen)
    }

    // MARK: - Reads

    /// Puts what this console just wrote into the rows in memory, so that a key pressed
    /// before the re-read arrives acts on the hazard as it is now, not as it was.
    private mutating func patch(_ changes: [HazardChange]) {
        for change in changes {
            if let index = data.rows.firstIndex(where: { $0.hazard.id == change.id }) {
                let old = data.rows[index].tracked
                data.rows[index].tracked = TrackedHazard(hazard: change.after, revision: change.revision,
                                                         updatedBy: old.updatedBy, updatedAt: old.updatedAt)
            }
        }
    }

    /// Reads again what is shown, keeping the hazard the officer is on; after `changes`, whose
    /// hazard may have moved in the list's order.
    private mutating func reload(after changes: [HazardChange] = []) -> [TriageEffect] {
        let follow = followedId ?? selectedRow?.hazard.id
        let moved = query.map { query in changes.contains { $0.id == follow && query.sort.moves($0) } } ?? false
        return readWindow(follow: follow, moved: moved, span: moved ? .screen : .window)
    }

    private mutating func readWindow(follow: String?, moved: Bool = false, span: TriageWindowRequest.Span = .window) -> [TriageEffect] {
        guard let query else { return [] }
        windowSerial += 1
        readingWindow = span != .rest
        return [.readWindow(TriageWindowRequest(query: query, selection: selection, pageRows: pageRows, follow: follow,
                                                followMoved: moved, span: span, serial: windowSerial))]
    }

    private mutating func absorb(_ read: TriageWindowRead) -> [TriageEffect] {
        guard read.request.serial == windowSerial else { return [] }
        // The rest of a window is read after its screen, in a read of its own: a commit between
        // the two (another office's write, an import) may have put another hazard at the
        // selection. Taking it would leave the officer on that one, and follow it; read again
        // following the hazard on screen instead.
        if read.request.span == .rest, let shown = selectedRow?.hazard.id, read.window.row(at: selection)?.hazard.id != shown {
            return readWindow(follow: shown)
        }
        readingWindow = false
        data = read.window
        loadedWindow = read.range
        if read.request.follow != nil { selection = read.selection }
        selection = min(selection, max(0, data.count - 1))
        detailId = data.row(at: read.selection)?.hazard.id
        if let lost = read.lost, message == nil || message?.isError == false {
            message = TriageMessage(language.pick("\(lost) 已不在筛选结果中", "\(lost) is no longer in the list (filter)"))
        }
        // The officer may have moved while the read ran.
        guard data.count > 0 else {
            followedId = nil
            return []
        }
        let effects = select(selection)
        // The rows on screen are in; the rest of the window follows, unless a read is asked already.
        guard read.request.span == .screen, !effects.contains(where: \.isWindowRead) else { return effects }
        return effects + readWindow(follow: nil, span: .rest)
    }

    // MARK: - Actions

    /// The rows an action applies to — the marked ones for `a`, `d`, `w`, else the selected
    /// one — or nil, with the lifecycle's reason on the status line, when it cannot apply.
    private mutating func targets(for kind: HazardActionKind, batch: Bool = false) -> [TrackedHazard]? {
        let rows: [TrackedHazard]
        if batch, !markedRows.isEmpty {
            rows = markedRows.values.sorted { $0.hazard.id < $1.hazard.id }
        } else if let row = selectedRow {
            rows = [row.tracked]
        } else if data.count > 0 {
            message = TriageMessage(language.pick("该行正在读取，请稍候再试", "That row is still being read: try again in a moment"), isError: true)
            return nil
        } else {
            message = TriageMessage(language.pick("列表为空", "The list is empty"), isError: true)
            return nil
        }
        for row in rows {
            do throws(LifecycleRefusal) {
                try HazardLifecycle.checkStanding(kind, of: row.hazard)
            } catch {
                message = TriageMessage(error.description, isError: true)
                return nil
            }
        }
        return rows
    }

    private mutating func ask(_ question: TriagePrompt, for kind: HazardActionKind, batch: Bool = false) {
        guard targets(for: kind, batch: batch) != nil else { return }
        prompt = question
    }

    private func perform(_ action: HazardAction, on rows: [TrackedHazard]) -> [TriageEffect] {
        guard let today else { return [] }
        return [.apply(action, to: rows, today: today)]
    }

    // MARK: - Prompts

    private mutating func edit(_ edit: TextEdit) -> [TriageEffect] {
        guard case .text(let purpose, var field) = prompt else { return [] }
        field.apply(edit)
        prompt = .text(purpose, field: field)
        return purpose == .search ? search(field.text) : []
    }

    private mutating func complete() -> [TriageEffect] {
        guard case .text(.responsible, var field) = prompt, let county = selectedRow?.hazard.county else { return [] }
        let prefix = field.nextCompletion()
        prompt = .text(.responsible, field: field)
        return prefix.map { [.completeResponsible(county: county, prefix: $0)] } ?? []
    }

    private mutating func submitPrompt() -> [TriageEffect] {
        guard let open = prompt else { return [] }
        prompt = nil
        switch open {
        case .confirm(let confirmation): return confirm(confirmation)
        case .text(let purpose, let field): return submit(purpose, field.text.trimmingCharacters(in: .whitespaces))
        }
    }

    private mutating func confirm(_ confirmation: TriagePrompt.Confirmation) -> [TriageEffect] {
        guard let today else { return [] }
        switch confirmation {
        case .close: if let rows = targets(for: .close) { return perform(.close(on: today), on: rows) }
        case .list: if let rows = targets(for: .list) { return perform(.list(on: today), on: rows) }
        case .delist: if let rows = targets(for: .delist) { return perform(.delist(on: today), on: rows) }
        case .merge(let original): if let rows = targets(for: .markDuplicate) { return perform(.markDuplicate(of: original), on: rows) }
        }
        return []
    }

    private mutating func submit(_ purpose: TriagePrompt.Purpose, _ text: String) -> [TriageEffect] {
        switch purpose {
        case .responsible:
            guard !text.isEmpty, let rows = targets(for: .assign, batch: true) else { return [] }
            if rows.allSatisfy({ $0.hazard.deadline != nil }) { return perform(.assign(responsible: text, deadline: nil), on: rows) }
            prompt = .text(.assignDeadline(responsible: text), input: "")
        case .assignDeadline(let responsible):
            guard let deadline = parseDeadline(text), let rows = targets(for: .assign, batch: true) else { return [] }
            return perform(.assign(responsible: responsible, deadline: deadline), on: rows)
        case .deadline:
            guard let deadline = parseDeadline(text), let rows = targets(for: .setDeadline, batch: true) else { return [] }
            return perform(.setDeadline(deadline), on: rows)
        case .rectifiedNote:
            if let today, let rows = targets(for: .markRectified) { return perform(.markRectified(on: today, note: text), on: rows) }
        case .reopenReason:
            if let rows = targets(for: .reopen) { return perform(.reopen(reason: text), on: rows) }
        case .regradeReason(let grade):
            if let rows = targets(for: .regrade) { return perform(.regrade(to: grade, reason: text), on: rows) }
        case .comment:
            if !text.isEmpty, let rows = targets(for: .comment) { return perform(.comment(text), on: rows) }
        case .extensionUntil:
            // "+15" counts from the deadline being extended, not from today.
            guard let row = selectedRow, let deadline = row.hazard.deadline else { return [] }
            let until = text.hasPrefix("+") ? Int(text.dropFirst()).map { deadline.adding(days: $0) } : nil
            guard let until = until ?? parseDeadline(text) else { return [] }
            prompt = .text(.extensionReason(until: until), input: "")
        case .extensionReason(let until):
            if let today, let row = selectedRow {
                return [.requestExtension(hazard: row.hazard.id, until: until, reason: text, today: today)]
            }
        case .extensionDecision:
            guard let today, let row = selectedRow else { return [] }
            let words = text.split(separator: " ", maxSplits: 1).map(String.init)
            let answer = words.first?.lowercased() ?? ""
            let note = words.count > 1 ? words[1] : nil
            if ["y", "yes", "批准", "同意"].contains(answer) {
                return [.decideExtension(hazard: row.hazard.id, approve: true, note: note, today: today)]
            }
            if ["n", "no", "拒绝", "不同意"].contains(answer) {
                return [.decideExtension(hazard: row.hazard.id, approve: false, note: note, today: today)]
            }
            message = TriageMessage(language.pick("请先输入 y（批准）或 n（拒绝）", "Start with y (approve) or n (refuse)"), isError: true)
        case .filter:
            do throws(TriageFilterText.Problem) {
                let parsed = try TriageFilterText.parse(text, scope: scope)
                return reorder { $0.filter = parsed }
            } catch {
                message = TriageMessage(error.description, isError: true)
            }
        case .savedViewName:
            return saveView(named: text)
        case .search:
            let effects = searchText == text ? [] : search(text)
            if effects.isEmpty, !searchPending, matches.isEmpty, !text.isEmpty { noMatch(text) }
            return effects
        }
        return []
    }

    /// "2026-12-31", or "+7" / "+15" / "+30" days from today; nil (with a message) otherwise.
    private mutating func parseDeadline(_ text: String) -> Day? {
        if text.hasPrefix("+"), let days = Int(text.dropFirst()), days >= 0, let today { return today.adding(days: days) }
        if let day = Day(iso: text) { return day }
        message = TriageMessage(language.pick("“\(text)”不是日期：请写 YYYY-MM-DD 或 +7/+15/+30",
                                              "“\(text)” is not a date: write YYYY-MM-DD or +7/+15/+30"), isError: true)
        return nil
    }

    // MARK: - Search

    private mutating func search(_ text: String) -> [TriageEffect] {
        searchText = text
        matches = []
        moreMatches = false
        matchIndex = 0
        dropSearchReads()
        guard !text.isEmpty, let query else { return [] }
        searchPending = true
        return [.search(TriageSearchRequest(text: text, query: query))]
    }

    /// Stops waiting for the search's answers (the first matches, a match's place) and
    /// forgets the `n` / `N` typed ahead of them.
    private mutating func dropSearchReads() {
        searchPending = false
        pendingMatchMoves = 0
        locatingId = nil
    }

    private mutating func absorbSearch(_ request: TriageSearchRequest, _ found: [String], _ position: Int?) -> [TriageEffect] {
        guard request.text == searchText, request.query == query else { return [] }
        moreMatches = found.count == TriageSearch.batch
        if request.offset > 0 {
            guard request.offset == matches.count else { return [] }
            matches += found
            return jump(to: (matchIndex + 1) % matches.count)
        }
        matches = found
        matchIndex = 0
        searchPending = false
        let moves = pendingMatchMoves
        pendingMatchMoves = 0
        if found.isEmpty {
            // The prompt is closed: Enter came before the answer.
            if prompt == nil { noMatch(request.text) }
            return []
        }
        // `n` / `N` typed ahead of the answer: the match they lead to, within what was read.
        if moves != 0 { return jump(to: ((moves % found.count) + found.count) % found.count) }
        guard let position else {
            message = TriageMessage(language.pick("\(found[0]) 已不在列表中", "\(found[0]) is no longer in the list"), isError: true)
            return []
        }
        return select(position)
    }

    private mutating func noMatch(_ text: String) {
        message = TriageMessage(language.pick("没有找到“\(text)”", "No match for “\(text)”"), isError: true)
    }

    private mutating func jumpToMatch(forward: Bool) -> [TriageEffect] {
        if matches.isEmpty, searchPending {
            pendingMatchMoves += forward ? 1 : -1
            return []
        }
        guard !matches.isEmpty, let query else {
            message = TriageMessage(language.pick("先用 / 搜索", "Search with / first"), isError: true)
            return []
        }
        if forward, matchIndex == matches.count - 1, moreMatches {
            // Past the last match read: the next batch, else round to the first.
            return [.search(TriageSearchRequest(text: searchText, query: query, offset: matches.count))]
        }
        return jump(to: (matchIndex + (forward ? 1 : matches.count - 1)) % matches.count)
    }

    /// Match `index`, placed in the list (it may have left it since the search).
    private mutating func jump(to index: Int) -> [TriageEffect] {
        guard matches.indices.contains(index), let query else { return [] }
        matchIndex = index
        locatingId = matches[index]
        return [.locate(id: matches[index], query: query)]
    }
}
