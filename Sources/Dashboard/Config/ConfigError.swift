/// A config file that cannot be used: every problem found, each with its line and key, so the
/// officer fixes the file in one pass. The console does not start on such a file.
public struct ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    /// One thing wrong, where it is written.
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        /// 1-based line; nil when the file cannot be read at all.
        public var line: Int?
        /// The dotted key ("triage.due_soon_days"); empty for a file that is not TOML.
        public var key: String
        /// What is wrong and what to write instead.
        public var message: String

        public init(line: Int?, key: String, message: String) {
            self.line = line
            self.key = key
            self.message = message
        }

        /// "LINE: KEY: message", leaving out what is not known.
        public var description: String {
            [line.map(String.init), key.isEmpty ? nil : key, message].compactMap { $0 }.joined(separator: ": ")
        }
    }

    /// The file as named (`--config`, or the default path).
    public var file: String
    /// In the order of their lines.
    public var problems: [Problem]

    public init(file: String, problems: [Problem]) {
        self.file = file
        self.problems = problems.sorted { ($0.line ?? 0, $0.key) < ($1.line ?? 0, $1.key) }
    }

    /// One line per problem: "FILE:LINE: KEY: message".
    public var description: String {
        problems.map { "\(file)\($0.line == nil ? ": " : ":")\($0)" }.joined(separator: "\n")
    }
}
