import Foundation
import Synchronization
import TerminalUI
#if canImport(Glibc)
import Glibc
#endif

/// Bytes the real ncurses backend writes to a terminal to go from one frame to the next,
/// measured on a pseudo-terminal: what an SSH link would carry.
enum TerminalBytes {
    /// Draws `first`, then `second`, and counts what reached the terminal for the second.
    static func forChange(from first: Canvas, to second: Canvas, terminalType: String = "xterm-256color") throws -> Int {
        var size = winsize(ws_row: UInt16(first.height), ws_col: UInt16(first.width), ws_xpixel: 0, ws_ypixel: 0)
        var master: Int32 = -1, slave: Int32 = -1
        guard openpty(&master, &slave, nil, nil, &size) == 0 else {
            throw CommandFailure("cannot open a pseudo-terminal for the byte count")
        }
        // The terminal side must be read while ncurses writes: a full frame is larger than
        // the pseudo-terminal's buffer, and an unread buffer would block the write.
        let reader = Reader(fd: master)
        defer { reader.stop(); close(slave); close(master) }
        let terminal = try NcursesTerminal(terminalType: terminalType, input: slave, output: slave,
                                           options: .init(handlesSignals: false))
        defer { terminal.restore() }
        terminal.draw(first)
        let before = reader.countWhenQuiet()
        terminal.draw(second)
        return reader.countWhenQuiet() - before
    }

    /// Reads and counts everything the pseudo-terminal's master side receives.
    private final class Reader: Sendable {
        private let fd: Int32
        private let count = Atomic<Int>(0)
        private let stopped = Atomic<Bool>(false)

        init(fd: Int32) {
            self.fd = fd
            Thread.detachNewThread { [self] in run() }
        }

        private func run() {
            var buffer = [UInt8](repeating: 0, count: 65_536)
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            while !stopped.load(ordering: .relaxed) {
                guard poll(&poller, 1, 20) > 0 else { continue }
                let n = read(fd, &buffer, buffer.count)
                if n <= 0 { break }
                count.add(n, ordering: .relaxed)
            }
        }

        /// The count once nothing more has arrived for 100 ms.
        func countWhenQuiet() -> Int {
            var last = -1
            while true {
                usleep(100_000)
                let now = count.load(ordering: .relaxed)
                if now == last { return now }
                last = now
            }
        }

        func stop() { stopped.store(true, ordering: .relaxed) }
    }
}
