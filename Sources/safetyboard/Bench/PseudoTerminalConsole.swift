import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The real `safetyboard console` running as a child process on a pseudo-terminal, as it runs
/// in a person's terminal: `bench` types on the master side and reads what the console draws,
/// keeping a ``TerminalReplica`` of the screen and the time each piece of output arrived.
final class PseudoTerminalConsole {
    let width: Int
    let height: Int
    /// When the child was started (just before the spawn).
    let startedAt: ContinuousClock.Instant
    private(set) var screen: TerminalReplica
    /// Every byte read so far.
    private(set) var byteCount = 0
    private let master: Int32
    private let process: Process

    var processIdentifier: Int32 { process.processIdentifier }

    /// Starts `executable arguments` on a new pseudo-terminal of `width`×`height` with
    /// `TERM=xterm-256color` and a UTF-8 locale.
    init(executable: URL, arguments: [String], width: Int, height: Int) throws {
        self.width = width
        self.height = height
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        var master: Int32 = -1, slave: Int32 = -1
        guard openpty(&master, &slave, nil, nil, &size) == 0 else {
            throw CommandFailure("cannot open a pseudo-terminal for the console (openpty: \(String(cString: strerror(errno))))")
        }
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        self.master = master
        screen = TerminalReplica(width: width, height: height)
        process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = "C.UTF-8"
        environment["COLUMNS"] = nil
        environment["LINES"] = nil
        environment["SAFETYBOARD_DB"] = nil
        process.environment = environment
        let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        process.standardInput = terminal
        process.standardOutput = terminal
        process.standardError = terminal
        startedAt = ContinuousClock.now
        do {
            try process.run()
        } catch {
            close(slave)
            close(master)
            throw CommandFailure("cannot start the console \(executable.path): \(error)")
        }
        // The child has its copies; the master sees end of file once the child is gone.
        close(slave)
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        close(master)
    }

    /// Writes `bytes` as typed keys; returns the time just before the write.
    @discardableResult
    func type(_ bytes: [UInt8]) -> ContinuousClock.Instant {
        let now = ContinuousClock.now
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written <= 0 { break }
            offset += written
        }
        return now
    }

    /// Reads what arrives within `timeout`; returns the time of the read, or nil when nothing came.
    private func readOnce(timeout: Duration) -> ContinuousClock.Instant? {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(clamping: max(0, timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000))
        guard poll(&descriptor, 1, milliseconds) > 0 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = Glibc.read(master, &buffer, buffer.count)
        guard count > 0 else { return nil }
        let at = ContinuousClock.now
        screen.feed(buffer[0..<count])
        byteCount += count
        return at
    }

    /// Reads until the screen satisfies `condition`; the time of the read that made it so, or
    /// nil after `timeout`.
    func read(until condition: (TerminalReplica) -> Bool, timeout: Duration) -> ContinuousClock.Instant? {
        let deadline = ContinuousClock.now + timeout
        if condition(screen) { return ContinuousClock.now }
        while ContinuousClock.now < deadline {
            guard let at = readOnce(timeout: deadline - ContinuousClock.now) else { continue }
            if condition(screen) { return at }
        }
        return nil
    }

    /// What one key caused: the time its last output byte arrived, or nil when it wrote nothing
    /// within `firstByte`. Reading goes on until nothing has come for `quiet` *and* the screen
    /// is `settled` (a frame that still shows rows it has not read yet is not the frame the key
    /// asked for), at most for `limit`. The quiet window itself is not part of the time.
    /// `output` is called after each read that brought bytes, so that a caller can note what
    /// held at the last byte.
    func lastOutput(quiet: Duration, firstByte: Duration, limit: Duration,
                    settled: (TerminalReplica) -> Bool, output: () -> Void = {}) -> (last: ContinuousClock.Instant, settled: Bool)? {
        let start = ContinuousClock.now
        guard var last = readOnce(timeout: firstByte) else { return nil }
        output()
        while ContinuousClock.now - start < limit {
            if let at = readOnce(timeout: quiet) {
                last = at
                output()
            } else if settled(screen) {
                return (last, true)
            }
        }
        return (last, settled(screen))
    }

    /// Reads for `duration`, keeping the screen current (the console must never block on a full
    /// terminal while the bench waits).
    func drain(for duration: Duration) {
        let deadline = ContinuousClock.now + duration
        while ContinuousClock.now < deadline { _ = readOnce(timeout: deadline - ContinuousClock.now) }
    }

    /// Types `q` (after `1`, back to the console) and waits for the child to exit; kills it
    /// after `timeout`. Its exit status.
    func quit(timeout: Duration = .seconds(5)) -> Int32 {
        type(Array("1".utf8))
        drain(for: .milliseconds(100))
        type(Array("q".utf8))
        let deadline = ContinuousClock.now + timeout
        while process.isRunning, ContinuousClock.now < deadline { drain(for: .milliseconds(20)) }
        if process.isRunning {
            kill(process.processIdentifier, SIGTERM)
            process.waitUntilExit()
        }
        return process.terminationStatus
    }
}
