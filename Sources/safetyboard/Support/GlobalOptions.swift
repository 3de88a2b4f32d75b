import Dashboard
import TerminalUI
import ArgumentParser
import Foundation
import SafetyCore
import SafetyStore

/// Options every subcommand takes: which database, which "today", which language.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "The database file, or postgresql://USER@HOST:PORT/DB for a server (else $SAFETYBOARD_DB, else $XDG_DATA_HOME/safetyboard/safetyboard.sqlite).")
    var db: String?

    @Option(name: .long, help: "A fixed 'today' (YYYY-MM-DD) for reproducible output; default: the local date.")
    var asOf: String?

    @Option(name: .long, help: "Language of the output: zh or en (default: from the config file, else LANG).")
    var lang: String?

    @Option(name: .long, help: "The console's config file (else $XDG_CONFIG_HOME/safetyboard/config.toml, else ~/.config/…).")
    var config: String?

    func validate() throws {
        if let asOf, Day(iso: asOf) == nil {
            throw ValidationError("--as-of '\(asOf)' is not a date; write it as YYYY-MM-DD")
        }
        if let lang, !["zh", "en"].contains(lang) {
            throw ValidationError("--lang '\(lang)' is not zh or en")
        }
    }

    /// The as-of day: `--as-of`, else today's local date.
    var today: Day {
        if let asOf, let day = Day(iso: asOf) { return day }
        return Self.localToday()
    }

    /// Today's local date, read from the clock now (the dashboard's clock: one definition of "today").
    static func localToday() -> Day {
        let clock = WallClock()
        return clock.today(at: clock.now())
    }

    /// The config file's path: `--config`, else the default location.
    var configPath: String {
        ConfigFile.path(option: config, environment: ProcessInfo.processInfo.environment)
    }

    /// The config file's settings (the built-in ones when the default file does not exist; a
    /// `--config` file must). A broken file is an error naming file, line and key.
    func settings() throws -> ConsoleSettings {
        do {
            return try ConfigFile.read(configPath, mustExist: config != nil)
        } catch {
            throw CommandFailure(error.description)
        }
    }

    /// Who is at the keyboard, for the audit trail: the process's operating-system login
    /// (never an environment variable; the store checks it against the roster).
    var operatorName: String {
        OperatingSystemLogin.current().login
    }
}
