/// The selected row of a list of `count` rows, moved by ``ListMove``s and kept inside the
/// list; ``window(height:)`` is the rows a view shows around it.
///
/// Only positions: the rows themselves may be read in windows (a queue of a million
/// hazards), so a selection can point past the rows in memory; the view reads what it needs.
public struct ListSelection: Sendable, Hashable {
    /// Rows in the whole list.
    public private(set) var count: Int
    /// The selected position; 0 in an empty list.
    public private(set) var index: Int

    /// A selection at `index`, clamped into a list of `count` rows.
    public init(index: Int = 0, count: Int = 0) {
        self.count = max(0, count)
        self.index = 0
        select(index)
    }

    /// Moves the selection; a page is `pageSize` rows (at least one).
    public mutating func apply(_ move: ListMove, pageSize: Int) {
        let page = max(1, pageSize)
        switch move {
        case .up: select(index - 1)
        case .down: select(index + 1)
        case .pageUp: select(index - page)
        case .pageDown: select(index + page)
        case .top: select(0)
        case .bottom: select(count - 1)
        }
    }

    /// Selects `position`, clamped into the list.
    public mutating func select(_ position: Int) {
        index = min(max(0, position), max(0, count - 1))
    }

    /// The list changed size (a refresh): the selection stays on its position when it can.
    public mutating func resize(to newCount: Int) {
        count = max(0, newCount)
        select(index)
    }

    /// The selection after `move`, without changing this one.
    public func applying(_ move: ListMove, pageSize: Int) -> ListSelection {
        var next = self
        next.apply(move, pageSize: pageSize)
        return next
    }

    /// The rows on a screen of `height` rows, scrolled as little as possible from the top to
    /// show the selection (the same window as ``Viewport``'s).
    public func window(height: Int) -> Range<Int> {
        Viewport(count: count, height: height, selection: index).visibleRange
    }

    /// The selection's row within ``window(height:)``, or nil in an empty list.
    public func row(inWindowOf height: Int) -> Int? {
        Viewport(count: count, height: height, selection: index).selectionInPage
    }
}
