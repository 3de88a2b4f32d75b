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
    /// columns are left out.
    static let minimumShare = 8

    /// The table for the officer's `chosen` columns in a list `width` wide: the mark column
    /// (`*` marked, `≈` likely duplicate), then the chosen columns in their order. Fixed
    /// columns keep their width and the shared ones split what is left; when the shared ones
    /// would get less than ``minimumShare`` each, chosen columns are left out from the end —
    /// the officer put first what matters most — so a column is shown whole or not at all and
    /// cells are cut by display width, with "…", only inside their own column.
    public static func table(_ chosen: [TriageColumn], width: Int, language: Language) -> (shown: [TriageColumn], columns: [TableColumn]) {
        var shown = chosen.isEmpty ? TriageColumn.defaults : chosen
        while shown.count > 1 {
            var fixed = 0, shares = 0
            for column in shown {
                switch column.width(listWidth: width, language: language) {
                case .fixed(let cells): fixed += cells
                case .share: shares += 1
                }
            }
            // The mark column and one space before each chosen column.
            if 1 + fixed + shares * minimumShare + shown.count <= width { break }
            shown.removeLast()
        }
        let columns = shown.map { column -> TableColumn in
            let length: Length = switch column.width(listWidth: width, language: language) {
            case .fixed(let cells): .fixed(cells)
            case .share(let weight): .weight(weight)
            }
            return TableColumn(column.title(language), width: length, alignment: column.alignment)
        }
        return (shown, [TableColumn("", width: .fixed(1))] + columns)
    }
}
