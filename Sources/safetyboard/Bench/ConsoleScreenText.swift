import Foundation
import Dashboard
import TerminalUI

/// What `bench` reads off the console's screen text: whether data is shown, where the hazard
/// queue's selection is, and whether a frame still waits for rows.
enum ConsoleScreenText {
    /// The hazard panel's totals line, "open 1,287  overdue 43  major 6 … 3/1,287": the open
    /// count and the selection's place (1-based) in the queue.
    private static let position = try! NSRegularExpression(pattern: #"open ([0-9,]+)  overdue .*?([0-9,]+)/\1(?![0-9,])"#)
    private static let totals = try! NSRegularExpression(pattern: #"open [0-9,]+  overdue [0-9,]+"#)
    /// A row outside the window read so far, drawn as "…" alone: between the hazard panel's
    /// borders, or first on a line of triage's list (left of its detail) or an enterprise list.
    private static let placeholderRow = try! NSRegularExpression(pattern: #"[│║]… *[│║]|^ *… *(│|$)"#)
    /// What a view shows while a read it waits for is out (``Terms/loading(_:)`` on a panel, a
    /// page, a list or triage's title; ``Terms/searching(_:_:)`` up to the searched text).
    private static let readingNotices = [Terms.loading(.en), String(Terms.searching("", .en).prefix { $0 != "”" })]

    /// True when the hazard panel shows its totals (the console has data, in English).
    static func showsData(_ lines: [String]) -> Bool {
        lines.contains { matches(totals, $0) }
    }

    /// The selected row (1-based) and the open count, from the hazard panel's totals line.
    static func hazardPosition(_ lines: [String]) -> (selected: Int, open: Int)? {
        for line in lines {
            let range = NSRange(line.startIndex..., in: line)
            guard let match = position.firstMatch(in: line, range: range),
                  let open = Range(match.range(at: 1), in: line), let selected = Range(match.range(at: 2), in: line),
                  let openCount = Int(line[open].replacingOccurrences(of: ",", with: "")),
                  let selectedRow = Int(line[selected].replacingOccurrences(of: ",", with: "")) else { continue }
            return (selectedRow, openCount)
        }
        return nil
    }

    /// False while the screen shows rows it has not read yet or a reading notice: the frame a
    /// key asked for is still to come (and the next key would act on the old one).
    static func isSettled(_ lines: [String]) -> Bool {
        !lines.contains { line in readingNotices.contains { line.contains($0) } || matches(placeholderRow, line) }
    }

    private static func matches(_ expression: NSRegularExpression, _ line: String) -> Bool {
        expression.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil
    }
}
