import Dashboard
import SafetyCore
import SafetyStore
import TerminalUI
import Testing

/// Without colour (`NO_COLOR`, a monochrome terminal) the console must lose nothing: risk
/// levels are written as letters beside their counts, overdue items carry a word, and focus,
/// selection and overdue rows differ in attributes the monochrome palette keeps.
struct MonochromeTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 160, height: 45)]

    @Test(arguments: sizes, Language.allCases)
    func everyRiskCountIsLetteredInText(size: Size, language: Language) throws {
        let lines = ScreenText.lines(ConsoleScreen.render(ConsoleFixture.frame(language, focus: .risk), size: size))
        for row in ConsoleFixture.snapshot.risk {
            // "荔城区 红 3 橙 12 黄 40 蓝 128" with any spacing: each number after its level's letter.
            // (County names and grouped numbers hold no regex metacharacters.)
            let pattern = ([row.name] + RiskLevel.allCases.map { level in
                Terms.letter(level, language) + " +" + FigureSheet.grouped(row.counts[level] ?? 0)
            }).joined(separator: " +")
            let regex = try Regex(pattern)
            #expect(lines.contains { $0.contains(regex) }, "no line matches \(pattern)")
        }
    }

    @Test(arguments: sizes, Language.allCases)
    func overdueHazardsAndOnlyThoseCarryTheMarker(size: Size, language: Language) {
        let lines = ScreenText.lines(ConsoleScreen.render(ConsoleFixture.frame(language, focus: .hazards), size: size))
        let marker = language == .zh ? "逾期" : "OVERDUE"
        for row in ConsoleFixture.hazardRows {
            guard let deadline = row.hazard.deadline?.iso, let line = lines.first(where: { $0.contains(deadline) }) else { continue }
            #expect(line.contains(marker) == row.hazard.isOverdue(asOf: ConsoleFixture.asOf), "\(line)")
        }
    }

    @Test(arguments: sizes, Language.allCases)
    func overdueInspectionsAndOnlyThoseCarryTheMarker(size: Size, language: Language) {
        let lines = ScreenText.lines(ConsoleScreen.render(ConsoleFixture.frame(language, focus: .inspections), size: size))
        let marker = language == .zh ? "逾期" : "OVERDUE"
        for inspection in ConsoleFixture.snapshot.inspections.upcoming {
            let line = lines.first { $0.contains(inspection.team) } ?? ""
            #expect(line.contains(marker) == inspection.isOverdue(asOf: ConsoleFixture.asOf), "\(line)")
        }
    }

    @Test func overdueSelectedAndPlainRowsLookDifferentWithoutColour() {
        let canvas = ConsoleScreen.render(ConsoleFixture.frame(.en, focus: .hazards, hazardSelection: 3), size: Size(width: 80, height: 24))
        let lines = ScreenText.lines(canvas)
        let mask = ScreenText.monochrome(canvas)
        func attributes(ofRowWith text: String) -> Character? {
            lines.firstIndex { $0.contains(text) }.map { Array(mask[$0])[40] }
        }
        let overdue = attributes(ofRowWith: "2025-06-01")
        let selected = attributes(ofRowWith: "2025-07-02")
        let plain = attributes(ofRowWith: "2025-07-05")
        #expect(overdue != nil && selected != nil && plain != nil)
        #expect(Set([overdue, selected, plain]).count == 3, "overdue \(String(describing: overdue)), selected \(String(describing: selected)), plain \(String(describing: plain))")
    }
}
