public import SafetyStore
public import TerminalUI

/// The list of the officer's saved views (`R` in triage), drawn over the triage list: pick one
/// to apply, or delete one. Changed only by ``reduce(_:_:)``; drawn by ``SavedViewPickerBox``.
public struct SavedViewPicker: Sendable, Equatable {
    /// Nil until the store's answer arrives.
    public var views: [SavedView]?
    public var selection = 0
    /// `d` was pressed on the selected view: Enter deletes it, Esc keeps it.
    public var confirmingDelete = false

    public init(views: [SavedView]? = nil) {
        self.views = views
    }

    /// The view under the selection.
    public var selected: SavedView? {
        views.flatMap { $0.indices.contains(selection) ? $0[selection] : nil }
    }
}

/// What changes the picker: its keys, and the store's list of views.
public enum SavedViewPickerAction: Sendable, Equatable {
    case move(ListMove)
    /// Enter: apply the selected view, or delete it when `d` asked.
    case choose
    /// `d` or Delete: ask to delete the selected view.
    case delete
    /// Esc: close, or keep the view when a delete was asked.
    case cancel
    /// The operator's views, read (again after a delete).
    case read([SavedView])
}

/// What the picker asks the triage view for.
public enum SavedViewPickerOutcome: Sendable, Equatable {
    case apply(SavedView)
    case delete(name: String)
    case close
}

extension SavedViewPicker {
    /// The picker's reducer: moves are clamped to the list; Enter on a view applies it, and
    /// after `d` deletes it instead (nothing is deleted by a single key); Esc backs out of
    /// the question first, then closes. A new list keeps the selection on the same position,
    /// clamped.
    public static func reduce(_ picker: inout SavedViewPicker, _ action: SavedViewPickerAction) -> SavedViewPickerOutcome? {
        switch action {
        case .move(let move):
            picker.confirmingDelete = false
            let count = picker.views?.count ?? 0
            guard count > 0 else { return nil }
            picker.selection = ListSelection(index: picker.selection, count: count).applying(move, pageSize: 10).index
            return nil
        case .choose:
            guard let view = picker.selected else { return .close }
            if picker.confirmingDelete {
                picker.confirmingDelete = false
                return .delete(name: view.name)
            }
            return .apply(view)
        case .delete:
            picker.confirmingDelete = picker.selected != nil
            return nil
        case .cancel:
            guard picker.confirmingDelete else { return .close }
            picker.confirmingDelete = false
            return nil
        case .read(let views):
            picker.views = views
            picker.selection = min(picker.selection, max(0, views.count - 1))
            picker.confirmingDelete = false
            return nil
        }
    }

    /// The picker's keys: list moves, Enter, Esc, `d` / Delete; nil for any other key.
    public static func action(for key: Key) -> SavedViewPickerAction? {
        switch key {
        case .enter: .choose
        case .escape: .cancel
        case .char("d"), .delete: .delete
        default: ListMove(key).map(SavedViewPickerAction.move)
        }
    }
}
