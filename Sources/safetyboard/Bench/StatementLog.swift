import Foundation

/// The statements the database ran, each with its time, and after each scripted key a line
/// naming the key: what `bench --sql-trace` writes, to see which query a slow key waited on.
final class StatementLog: @unchecked Sendable {
    // Statements arrive on whichever connection ran them; the lock keeps their order.
    private let lock = NSLock()
    private var lines: [String] = []

    func add(_ sql: String, _ seconds: Double) {
        let line = String(format: "  %8.2f ms  ", seconds * 1000) + sql.split(whereSeparator: \.isNewline).joined(separator: " ")
        lock.withLock { lines.append(line) }
    }

    func mark(_ key: String) {
        lock.withLock { lines.append("key\t" + key) }
    }

    func text() -> String {
        lock.withLock { lines.joined(separator: "\n") + "\n" }
    }
}
