public import SafetyStore
public import TerminalUI

/// The column editor (`C` in triage): every column, the shown ones first in their order, to
/// show or hide and to move. Changed only by ``reduce(_:_:)``; drawn by ``TriageColumnEditorBox``.
public struct TriageColumnEditor: Sendable, Equatable {
    /// One line of the editor: a column and whether the table shows it.
    public struct Entry: Sendable, Equatable {
        public var column: TriageColumn
        public var shown: Bool
    }

    /// Top to bottom is the table's left to right.
    public var entries: [Entry]
    public var selection = 0
    /// The last key tried to hide the last shown column, and it stayed.
    public var keptLastColumn = false

    /// The editor for a table showing `columns`: those first, the others after, hidden.
    public init(columns: [TriageColumn]) {
        entries = columns.map { Entry(column: $0, shown: true) }
            + TriageColumn.allCases.filter { !columns.contains($0) }.map { Entry(column: $0, shown: false) }
    }

    /// The columns the table would show, left to right.
    public var columns: [TriageColumn] { entries.filter(\.shown).map(\.column) }
}

/// The column editor's keys.
public enum TriageColumnEditorAction: Sendable, Equatable {
    case move(ListMove)
    /// Space: show or hide the selected column.
    case toggle
    /// `+` / `K`: the selected column one place earlier (further left); `-` / `J`: later.
    case earlier, later
    /// Enter: the table takes these columns.
    case apply
    /// Esc: the table keeps its columns.
    case cancel
}

/// What the editor asks the triage view for.
public enum TriageColumnEditorOutcome: Sendable, Equatable {
    case apply([TriageColumn])
    case cancel
}

extension TriageColumnEditor {
    /// The editor's reducer: moving a column carries the selection with it and stops at
    /// either end; the last shown column cannot be hidden (a table of no columns shows
    /// nothing), which sets ``keptLastColumn``; Enter hands the shown columns over, Esc nothing.
    public static func reduce(_ editor: inout TriageColumnEditor, _ action: TriageColumnEditorAction) -> TriageColumnEditorOutcome? {
        editor.keptLastColumn = false
        switch action {
        case .move(let move):
            editor.selection = ListSelection(index: editor.selection, count: editor.entries.count).applying(move, pageSize: 10).index
        case .toggle:
            let entry = editor.entries[editor.selection]
            if entry.shown, editor.columns.count == 1 {
                editor.keptLastColumn = true
            } else {
                editor.entries[editor.selection].shown.toggle()
            }
        case .earlier, .later:
            let target = editor.selection + (action == .earlier ? -1 : 1)
            guard editor.entries.indices.contains(target) else { return nil }
            editor.entries.swapAt(editor.selection, target)
            editor.selection = target
        case .apply:
            return .apply(editor.columns)
        case .cancel:
            return .cancel
        }
        return nil
    }

    /// The editor's keys: list moves, Space, `+` `-` `K` `J`, Enter, Esc; nil for any other.
    public static func action(for key: Key) -> TriageColumnEditorAction? {
        switch key {
        case .char(" "): .toggle
        case .char("+"), .char("K"): .earlier
        case .char("-"), .char("J"): .later
        case .enter: .apply
        case .escape: .cancel
        default: ListMove(key).map(TriageColumnEditorAction.move)
        }
    }
}
