import Dashboard
import SafetyCore
import SafetyStore
import TerminalUI
import Testing

/// The triage table with the officer's columns, the views' list and the column editor, as text.
struct TriageColumnsScreenTests {
    static let size = Size(width: 80, height: 24)
    /// More than 80 columns hold: what does not fit is left out from the end.
    static let chosen: [TriageColumn] = [.enterprise, .town, .industry, .source, .found, .responsible, .days, .status, .urgency]

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let language: Language
        let state: TriageState
        var testDescription: String { name }
    }

    static let cases: [Case] = Language.allCases.flatMap { language -> [Case] in
        let prefix = "triage-80x24-\(language.rawValue)"
        var columns = TriageState()
        columns.columns = chosen
        var few = TriageState()
        few.columns = [.days, .responsible, .grade]
        var picker = TriageState()
        picker.savedViewPicker = SavedViewPicker(views: [
            SavedView(name: "逾期重大", filter: "county=荔城区 grade=major overdue", sort: .deadline, descending: true),
            SavedView(name: "to verify", filter: "awaiting", sort: .found),
            SavedView(name: "queue", filter: ""),
        ])
        picker.savedViewPicker?.selection = 1
        var deleting = picker
        deleting.savedViewPicker?.confirmingDelete = true
        var empty = TriageState()
        empty.savedViewPicker = SavedViewPicker(views: [])
        var editor = TriageState()
        editor.columnEditor = TriageColumnEditor(columns: [.enterprise, .days, .urgency])
        editor.columnEditor?.selection = 1
        return [
            Case(name: "\(prefix)-columns", language: language, state: columns),
            Case(name: "\(prefix)-columns-few", language: language, state: few),
            Case(name: "\(prefix)-saved-views", language: language, state: picker),
            Case(name: "\(prefix)-saved-views-delete", language: language, state: deleting),
            Case(name: "\(prefix)-saved-views-none", language: language, state: empty),
            Case(name: "\(prefix)-column-editor", language: language, state: editor),
        ]
    }

    @Test(arguments: cases)
    func matchesTheRecordedSnapshot(_ c: Case) {
        SnapshotFile.check(TriageFixture.render(c.language, size: Self.size, state: c.state), named: c.name)
    }

    @Test(arguments: Language.allCases)
    func theChosenColumnsStandInTheirOrderAndWhatDoesNotFitIsLeftOutWhole(language: Language) throws {
        var state = TriageState()
        state.columns = Self.chosen
        let canvas = TriageFixture.render(language, size: Self.size, state: state)
        let lines = ScreenText.lines(canvas)
        let header = try #require(lines.firstIndex { $0.contains(TriageColumn.enterprise.title(language)) })
        let titles = Self.chosen.map { $0.title(language) }
        let starts = titles.map { ScreenText.columns(of: $0, inRow: header, of: canvas).first }
        let shown = starts.prefix { $0 != nil }.compactMap { $0 }
        #expect(shown.count >= 5 && shown.count < Self.chosen.count, "a prefix of the chosen columns: \(lines[header])")
        #expect(shown == shown.sorted(), "left to right in the chosen order")
        #expect(starts.dropFirst(shown.count).allSatisfy { $0 == nil }, "nothing after the first left out")
        // Each row is the canvas's width: a Chinese cell cut by display width, never a glyph torn.
        let row = try #require(lines.first { $0.contains("莆田市") })
        #expect(row.contains("黄石镇") && row.contains("鞋服"))
    }

    @Test(arguments: Language.allCases)
    func theDefaultColumnsAreTheTableAsItWas(language: Language) {
        // The widths the table had before columns could be chosen (mark, grade, county,
        // enterprise, deadline, urgency, status), at 80 columns and below 78.
        let status = language == .zh ? 6 : 10
        for (width, urgency) in [(80, 17), (71, 11)] {
            let (shown, columns) = TriageLayout.table(TriageColumn.defaults, width: width, language: language)
            #expect(shown == TriageColumn.defaults)
            let widths = Table(columns: columns, spacing: 1).columnWidths(totalWidth: width)
            let enterprise = width - (1 + 5 + 6 + 10 + urgency + status) - 6
            #expect(widths == [1, 5, 6, enterprise, 10, urgency, status], "at \(width)")
        }
    }

    @Test func aViewsColumnsPrintAsTextLinedUpByDisplayWidth() {
        let columns: [TriageColumn] = [.enterprise, .town, .days, .status]
        let header = TriageTextTable.header(columns, language: .zh)
        let line = TriageTextTable.line(TriageFixture.rows[0], columns, today: TriageFixture.today, policy: EscalationPolicy(), language: .zh)
        #expect(header.hasPrefix("id            "))
        #expect(line.hasPrefix("LC-H-0001     "))
        #expect(DisplayWidth.of(header.prefix(while: { $0 != "镇" })) == DisplayWidth.of(line.prefix(while: { $0 != "黄" })),
                "the town starts in the same column under its title")
        #expect(line.hasSuffix("59  整改中"))
    }
}
