import TerminalUI

/// What `safetyboard config init` writes: every setting at its default, with what it does.
/// Commented-out lines are the ones whose default is "decided elsewhere" (the language from
/// LANG, the county from the operator's scope) and examples. The file parses to the defaults
/// (a test holds it to that).
public enum ConfigTemplate {
    public static var text: String {
        let keys = KeyTables.standard
        var seen: Set<String> = []
        var keyLines: [String] = []
        let named = keys.console.map { ($0.name, $0.keys, $0.english) } + keys.counties.map { ($0.name, $0.keys, $0.english) }
            + keys.triage.map { ($0.name, $0.keys, $0.english) }
        for (name, bound, english) in named {
            guard let name, seen.insert(name).inserted else { continue }
            let value = bound.count == 1 ? "\"\(bound[0].description)\"" : "[" + bound.map { "\"\($0.description)\"" }.joined(separator: ", ") + "]"
            keyLines.append("# \(name) = \(value)" + String(repeating: " ", count: max(1, 36 - name.count - value.count)) + "# \(english)")
        }
        return """
            # SafetyBoard console settings (安全生产监管看板 设置).
            # Written by `safetyboard config init`; `safetyboard config check FILE` checks a file and
            # `safetyboard config show` prints what is in force and where each value came from.
            # Options on the command line (--lang, --county, --due-soon-days, --escalation, --no-color,
            # --no-mouse) win over this file; NO_COLOR in the environment wins over any theme.

            # language = "zh"          # zh | en; unset: from LANG
            # county = "荔城区"          # the console's default scope; unset: the operator's own county
            theme = "default"          # default | light | mono, or a [theme] table of style roles (below)
            mouse = true               # clicks and the wheel; false leaves the terminal's own text selection
            escape_ms = 0              # wait after Esc for the rest of a key's sequence; raise it (e.g. 50) if arrows arrive as Esc on a slow link
            refresh_ms = 250           # how often the live view checks the database without a file event

            [keys]                     # action = key, or a list of keys; names as the `?` help lists them
            \(keyLines.joined(separator: "\n"))

            [triage]
            due_soon_days = 10         # a deadline this many days away or less is "due soon"
            escalation = [ { days = 1, zh = "提醒", en = "reminder" },
                           { days = 15, zh = "督办函", en = "supervision letter" },
                           { days = 30, zh = "公开曝光", en = "public notice" } ]

            # [counties."荔城区".triage]  # one county's own triage rules, over [triage]
            # due_soon_days = 7

            # Instead of theme = "…" above, a table: a base theme and any style role, as a colour
            # (default, black, red, green, yellow, blue, magenta, cyan, white, or 0…255) or
            # { fg = …, bg = …, bold = true, underline = …, reverse = …, dim = … }. Roles: normal, dim,
            # accent, header, risk_red, risk_orange, risk_yellow, risk_blue, overdue, ok, warning,
            # selection, alert.
            # [theme]
            # base = "light"
            # risk_red = 160
            # selection = { fg = 16, bg = 153 }

            # Grading tables: a band per colour, bounds `from`/`to` (inclusive) or `above`/`below`
            # (exclusive), level red | orange | yellow | blue | none. Bands may not overlap.
            # [risk_bands]
            # lec = [ { above = 320, level = "red", label = "极其危险" },
            #         { above = 160, to = 320, level = "orange", label = "高度危险" },
            #         { above = 70, to = 160, level = "yellow", label = "显著危险" },
            #         { from = 0, to = 70, level = "blue", label = "一般危险" } ]
            # matrix = [ { from = 20, to = 25, level = "red" }, { from = 15, below = 20, level = "orange" },
            #            { from = 8, below = 15, level = "yellow" }, { from = 1, below = 8, level = "blue" } ]

            """
    }
}
