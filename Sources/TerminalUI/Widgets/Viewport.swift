/// The window of a long list that is on screen, and the selection in it, by index only.
///
/// Lists of hazards may hold tens of thousands of rows; the dashboard keeps only the page on
/// screen in memory. The viewport says which page to fetch (``visibleRange``, i.e. OFFSET and
/// LIMIT) and where the selection is, and scrolls as little as possible to keep the selection
/// visible.
public struct Viewport: Sendable, Hashable {
    /// Rows in the whole list (from a COUNT query).
    public private(set) var count: Int
    /// Rows that fit on screen.
    public private(set) var height: Int
    /// The first row on screen.
    public private(set) var offset: Int
    /// The selected row; meaningless when ``count`` is 0 (see ``selectedIndex``).
    public private(set) var selection: Int

    /// A viewport over `count` rows showing `height` of them, with `selection` selected.
    public init(count: Int = 0, height: Int = 0, selection: Int = 0) {
        self.count = max(0, count)
        self.height = max(0, height)
        self.offset = 0
        self.selection = selection
        settle()
    }

    /// The rows to fetch and show.
    public var visibleRange: Range<Int> { offset..<min(count, offset + height) }

    /// The selected row, or nil when the list is empty.
    public var selectedIndex: Int? { count > 0 ? selection : nil }

    /// The selected row's index within the visible page (what ``Table`` takes), or nil.
    public var selectionInPage: Int? {
        guard let selectedIndex, visibleRange.contains(selectedIndex) else { return nil }
        return selectedIndex - offset
    }

    /// Adapts to a new row count (data changed) or height (terminal resized), keeping the
    /// selection on the same index where possible.
    public mutating func update(count: Int, height: Int) {
        self.count = max(0, count)
        self.height = max(0, height)
        settle()
    }

    /// Moves the selection by `delta` rows (negative is up), stopping at the ends.
    public mutating func moveSelection(by delta: Int) {
        selection += delta
        settle()
    }

    /// Selects row `index` (clamped to the list).
    public mutating func select(_ index: Int) {
        selection = index
        settle()
    }

    /// Moves one screen down, keeping the selection at the same place on screen when it can.
    public mutating func pageDown() {
        let step = max(1, height)
        offset += step
        selection += step
        settle()
    }

    /// Moves one screen up.
    public mutating func pageUp() {
        let step = max(1, height)
        offset -= step
        selection -= step
        settle()
    }

    /// Selects the first row (`g`, Home).
    public mutating func selectFirst() { select(0) }

    /// Selects the last row (`G`, End).
    public mutating func selectLast() { select(count - 1) }

    /// Clamps the selection to the list and the offset so that the selection is visible and
    /// no screen space is wasted past the end of the list.
    private mutating func settle() {
        selection = min(max(0, selection), max(0, count - 1))
        let lastOffset = max(0, count - height)
        offset = min(max(0, offset), lastOffset)
        if height > 0 {
            if selection < offset { offset = selection }
            if selection >= offset + height { offset = selection - height + 1 }
        } else {
            offset = selection
        }
    }
}
