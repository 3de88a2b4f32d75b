import TerminalUI

extension Language {
    /// The Chinese or the English of a label, so each view states both side by side and a
    /// missing translation shows up in review rather than at run time.
    func pick(_ chinese: String, _ english: String) -> String {
        self == .zh ? chinese : english
    }
}

extension Int {
    /// The number with thousands separators ("12,345"), as every figure on the console is
    /// written, the same way as in printed reports.
    var grouped: String { FigureSheet.grouped(self) }
}

extension TableColumn {
    /// A column just wide enough for its title and its `cells` (at most `cap` columns), so
    /// dates, counts and county names take what they need and a weighted column gets the rest.
    static func fitting(_ title: String, _ cells: [String], cap: Int = .max, alignment: TextAlignment = .left) -> TableColumn {
        let widest = cells.map(\.displayWidth).max() ?? 0
        return TableColumn(title, width: .fixed(min(cap, max(title.displayWidth, widest))), alignment: alignment)
    }
}

/// Words that carry meaning colour also carries, so a monochrome screen loses nothing.
enum ConsoleMarks {
    /// Beside anything past its deadline: an overdue hazard or inspection.
    static func overdue(_ language: Language) -> String { language.pick("逾期", "OVERDUE") }
}
