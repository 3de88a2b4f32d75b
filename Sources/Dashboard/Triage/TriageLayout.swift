public import SafetyStore
public import TerminalUI

/// Where the parts of the triage view go in the body under the shared header: a title line,
/// the list and the detail pane (side by side from 120 columns, stacked below that), the
/// prompt or status line, and the key bar.
public struct TriageLayout: Sendable, Equatable {
    public var title: Rect
    public var list: Rect
    public var detail: Rect
    public var status: Rect
    public var keyBar: Rect

    public init(body: Rect) {
        let rows = body.splitRows([.fixed(1), .weight(1), .fixed(1), .fixed(1)])
        title = rows[0]
        status = rows[2]
        keyBar = rows[3]
        if body.width >= 120 {
            let columns = rows[1].splitColumns([.weight(3), .weight(2)], spacing: 1)
            list = columns[0]
            detail = columns[1]
        } else {
            let parts = rows[1].splitRows([.weight(3), .weight(2)])
            list = parts[0]
            detail = parts[1]
        }
    }

    /// Rows of the list on screen (the header line of the table excluded).
    public var listRows: Int { max(1, list.height - 1) }
}

extension TriageLayout {
    /// The least room a shared column (enterprise, responsible) is left with before chosen
    /// columns are left out: its title, and at least this.
    static let minimumShare = 8

    /// The table for the officer's `chosen` columns in a list `width` wide: the mark column
    /// (`*` marked, `≈` likely duplicate), then the chosen columns in their order. Fixed
    /// columns keep their width; the shared ones get their least room (their title, at least
    /// ``minimumShare``) and split the rest by weight. When that does not fit, chosen columns
    /// are left out from the end — the officer put first what matters most — so a column is
    /// shown whole or not at all and cells are cut by display width, with "…", only inside
    /// their own column.
    public static func table(_ chosen: [TriageColumn], width: Int, language: Language) -> (shown: [TriageColumn], columns: [TableColumn]) {
        var shown = chosen.isEmpty ? TriageColumn.defaults : chosen
        var widths = columnWidths(shown, width: width, language: language)
        while widths == nil, shown.count > 1 {
            shown.removeLast()
            widths = columnWidths(shown, width: width, language: language)
        }
        // One column wider than the list: the table cuts it.
        let cells = widths ?? shown.map { _ in width }
        let columns = zip(shown, cells).map { column, cells in
            TableColumn(column.title(language), width: .fixed(cells), alignment: column.alignment)
        }
        return (shown, [TableColumn("", width: .fixed(1))] + columns)
    }

    /// Each of `columns`' widths in a list `width` wide, or nil when they do not fit.
    private static func columnWidths(_ columns: [TriageColumn], width: Int, language: Language) -> [Int]? {
        let lengths = columns.map { $0.width(listWidth: width, language: language) }
        var cells = zip(columns, lengths).map { column, length in
            switch length {
            case .fixed(let cells): cells
            case .share: max(minimumShare, column.title(language).displayWidth)
            }
        }
        // The mark column and one space before each chosen column.
        let spare = width - 1 - columns.count - cells.reduce(0, +)
        guard spare >= 0 else { return nil }
        let weights = lengths.map { length in if case .share(let weight) = length { weight } else { 0 } }
        let totalWeight = weights.reduce(0, +)
        guard totalWeight > 0 else { return cells }
        var handedOut = 0
        for index in cells.indices where weights[index] > 0 {
            let share = spare * weights[index] / totalWeight
            cells[index] += share
            handedOut += share
        }
        // What the division leaves goes to the first shared column.
        if let first = weights.firstIndex(where: { $0 > 0 }) { cells[first] += spare - handedOut }
        return cells
    }
}
