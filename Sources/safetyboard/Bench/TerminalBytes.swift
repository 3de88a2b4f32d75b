import Foundation
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
        defer { close(slave); close(master) }
        let flags = fcntl(master, F_GETFL)
        _ = fcntl(master, F_SETFL, flags | O_NONBLOCK)
        let terminal = try NcursesTerminal(terminalType: terminalType, input: slave, output: slave,
                                           options: .init(handlesSignals: false))
        defer { terminal.restore() }
        terminal.draw(first)
        _ = drain(master)
        terminal.draw(second)
        return drain(master)
    }

    private static func drain(_ fd: Int32) -> Int {
        var total = 0
        var buffer = [UInt8](repeating: 0, count: 65_536)
        // Give the slave side's writes a moment to arrive, then read until nothing is left.
        usleep(20_000)
        while true {
            let n = read(fd, &buffer, buffer.count)
            if n <= 0 { break }
            total += n
        }
        return total
    }
}
