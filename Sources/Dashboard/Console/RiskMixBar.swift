import SafetyCore
import TerminalUI

/// A bar of one row's enterprises split by risk level, red first: `████▓▓▒▒▒▒░░░`.
///
/// Its length is proportional to the row's total against the largest total on screen, so
/// counties compare at a glance. Each level has its own shade as well as its own colour, so
/// the mix still reads on a monochrome terminal.
enum RiskMixBar {
    /// The glyph of each level, darkest for the most severe.
    static func glyph(_ level: RiskLevel) -> Character {
        switch level {
        case .red: "█"
        case .orange: "▓"
        case .yellow: "▒"
        case .blue: "░"
        }
    }

    /// How many columns each level of `counts` gets in a bar of `width` columns scaled to
    /// `maximum`. Every level present gets at least one column while the bar has room, so a
    /// single red enterprise among hundreds of blue ones is never rounded away, even in the
    /// short bar of a small county.
    static func segments(_ counts: [RiskLevel: Int], maximum: Int, width: Int) -> [(level: RiskLevel, columns: Int)] {
        let levels = RiskLevel.allCases
        let total = levels.reduce(0) { $0 + max(0, counts[$1] ?? 0) }
        guard width > 0, maximum > 0, total > 0 else { return levels.map { ($0, 0) } }
        // A short bar still gets a column for each level present, red above all.
        let present = levels.filter { (counts[$0] ?? 0) > 0 }.count
        let length = min(width, max(present, Int((Double(min(total, maximum)) / Double(maximum) * Double(width)).rounded())))
        // Cumulative rounding keeps the parts adding up to exactly `length`.
        var columns: [Int] = []
        var before = 0
        var running = 0
        for level in levels {
            running += max(0, counts[level] ?? 0)
            let end = Int((Double(running) / Double(total) * Double(length)).rounded())
            columns.append(end - before)
            before = end
        }
        for index in levels.indices where (counts[levels[index]] ?? 0) > 0 && columns[index] == 0 {
            guard let donor = columns.indices.max(by: { columns[$0] < columns[$1] }), columns[donor] > 1 else { break }
            columns[donor] -= 1
            columns[index] = 1
        }
        return zip(levels, columns).map { ($0, $1) }
    }

    /// Draws the bar from (`x`, `y`) within `width` columns, each level in its risk style.
    static func draw(_ counts: [RiskLevel: Int], maximum: Int, x: Int, y: Int, width: Int, on canvas: inout Canvas) {
        var column = x
        for (level, columns) in segments(counts, maximum: maximum, width: width) where columns > 0 {
            canvas.fill(Rect(x: column, y: y, width: columns, height: 1), with: glyph(level), style: level.style)
            column += columns
        }
    }
}

extension RiskLevel {
    /// The style role of the level's colour.
    var style: Style {
        switch self {
        case .red: Style(.riskRed)
        case .orange: Style(.riskOrange)
        case .yellow: Style(.riskYellow)
        case .blue: Style(.riskBlue)
        }
    }
}
