import Foundation

/// A one-line progress bar on stderr — count, rate and time left — redrawn at most ten times
/// a second, and only when stderr is a terminal (a log file gets nothing but the final line).
/// Unchecked Sendable: an import calls it from the database's writer thread, but only while
/// the caller waits for that write, so it is never used from two threads at once.
final class ProgressBar: @unchecked Sendable {
    private let label: String
    private var total: Int
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var done = 0

    init(_ label: String, total: Int) {
        self.label = label
        self.total = max(1, total)
    }

    func advance(by count: Int = 1) {
        set(done + count)
    }

    /// Sets how many are done, and of how many when that is known only now.
    func set(_ count: Int, of total: Int? = nil) {
        if let total { self.total = max(1, total) }
        done = count
        guard isTerminal, Date().timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = Date()
        draw(final: false)
    }

    /// The final line; whatever was counted, the whole is done.
    func finish() {
        done = total
        draw(final: true)
    }

    private func draw(final: Bool) {
        let elapsed = max(Date().timeIntervalSince(start), 0.001)
        let rate = Double(done) / elapsed
        let fraction = min(1, Double(done) / Double(total))
        let width = 24
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let left = rate > 0 ? Double(total - done) / rate : 0
        let text = final
            ? "\(label): \(done) rows in \(String(format: "%.1f", elapsed)) s (\(Int(rate)) rows/s)\n"
            : "\r\(label) \(bar) \(Int(fraction * 100))% \(done)/\(total) \(Int(rate)) rows/s ETA \(Int(left)) s\u{1B}[K"
        if final && isTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        FileHandle.standardError.write(Data(text.utf8))
    }
}
