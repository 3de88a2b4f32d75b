import Dashboard
import TerminalUI
import Testing

/// A theme's colours on a real screen: each snapshot holds the canvas text, then for every cell
/// a letter standing for the colours and attributes the palette of that theme gives it, with a
/// legend (foreground, background, attributes). The canvas keeps roles; the theme decides what
/// the terminal is sent, so the snapshot resolves each cell as the terminal would.
struct ThemeSnapshotTests {
    static let custom = Theme(name: "custom (light)", looks: Theme.light.looks.merging([
        .riskRed: .init(foreground: .indexed(160)),
        .overdue: .init(foreground: .indexed(90), attributes: [.bold, .underline]),
        .selection: .init(foreground: .indexed(16), background: .indexed(153)),
        .alert: .init(foreground: .white, background: .indexed(124)),
    ]) { _, new in new })

    static let themes = ["default": Theme.standard, "light": .light, "custom": custom]

    @Test(arguments: ["default", "light", "custom"])
    func theConsoleInATheme(name: String) throws {
        let theme = try #require(Self.themes[name])
        let canvas = ConsoleScreen.render(ConsoleFixture.frame(.en, focus: .hazards, alerts: true, hazardSelection: 1),
                                          size: Size(width: 80, height: 24))
        SnapshotFile.check(text: Self.render(canvas, palette: Palette(support: .extended, theme: theme), named: "theme-\(name)-80x24"),
                           named: "theme-\(name)-80x24")
    }

    @Test func noColourWinsOverAnyTheme() {
        let canvas = ConsoleScreen.render(ConsoleFixture.frame(.en, focus: .hazards), size: Size(width: 80, height: 24))
        let mono = Self.render(canvas, palette: Palette(support: .monochrome), named: "x")
        for theme in [Theme.light, Self.custom, .mono] {
            #expect(Self.render(canvas, palette: Palette(support: .monochrome, theme: theme), named: "x") == mono)
        }
    }

    @Test func theThemeChangesTheRisksAndTheSelectionAndNothingElse() {
        let canvas = ConsoleScreen.render(ConsoleFixture.frame(.en, focus: .risk), size: Size(width: 80, height: 24))
        let standard = Palette(support: .extended)
        let themed = Palette(support: .extended, theme: Theme(name: "red", looks: [.riskRed: .init(foreground: .indexed(160))]))
        var changed = 0
        for y in 0..<canvas.height {
            for x in 0..<canvas.width {
                let style = canvas[x, y].style
                guard standard.resolve(style) != themed.resolve(style) else { continue }
                changed += 1
                #expect(style.foreground == .riskRed, "(\(x), \(y)) \(style)")
            }
        }
        #expect(changed > 0, "the risk panel shows red counts")
    }

    /// Text, a letter per cell for its resolved style, and the legend.
    static func render(_ canvas: Canvas, palette: Palette, named name: String) -> String {
        var legend: [ResolvedStyle] = []
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var rows: [String] = []
        for y in 0..<canvas.height {
            var row = ""
            for x in 0..<canvas.width {
                let cell = canvas[x, y].isContinuation && x > 0 ? canvas[x - 1, y] : canvas[x, y]
                let resolved = palette.resolve(cell.style)
                let index = legend.firstIndex(of: resolved) ?? { legend.append(resolved); return legend.count - 1 }()
                row.append(index < letters.count ? letters[index] : "?")
            }
            rows.append(row)
        }
        let text = ScreenText.lines(canvas).map { line in
            var trimmed = line
            while trimmed.last == " " { trimmed.removeLast() }
            return trimmed
        }
        let key = legend.enumerated().map { index, style in
            "\(letters[min(index, letters.count - 1)]) fg \(describe(style.foreground)) bg \(describe(style.background)) \(describe(style.attributes))"
        }
        return (["# \(name) \(canvas.size)"] + text + ["# resolved style per column (legend below)"] + rows + ["# legend"] + key)
            .joined(separator: "\n") + "\n"
    }

    private static func describe(_ color: TerminalColor) -> String {
        switch color {
        case .terminalDefault: "default"
        case .indexed(let index): String(index)
        }
    }

    private static func describe(_ attributes: TextAttributes) -> String {
        let names = [(TextAttributes.bold, "bold"), (.reverse, "reverse"), (.underline, "underline"), (.dim, "dim")]
            .filter { attributes.contains($0.0) }.map(\.1)
        return names.isEmpty ? "plain" : names.joined(separator: "+")
    }
}
