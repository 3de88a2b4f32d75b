public import SafetyCore
public import SafetyStore
public import TerminalUI

/// A saved view's columns as lines of text (`hazard list --view NAME`): the hazard's id, then
/// each column at the console's width (a shared column at a fixed share), cut and padded by
/// display width so Chinese and ASCII line up, a line at a time — nothing waits for the last
/// row to learn a width.
public enum TriageTextTable {
    /// Room for the id, which is never cut.
    static let idWidth = 14
    /// Columns a shared column (enterprise, responsible) gets per unit of its weight.
    static let shareWidth = 16

    /// The line of column titles.
    public static func header(_ columns: [TriageColumn], language: Language) -> String {
        line(["id"] + columns.map { $0.title(language) }, columns, language)
    }

    /// `row` in `columns` on `today`.
    public static func line(_ row: TriageRow, _ columns: [TriageColumn], today: Day, policy: EscalationPolicy,
                            language: Language) -> String {
        line([row.hazard.id] + columns.map { $0.cell(row, today: today, policy: policy, language: language) }, columns, language)
    }

    private static func line(_ cells: [String], _ columns: [TriageColumn], _ language: Language) -> String {
        var text = cells[0] + String(repeating: " ", count: max(0, idWidth - DisplayWidth.of(cells[0])))
        for (column, cell) in zip(columns, cells.dropFirst()) {
            let width = switch column.width(listWidth: .max, language: language) {
            case .fixed(let cells): cells
            case .share(let weight): weight * shareWidth
            }
            text += "  " + DisplayWidth.pad(cell, to: width, alignment: column.alignment)
        }
        while text.last == " " { text.removeLast() }
        return text
    }
}
