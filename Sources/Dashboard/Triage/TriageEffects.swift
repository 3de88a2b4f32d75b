import Foundation
import SafetyCore
public import SafetyStore

/// Runs the triage view's effects against the store, on the effect runner's thread: the only
/// place the view reads or writes. Writes go through the store (lifecycle, audit row,
/// stale-read check), stamped with the operator and the clock's time.
public struct TriageEffects: Sendable {
    private let database: any TriageStore & DeadlineExtensions & EnterpriseFiles & HazardAttachments & SavedViews
    private let operatorName: String
    private let clock: any BoardClock

    public init(database: any TriageStore & DeadlineExtensions & EnterpriseFiles & HazardAttachments & SavedViews, operatorName: String, clock: any BoardClock) {
        self.database = database
        self.operatorName = operatorName
        self.clock = clock
    }

    /// The actions `effect` ends in; a failed write becomes `actionFailed`, a failed read
    /// `readFailed`.
    public func run(_ effect: TriageEffect) -> [TriageAction] {
        do {
            switch effect {
            case .readWindow(let request):
                let read = try readWindow(request)
                // The selected hazard's evidence files are checked on disk here, never in draw
                // (the rest of a window, with the screen that read them).
                let selected = request.span == .rest ? nil : read.window.row(at: read.selection)?.hazard.id
                return [.windowRead(read)] + (try selected.map { [.attachmentsRead(id: $0, try database.attachments(of: $0))] } ?? [])
            case .readDetail(let hazard):
                let (enterprise, history) = try database.triageDetail(of: hazard)
                return [.detailRead(id: hazard.id, enterprise: enterprise, history: history),
                        .attachmentsRead(id: hazard.id, try database.attachments(of: hazard.id))]
            case .search(let request):
                let q = request.query
                let matches = try database.triageSearch(request.text, filter: q.filter, sort: q.sort, descending: q.descending,
                                                        today: q.today, offset: request.offset, limit: TriageSearch.batch)
                let position = try request.offset == 0 ? matches.first.flatMap { try locate($0, q) } : nil
                return [.searchRead(request, matches: matches, firstPosition: position)]
            case .locate(let id, let query):
                return [.located(id: id, position: try locate(id, query))]
            case .apply(let action, let rows, let today):
                return [write {
                    let changes = try database.apply(action, to: rows.map { .seen($0) }, stamp: stamp(), today: today)
                    return .applied(action.kind, ids: rows.map(\.hazard.id), changes: changes)
                }]
            case .requestExtension(let id, let until, let reason, let today):
                return [write { .extensionRecorded(try database.requestExtension(id, until: until, reason: reason, stamp: stamp(), today: today)) }]
            case .decideExtension(let id, let approve, let note, let today):
                return [write {
                    let decided = try database.decideExtension(id, approve: approve, note: note, stamp: stamp(), today: today)
                    return .extensionDecided(decided.request, change: decided.change)
                }]
            case .readEnterpriseFile(let id):
                return [.enterpriseFile(.read(try database.enterpriseFile(id)))]
            case .undo(let changes):
                do {
                    return [.undone(try database.undo(changes, stamp: stamp()))]
                } catch {
                    return [.undoFailed(changes, reason: Self.describe(error))]
                }
            case .completeResponsible(let county, let prefix):
                return [.completions(prefix: prefix, units: try database.responsibleUnits(county: county, prefix: prefix))]
            case .readSavedViews:
                return [savedView { .savedViewPicker(.read(try database.savedViews())) }]
            case .saveView(let view):
                return [savedView { .savedViewSaved(view, try database.saveView(view)) }]
            case .deleteSavedView(let name):
                return [savedView {
                    try database.deleteView(named: name)
                    return .savedViewDeleted(name: name, remaining: try database.savedViews())
                }]
            case .show, .quit:
                return []
            }
        } catch {
            return [.readFailed("\(error)")]
        }
    }

    /// A saved view's read or write; a refusal says what to do and reloads nothing.
    private func savedView(_ body: () throws -> TriageAction) -> TriageAction {
        do { return try body() } catch { return .savedViewFailed((error as? SavedViewError)?.description ?? "\(error)") }
    }

    private func write(_ body: () throws -> TriageAction) -> TriageAction {
        do { return try body() } catch { return .actionFailed(Self.describe(error)) }
    }

    /// The window of three pages around the selection, keeping the followed hazard selected.
    /// Where it still is in the window read around its old place — a live refresh, a write
    /// that changes no order column, a move of a few rows — its place is read off the window;
    /// only a hazard that left it is placed by counting (``TriageStore/triagePosition(of:filter:sort:descending:today:)``)
    /// and the window read again around its new place. A hazard a write moved in the order
    /// (`followMoved`) is counted first: the read around its old place would be wasted.
    private func readWindow(_ request: TriageWindowRequest) throws -> TriageWindowRead {
        let q = request.query
        guard let id = request.follow, !request.followMoved else {
            return try placing(request.follow, request, around: nil)
        }
        // The whole window around the old place: the hazard is most often still in it.
        let around = try window(q, around: request.selection, pageRows: request.pageRows, span: .window)
        if around.window.row(at: request.selection)?.hazard.id == id {
            return TriageWindowRead(request: request, window: around.window, range: around.range, selection: request.selection, lost: nil)
        }
        if let local = around.window.rows.firstIndex(where: { $0.hazard.id == id }) {
            // The rows are where they were read; the detail the window carries is the selected hazard's.
            var window = around.window
            (window.enterprise, window.history) = try database.triageDetail(of: window.rows[local].hazard)
            return TriageWindowRead(request: request, window: window, range: around.range, selection: window.firstRow + local, lost: nil)
        }
        return try placing(id, request, around: around)
    }

    /// The window around hazard `id`'s place in the list, counted; around the selection
    /// (`around`, when read already) when there is no hazard to follow or it left the list.
    private func placing(_ id: String?, _ request: TriageWindowRequest,
                         around: (window: TriageWindow, range: Range<Int>)?) throws -> TriageWindowRead {
        let q = request.query
        // The count and the window are two reads: a commit between them (another office's
        // write, an import) can move the hazard off the counted place, and the selection would
        // then rest on another hazard and follow that one. Counted again, up to twice.
        for attempt in 1...3 {
            guard let id, let position = try locate(id, q) else { break }
            let moved = try window(q, around: position, pageRows: request.pageRows, span: request.span)
            if moved.window.row(at: position)?.hazard.id == id || attempt == 3 {
                return TriageWindowRead(request: request, window: moved.window, range: moved.range, selection: position, lost: nil)
            }
        }
        let kept = try around ?? window(q, around: request.selection, pageRows: request.pageRows, span: request.span)
        return TriageWindowRead(request: request, window: kept.window, range: kept.range, selection: request.selection, lost: id)
    }

    private func window(_ q: TriageListQuery, around selection: Int, pageRows: Int,
                        span: TriageWindowRequest.Span) throws -> (window: TriageWindow, range: Range<Int>) {
        let range = TriageWindowRequest.positions(around: selection, pageRows: pageRows, span: span)
        return (try database.triageWindow(filter: q.filter, sort: q.sort, descending: q.descending, offset: range.lowerBound,
                                          limit: range.count, selection: selection, today: q.today), range)
    }

    private func locate(_ id: String, _ q: TriageListQuery) throws -> Int? {
        try database.triagePosition(of: id, filter: q.filter, sort: q.sort, descending: q.descending, today: q.today)
    }

    private func stamp() -> AuditStamp {
        AuditStamp(operatorName: operatorName, at: ISO8601DateFormatter().string(from: clock.now()))
    }

    private static func describe(_ error: any Error) -> String {
        (error as? TriageError)?.description ?? "\(error)"
    }
}
