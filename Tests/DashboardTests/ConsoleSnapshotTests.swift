import Dashboard
import SafetyStore
import TerminalUI
import Testing

/// The console as text at 80×24 (tabs) and 160×45 (grid), in Chinese and English, focused on
/// each panel, zoomed on each, the risk zoom's enterprise list, with the help overlay, with alerts, while loading, with data
/// that ends long before today, with an error and a notice, and too small. Each compares with a file under `Snapshots/`.
struct ConsoleSnapshotTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let size: Size
        let frame: ConsoleFrame
        var testDescription: String { name }
    }

    static let sizes = [Size(width: 80, height: 24), Size(width: 160, height: 45)]

    static let cases: [Case] = {
        var cases: [Case] = []
        for size in sizes {
            for language in Language.allCases {
                let prefix = "console-\(size.width)x\(size.height)-\(language.rawValue)"
                for panel in ConsolePanel.allCases {
                    cases.append(Case(name: "\(prefix)-\(panel)", size: size, frame: ConsoleFixture.frame(language, focus: panel)))
                    cases.append(Case(name: "\(prefix)-\(panel)-zoomed", size: size,
                                      frame: ConsoleFixture.frame(language, focus: panel, zoomed: true)))
                }
                cases.append(Case(name: "\(prefix)-risk-enterprises", size: size,
                                  frame: ConsoleFixture.frame(language, focus: .risk, zoomed: true, enterprises: true)))
                cases.append(Case(name: "\(prefix)-help", size: size, frame: ConsoleFixture.frame(language, help: true)))
                cases.append(Case(name: "\(prefix)-alerts", size: size,
                                  frame: ConsoleFixture.frame(language, focus: .hazards, alerts: true)))
                cases.append(Case(name: "\(prefix)-loading", size: size, frame: ConsoleFixture.frame(language, loaded: false)))
                for panel in [ConsolePanel.training, .inspections] {
                    cases.append(Case(name: "\(prefix)-\(panel)-stale", size: size,
                                      frame: ConsoleFixture.frame(language, focus: panel, stale: true)))
                }
            }
        }
        for language in Language.allCases {
            let notice = language == .zh ? "该视图不可用" : "That view is not available"
            cases.append(Case(name: "console-80x24-\(language.rawValue)-error-notice", size: Size(width: 80, height: 24),
                              frame: ConsoleFixture.frame(language, focus: .inspections, alerts: true,
                                                          error: "database is locked", notice: notice)))
            cases.append(Case(name: "console-60x20-\(language.rawValue)-too-small", size: Size(width: 60, height: 20),
                              frame: ConsoleFixture.frame(language)))
        }
        return cases
    }()

    @Test(arguments: cases)
    func matchesTheRecordedSnapshot(_ c: Case) {
        SnapshotFile.check(ConsoleScreen.render(c.frame, size: c.size), named: c.name)
    }

    @Test(arguments: cases)
    func everyLineIsExactlyTheScreenWide(_ c: Case) {
        let lines = ScreenText.lines(ConsoleScreen.render(c.frame, size: c.size))
        #expect(lines.count == c.size.height)
        for (index, line) in lines.enumerated() {
            #expect(line.displayWidth == c.size.width, "line \(index): \(line)")
        }
    }
}
