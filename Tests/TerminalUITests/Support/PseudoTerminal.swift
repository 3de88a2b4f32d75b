#if canImport(Glibc)
import Glibc
#endif

/// A pseudo-terminal pair: `NcursesTerminal` runs on the slave side as on a real terminal,
/// and the test reads what it wrote and types keys on the master side.
final class PseudoTerminal {
    let master: Int32
    let slave: Int32

    init?(width: Int, height: Int) {
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        var master: Int32 = -1
        var slave: Int32 = -1
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { return nil }
        self.master = master
        self.slave = slave
    }

    deinit {
        close(master)
        close(slave)
    }

    /// Types `text` as if on the keyboard.
    func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Changes the window size the slave reports.
    func resize(width: Int, height: Int) {
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    /// Everything written to the terminal until it has been quiet for `quietMilliseconds`.
    func drain(quietMilliseconds: Int32 = 100) -> [UInt8] {
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, quietMilliseconds) > 0 else { break }
            let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            output.append(contentsOf: buffer[0..<count])
        }
        return output
    }

    /// ``drain(quietMilliseconds:)`` decoded as UTF-8.
    func drainText(quietMilliseconds: Int32 = 100) -> String {
        String(decoding: drain(quietMilliseconds: quietMilliseconds), as: UTF8.self)
    }
}
