#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Wakes an input loop that waits for a key: ``NcursesTerminal/readKey(timeout:)`` polls the
/// terminal and this signal's descriptor together and returns nil as soon as either is ready,
/// so work finished on another thread (a read, a write) is drawn at once instead of at the
/// next tick — and a loop with nothing to do sleeps in the kernel.
///
/// A non-blocking pipe (the self-pipe trick): ``raise()`` writes a byte, any thread may call
/// it, and it is async-signal-safe; raising twice before the loop wakes wakes it once.
public final class WakeSignal: Sendable {
    /// The end the loop polls.
    public let descriptor: Int32
    private let writeEnd: Int32

    /// A new signal; fails only when the process is out of file descriptors.
    public init() throws(TerminalError) {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw TerminalError.wakeUnavailable(errno: errno) }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        descriptor = ends[0]
        writeEnd = ends[1]
    }

    deinit {
        close(descriptor)
        close(writeEnd)
    }

    /// Wakes the loop (now, or at its next wait if it is not waiting).
    public func raise() {
        var byte: UInt8 = 1
        // A full pipe means a wake is already pending: nothing is lost by dropping this one.
        _ = write(writeEnd, &byte, 1)
    }

    /// Takes every pending wake; true when there was one. The loop calls it when woken.
    @discardableResult
    public func clear() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 64)
        var woken = false
        while read(descriptor, &buffer, buffer.count) > 0 { woken = true }
        return woken
    }

    /// The write end, for a signal handler that must wake the loop without touching objects.
    var signalSafeDescriptor: Int32 { writeEnd }
}
