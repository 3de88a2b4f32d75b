import SafetyCore
import TerminalUI

/// The header line — scope, clock, operator, live marker, alert count — and, while alerts
/// wait for acknowledgement, the alert line under it.
struct ConsoleHeader {
    let chrome: BoardChrome

    private var language: Language { chrome.language }
    private static let bar = Style(.normal, background: .header)
    private static let alarm = Style(.normal, background: .alert).bold

    /// One fact of the header; on a narrow screen the one with the highest `priority` number
    /// first gives up its label (`compact`), then is left out whole, rather than cutting every
    /// fact short.
    private struct Item {
        var runs: [TextRun]
        var priority: Int
        var compact: [TextRun]? = nil
        var width: Int { runs.reduce(0) { $0 + $1.width } }
    }

    /// Draws the header line on the first row of `rect`.
    func draw(in rect: Rect, on canvas: inout Canvas) {
        let alerts = chrome.alerts.count
        let live: String
        if chrome.error != nil {
            live = language.pick("○ 数据未更新", "○ stale")
        } else {
            live = "● " + language.pick("实时", "live") + (chrome.lastChange.map { " " + $0 } ?? "")
        }
        let role = chrome.role.map { language.pick("（\(RoleKeys.name($0, language))）", " (\(RoleKeys.name($0, language)))") } ?? ""
        var items = [
            Item(runs: [TextRun(language.pick("安全生产监管台", "SafetyBoard"), Self.bar)], priority: 5),
            Item(runs: [TextRun(chrome.scope ?? language.pick("全省", "All counties"), Self.bar.bold)], priority: 0),
            Item(runs: [TextRun(chrome.clock, Self.bar)], priority: 1),
            // Right after the clock: today's date beside the data's last one tells a stale screen.
            chrome.dataUpTo.map { Item(runs: [TextRun($0, Self.bar.bold)], priority: 2) },
            Item(runs: [TextRun(language.pick("值班 ", "on duty ") + chrome.operatorName + role, Self.bar)], priority: 4,
                 compact: [TextRun(chrome.operatorName + role, Self.bar)]),
            Item(runs: [TextRun(live, Self.bar)], priority: 3),
            Item(runs: [TextRun(language.pick("告警 \(alerts.grouped)", "alerts \(alerts.grouped)"), alerts > 0 ? Self.alarm : Self.bar)],
                 priority: 2),
        ].compactMap { $0 }
        let separator = TextRun(" │ ", Self.bar)
        func width() -> Int { 1 + items.reduce(0) { $0 + $1.width } + separator.width * (items.count - 1) }
        while width() > rect.width, items.count > 1, let last = items.indices.max(by: { items[$0].priority < items[$1].priority }) {
            if let compact = items[last].compact {
                items[last].runs = compact
                items[last].compact = nil
            } else {
                items.remove(at: last)
            }
        }
        var runs = [TextRun(" ", Self.bar)]
        for (index, item) in items.enumerated() {
            if index > 0 { runs.append(separator) }
            runs += item.runs
        }
        canvas.draw(runs, in: rect, fill: Self.bar)
    }

    /// Draws the newest unacknowledged alert on the first row of `rect`: county, enterprise
    /// and description, with how to acknowledge it and how many more wait, which are never cut.
    func drawAlert(in rect: Rect, on canvas: inout Canvas) {
        guard let newest = chrome.alerts.last else { return }
        let more = chrome.alerts.count - 1
        let prefix = TextRun(language.pick(" !! 新增重大隐患 ", " !! New major hazard "), Self.alarm)
        var trailing = [TextRun(language.pick("(A 确认)", "(A to acknowledge)"), Self.alarm)]
        if more > 0 { trailing.append(TextRun(language.pick(" +\(more.grouped) 条", " +\(more.grouped) more"), Self.alarm)) }
        // What is wrong matters more than where: the description keeps at least half of the
        // room left after the county, the enterprise name gets the rest.
        let separator = " · "
        let room = rect.width - prefix.width - trailing.reduce(0) { $0 + $1.width } - 1
            - newest.county.displayWidth - 2 * separator.displayWidth
        let descriptionWidth = min(newest.description.displayWidth, max(room / 2, room - newest.enterpriseName.displayWidth))
        let description = Self.shortened(newest.description, to: descriptionWidth)
        let enterprise = Self.shortened(newest.enterpriseName, to: room - description.displayWidth)
        let body = TextRun([newest.county, enterprise, description].joined(separator: separator), Self.alarm)
        canvas.draw([prefix, body], trailing: trailing, in: rect, fill: Self.alarm)
    }

    /// `text` cut to `width` columns with "…", without the padding space a cut wide
    /// character leaves, since more text follows it.
    private static func shortened(_ text: String, to width: Int) -> String {
        var cut = DisplayWidth.truncate(text, to: max(1, width))
        while cut.last == " " { cut.removeLast() }
        return cut
    }
}
