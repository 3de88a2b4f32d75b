/// One thing wrong with an input file, located as `file:line: column: what is wrong`.
public struct ImportIssue: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    /// 1-based line of the record's first line in the file (the header is line 1); 0 when the
    /// problem is with the file as a whole.
    public var line: Int
    /// The CSV column the problem is in; empty when it is about the whole row or file.
    public var column: String
    public var message: String

    public init(file: String, line: Int, column: String, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        let place = line > 0 ? "\(file):\(line)" : file
        return column.isEmpty ? "\(place): \(message)" : "\(place): \(column): \(message)"
    }
}

/// An import that was refused: nothing was written. Lists the first issues found (at most
/// `ImportFailure.limit`), in file and line order.
public struct ImportFailure: Error, Equatable, Sendable, CustomStringConvertible {
    /// How many issues are collected before the import stops looking.
    public static let limit = 50

    public var issues: [ImportIssue]
    /// True when there were more issues than `limit`.
    public var truncated: Bool

    public init(issues: [ImportIssue], truncated: Bool = false) {
        self.issues = issues
        self.truncated = truncated
    }

    public var description: String {
        var lines = issues.map(\.description)
        if truncated { lines.append("… and more; fix these first") }
        lines.append("nothing was imported: fix the file(s) and run the import again")
        return lines.joined(separator: "\n")
    }
}
