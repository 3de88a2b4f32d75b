import Foundation
import SafetyStore

/// The yardstick of `bench --import`: the `sqlite3` shell's own `.import` of a CSV file into a
/// table indexed like ours.
///
/// The table has the file's columns, declared as in our schema, and every index ours has on
/// that table. An index whose key names a column the file lacks is left out (after our import
/// such a column is NULL in every row, and its indexes are partial on `IS NOT NULL`: empty);
/// in index conditions a column the file lacks is replaced by its value after our import,
/// its default or NULL (`duplicate_of IS NULL` becomes `NULL IS NULL`). Our summary triggers
/// and checks have no counterpart: the shell only inserts. It runs with its defaults, as
/// someone typing `.import` gets it.
struct SQLiteShellImport {
    let csv: String
    let table: String

    /// Rows per second, or nil when there is no `sqlite3` on the PATH.
    func rowsPerSecond(schemaFrom database: SafetyDatabase) throws -> Double? {
        guard let shell = Self.findShell() else { return nil }
        let target = NSTemporaryDirectory() + "safetyboard-bench-sqlite3-\(UUID().uuidString).sqlite"
        defer { for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: target + suffix) } }
        try run(shell, [target], input: try database.shellSchema(table: table, columns: try Self.header(of: csv)))
        let start = ContinuousClock.now
        try run(shell, [target, ".import --csv --skip 1 '\(csv.replacingOccurrences(of: "'", with: "''"))' \(table)"])
        let seconds = milliseconds(since: start) / 1000
        let rows = try run(shell, [target, "SELECT COUNT(*) FROM \(table)"]).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let count = Double(rows), count > 0 else { throw CommandFailure("sqlite3 imported no rows of \(csv)") }
        return count / seconds
    }

    private static func header(of path: String) throws -> [String] {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw CommandFailure("cannot read \(path)") }
        defer { try? handle.close() }
        let head = String(decoding: try handle.read(upToCount: 1 << 16) ?? Data(), as: UTF8.self)
        let line = head.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
        return line.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ",")
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \t\u{FEFF}")) }
    }

    private static func findShell() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/sqlite3" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs the shell with `arguments` (and `input` on its standard input); its output, or a
    /// failure with what it wrote to standard error.
    @discardableResult
    private func run(_ shell: String, _ arguments: [String], input: String? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: shell)
        process.arguments = ["-batch", "-bail"] + arguments
        // Standard error goes to a file: a pipe nobody reads while the output is read could
        // fill up and stall the shell.
        let errorsPath = NSTemporaryDirectory() + "safetyboard-bench-sqlite3-\(UUID().uuidString).err"
        guard FileManager.default.createFile(atPath: errorsPath, contents: nil) else {
            throw CommandFailure("cannot write \(errorsPath)")
        }
        defer { try? FileManager.default.removeItem(atPath: errorsPath) }
        let errors = try FileHandle(forWritingTo: URL(fileURLWithPath: errorsPath))
        let output = Pipe(), feed = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input == nil ? FileHandle.nullDevice : feed
        try process.run()
        if let input {
            feed.fileHandleForWriting.write(Data(input.utf8))
            try feed.fileHandleForWriting.close()
        }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try errors.close()
        let problems = (try? String(contentsOfFile: errorsPath, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0, problems.isEmpty else {
            throw CommandFailure("sqlite3 \(arguments.dropFirst().joined(separator: " ")) failed: \(problems)")
        }
        return text
    }
}
