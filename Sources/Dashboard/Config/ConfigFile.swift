import Foundation
import TOMLKit

/// The console's config file (`config.toml`): where it is, and what it says. Reading is all or
/// nothing: any unknown key or bad value is a ``ConfigError`` naming the file, line and key,
/// and no setting of the file applies.
public enum ConfigFile {
    /// `--config FILE`, else `$XDG_CONFIG_HOME/safetyboard/config.toml`, else
    /// `~/.config/safetyboard/config.toml`. The environment is a value so tests can pin it.
    public static func path(option: String?, environment: [String: String]) -> String {
        if let option { return option }
        if let base = environment["XDG_CONFIG_HOME"], !base.isEmpty { return base + "/safetyboard/config.toml" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.config/safetyboard/config.toml"
    }

    /// The settings of the file at `path`; the built-in ones when the file does not exist and
    /// `mustExist` is false (the default path need not exist; a `--config` file must).
    public static func read(_ path: String, mustExist: Bool) throws(ConfigError) -> ConsoleSettings {
        guard FileManager.default.fileExists(atPath: path) else {
            guard mustExist else { return ConsoleSettings() }
            throw ConfigError(file: path, problems: [.init(line: nil, key: "", message:
                "no config file here — write one with `safetyboard config init --config \(path)`, or leave out --config")])
        }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ConfigError(file: path, problems: [.init(line: nil, key: "", message:
                "cannot be read as UTF-8 text (\(error.localizedDescription)) — save it as UTF-8")])
        }
        return try parse(text, file: path)
    }

    /// The settings `text` sets; `file` names it in errors and origins.
    public static func parse(_ text: String, file: String) throws(ConfigError) -> ConsoleSettings {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError(file: file, problems: [.init(line: error.source.begin.line, key: "", message:
                "not TOML: \(error.description) (column \(error.source.begin.column))")])
        } catch {
            throw ConfigError(file: file, problems: [.init(line: nil, key: "", message: "not TOML: \(error)")])
        }
        var reader = ConfigReader(file: file, lines: ConfigSourceLines(text))
        reader.readRoot(table)
        guard reader.problems.isEmpty else { throw ConfigError(file: file, problems: reader.problems) }
        return reader.settings
    }
}
