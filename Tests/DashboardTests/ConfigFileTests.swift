import Dashboard
import Foundation
import SafetyCore
import TerminalUI
import Testing

/// The config file: what a good file sets, and that every bad one is refused with the line and
/// key to fix (TOMLKit gives no key positions; ConfigSourceLines finds them in the text).
struct ConfigFileTests {
    /// The issue's example, as written there: a contract.
    static let example = """
        language = "zh"            # zh | en
        county = "荔城区"           # the console's default scope
        theme = "default"          # default | light | mono, or a [theme] table of style roles
        mouse = true
        refresh_ms = 250

        [keys]                     # action = key; actions as in `?` help
        quit = "q"
        triage = "3"

        [triage]
        due_soon_days = 10
        escalation = [ { days = 1, zh = "提醒", en = "reminder" },
                       { days = 15, zh = "督办函", en = "supervision letter" } ]

        [counties."荔城区".triage]  # per-county overrides
        due_soon_days = 7
        """

    @Test func theIssuesExampleReadsAsItSays() throws {
        let settings = try ConfigFile.parse(Self.example, file: "config.toml")
        #expect(settings.language == .zh)
        #expect(settings.county == "荔城区")
        #expect(settings.theme == .standard)
        #expect(settings.mouse)
        #expect(settings.refreshMilliseconds == 250)
        #expect(settings.keys == ["quit": [.char("q")], "triage": [.char("3")]])
        #expect(settings.triage.dueSoonDays == 10)
        #expect(settings.triage.escalation == [
            .init(daysLate: 1, chinese: "提醒", english: "reminder"), .init(daysLate: 15, chinese: "督办函", english: "supervision letter"),
        ])
        #expect(settings.policy(forCounty: "荔城区").dueSoonDays == 7)
        #expect(settings.policy(forCounty: "荔城区").steps.count == 2, "the county keeps [triage]'s steps")
        #expect(settings.policy(forCounty: "博湖县").dueSoonDays == 10)
        #expect(settings.origins["county"] == .file(path: "config.toml", line: 2))
        #expect(settings.origins["keys.triage"] == .file(path: "config.toml", line: 9))
        #expect(settings.origins["triage.escalation"] == .file(path: "config.toml", line: 13))
        #expect(settings.origins["counties.荔城区.triage.due_soon_days"] == .file(path: "config.toml", line: 17))
    }

    @Test func anEmptyFileIsTheDefaults() throws {
        #expect(try ConfigFile.parse("", file: "c.toml") == ConsoleSettings())
    }

    @Test func escapeMillisecondsSetTheWaitAfterEsc() throws {
        #expect(ConsoleSettings().escapeMilliseconds == 0, "a lone Esc is the key at once")
        #expect(try ConfigFile.parse("escape_ms = 50", file: "c.toml").escapeMilliseconds == 50)
    }

    @Test func theWrittenDefaultFileReadsAsTheDefaults() throws {
        var settings = try ConfigFile.parse(ConfigTemplate.text, file: "c.toml")
        #expect(!settings.origins.isEmpty)
        settings.origins = [:]
        #expect(settings == ConsoleSettings())
    }

    struct Bad: Sendable, CustomTestStringConvertible {
        var text: String
        var line: Int?
        var key: String
        var says: String
        var testDescription: String { "\(key) at \(line.map(String.init) ?? "-")" }
    }

    static let bad: [Bad] = [
        Bad(text: "language = \"fr\"", line: 1, key: "language", says: "\"zh\" or \"en\""),
        Bad(text: "# settings\n\ncolour = \"red\"", line: 3, key: "colour", says: "unknown key"),
        Bad(text: "mouse = \"yes\"", line: 1, key: "mouse", says: "not true or false"),
        Bad(text: "mouse = true\nrefresh_ms = \"fast\"", line: 2, key: "refresh_ms", says: "whole number"),
        Bad(text: "refresh_ms = 5", line: 1, key: "refresh_ms", says: "out of range"),
        Bad(text: "escape_ms = 5000", line: 1, key: "escape_ms", says: "out of range"),
        Bad(text: "theme = \"dark\"", line: 1, key: "theme", says: "not a theme"),
        Bad(text: "[theme]\nbase = \"light\"\nrisk_red = \"crimson\"", line: 3, key: "theme.risk_red", says: "not a colour"),
        Bad(text: "[theme]\nrisk_purple = 5", line: 2, key: "theme.risk_purple", says: "unknown key"),
        Bad(text: "[theme]\nselection = { fg = 16, bg = 300 }", line: 2, key: "theme.selection.bg", says: "0…255"),
        Bad(text: "[keys]\nquit = \"q\"\nflee = \"x\"", line: 3, key: "keys.flee", says: "no such action"),
        Bad(text: "[keys]\nquit = \"Hyper-Q\"", line: 2, key: "keys.quit", says: "not a key"),
        Bad(text: "[keys]\n\nquit = \"j\"", line: 3, key: "keys.quit", says: "both quit and down"),
        Bad(text: "[keys]\nhelp = \"3\"", line: 2, key: "keys.help", says: "both help and triage"),
        Bad(text: "[triage]\ndue_soon_days = -1", line: 2, key: "triage.due_soon_days", says: "out of range"),
        Bad(text: "[triage]\ndue_soon = 3", line: 2, key: "triage.due_soon", says: "known here: due_soon_days, escalation"),
        Bad(text: "[triage]\nescalation = [ { days = 1, zh = \"提醒\", en = \"reminder\" },\n  { days = \"15\", zh = \"督办函\", en = \"letter\" } ]",
            line: 3, key: "triage.escalation.1.days", says: "whole number"),
        Bad(text: "[triage]\nescalation = [\n  { days = 1, zh = \"提醒\" } ]", line: 3, key: "triage.escalation.0", says: "no en"),
        Bad(text: "[triage]\nescalation = [ { days = 1, zh = \"a\", en = \"b\" }, { days = 1, zh = \"c\", en = \"d\" } ]",
            line: 2, key: "triage.escalation.1.days", says: "two steps"),
        Bad(text: "[triage]\nescalation = \"1:提醒:reminder\"", line: 2, key: "triage.escalation", says: "not a list"),
        Bad(text: "mouse = true\n\n[counties.\"荔城区\".triage]\ndue_soon_days = 7\nescalate = true", line: 5,
            key: "counties.荔城区.triage.escalate", says: "unknown key"),
        Bad(text: "[counties.\"荔城区\"]\nrules = 1", line: 2, key: "counties.荔城区.rules", says: "known here: triage"),
        Bad(text: "[risk_bands]\nlec = [ { from = 0, to = 100, level = \"red\" },\n        { from = 50, to = 200, level = \"blue\" } ]",
            line: 2, key: "risk_bands.lec", says: "overlap"),
        Bad(text: "[risk_bands]\nmatrix = [ { from = 1, below = 8, level = \"green\" } ]", line: 2,
            key: "risk_bands.matrix.0.level", says: "not a level"),
        Bad(text: "mouse = true\nrefresh_ms = = 3", line: 2, key: "", says: "not TOML"),
        Bad(text: "keys = 3", line: 1, key: "keys", says: "not a table"),
    ]

    @Test(arguments: bad)
    func aBadFileNamesFileLineAndKey(_ bad: Bad) throws {
        let error = try #require(throws: ConfigError.self) { try ConfigFile.parse(bad.text, file: "/etc/sb/config.toml") }
        let problem = try #require(error.problems.first)
        #expect(problem.line == bad.line, "\(error)")
        #expect(problem.key == bad.key, "\(error)")
        #expect(problem.message.contains(bad.says), "\(error)")
        let prefix = "/etc/sb/config.toml:\(bad.line.map(String.init) ?? "")" + (bad.key.isEmpty ? "" : ": \(bad.key)")
        #expect(error.description.hasPrefix(prefix), "\(error)")
    }

    @Test func everyProblemIsReportedInLineOrder() throws {
        let text = "theme = \"dark\"\nmouse = 1\n[triage]\ndue_soon_days = \"x\""
        let error = try #require(throws: ConfigError.self) { try ConfigFile.parse(text, file: "c.toml") }
        #expect(error.problems.map(\.line) == [1, 2, 4])
        #expect(error.description.split(separator: "\n").count == 3)
    }

    @Test func aThemeTableSetsRolesOverItsBase() throws {
        let text = """
            [theme]
            base = "light"
            risk_red = 160
            overdue = "magenta"
            selection = { fg = 16, bg = 153, bold = true }
            """
        let theme = try ConfigFile.parse(text, file: "c.toml").theme
        #expect(theme.looks[.riskRed] == Theme.Look(foreground: .indexed(160)))
        #expect(theme.looks[.overdue] == Theme.Look(foreground: .magenta))
        #expect(theme.looks[.selection] == Theme.Look(foreground: .indexed(16), background: .indexed(153), attributes: [.bold]))
        #expect(theme.looks[.riskYellow] == Theme.light.looks[.riskYellow], "the base theme's other roles stay")
    }

    @Test func keysTakeNamesAndLists() throws {
        let settings = try ConfigFile.parse("[keys]\nquit = \"F10\"\ndown = [\"Down\", \"^N\"]\nmark = \"Space\"", file: "c.toml")
        #expect(settings.keys == ["quit": [.function(10)], "down": [.down, .ctrl("n")], "mark": [.char(" ")]])
    }

    @Test func riskBandsReplaceTheStandardTables() throws {
        let text = """
            [risk_bands]
            matrix = [ { from = 15, to = 25, level = "red", label = "重大" }, { from = 1, below = 15, level = "blue" } ]
            """
        let tables = try ConfigFile.parse(text, file: "c.toml").riskBands
        #expect(tables.riskMatrix.level(for: 16) == .red)
        #expect(tables.riskMatrix.level(for: 14) == .blue)
        #expect(tables.lec == RiskBandTable.defaultLEC)
    }

    @Test func theDefaultPathFollowsXDG() {
        #expect(ConfigFile.path(option: nil, environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]) == "/x/safetyboard/config.toml")
        #expect(ConfigFile.path(option: nil, environment: ["HOME": "/h"]) == "/h/.config/safetyboard/config.toml")
        #expect(ConfigFile.path(option: "/o.toml", environment: ["XDG_CONFIG_HOME": "/x"]) == "/o.toml")
    }

    @Test func optionsWinOverTheFileAndTheFileOverTheEnvironment() throws {
        let settings = try ConfigFile.parse(Self.example, file: "c.toml")
        let plain = settings.overridden(by: SettingOverrides(), environment: ["LANG": "en_US.UTF-8"])
        #expect(plain.language == .zh && plain.origins["language"] == .file(path: "c.toml", line: 1))
        let given = settings.overridden(by: SettingOverrides(language: .en, county: "博湖县", dueSoonDays: 3, noMouse: true),
                                        environment: ["NO_COLOR": "1"])
        #expect(given.language == .en && given.origins["language"] == .option("--lang"))
        #expect(given.county == "博湖县" && given.origins["county"] == .option("--county"))
        #expect(given.policy(forCounty: "荔城区").dueSoonDays == 3, "--due-soon-days is every county's")
        #expect(given.theme == .mono && given.origins["theme"] == .environment("NO_COLOR"))
        #expect(!given.mouse && given.origins["mouse"] == .option("--no-mouse"))
        let unset = ConsoleSettings().overridden(by: SettingOverrides(), environment: ["LANG": "zh_CN.UTF-8"])
        #expect(unset.language == .zh && unset.origins["language"] == .environment("LANG"))
    }

    @Test func theReportSaysWhereEachValueCameFrom() throws {
        let settings = try ConfigFile.parse(Self.example, file: "c.toml").overridden(by: SettingOverrides(noMouse: true), environment: [:])
        let lines = SettingsReport.lines(settings)
        func line(_ key: String) -> SettingsReport.Line? { lines.first { $0.key == key } }
        #expect(line("county")?.origin == .file(path: "c.toml", line: 2))
        #expect(line("mouse")?.value == "false" && line("mouse")?.origin == .option("--no-mouse"))
        #expect(line("keys.quit")?.origin == .file(path: "c.toml", line: 8))
        #expect(line("keys.zoom")?.value == "\"z\"" && line("keys.zoom")?.origin == .standard)
        #expect(line("counties.荔城区.triage.due_soon_days")?.value == "7")
        #expect(line("theme.risk_red") != nil && line("risk_bands.lec") != nil)
        #expect(SettingsReport.text(settings).contains("c.toml:17"))
    }
}
