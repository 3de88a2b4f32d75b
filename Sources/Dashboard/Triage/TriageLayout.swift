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
