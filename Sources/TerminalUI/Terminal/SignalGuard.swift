import CNcursesw
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Signal handlers are bare C function pointers: they cannot capture an object, so the state
// they share with `NcursesTerminal` has to be global. This file is the only place with
// globals; each is an atomic (safe to touch from a handler) or written before any handler is
// installed and only read afterwards.

/// The quit signal waiting to be reported as `Key.signal`, or 0.
private let pendingQuitSignal = Atomic<Int32>(0)
/// The write end of the terminal's signal pipe, or -1: quit signals and SIGWINCH write a byte
/// to it, so that `readKey` waiting in poll(2) wakes whichever thread the kernel picked to
/// run the handler (a worker thread that does not block the signal is as likely as the
/// loop's own).
private let signalWakeDescriptor = Atomic<Int32>(-1)

private func wakeTheLoop() {
    let wake = signalWakeDescriptor.load(ordering: .sequentiallyConsistent)
    if wake >= 0 {
        var byte: UInt8 = 1
        _ = write(wake, &byte, 1)
    }
}

/// SIGWINCH: ncurses' own handler (which makes the next `get_wch` say KEY_RESIZE), then a
/// wake-up for the loop.
private func handleResizeSignal(_ signalNumber: Int32) {
    let previous = savedActions[Int(signalNumber)].__sigaction_handler.sa_handler
    if let previous, UInt(bitPattern: unsafeBitCast(previous, to: Int.self)) > 1 {
        previous(signalNumber)
    }
    wakeTheLoop()
}
/// The bytes that give the terminal back without ncurses (leave the alternate screen, show
/// the cursor, plain attributes, keypad and mouse reporting off), written by `screenStarted`
/// for a handler to write(2): `endwin` is not async-signal-safe, write(2) and tcsetattr(3) are.
private nonisolated(unsafe) let restoreBytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 512)
private let restoreByteCount = Atomic<Int>(0)
/// The terminal's descriptor (what ncurses writes to), or -1.
private let terminalDescriptor = Atomic<Int32>(-1)
/// The terminal's mode before ncurses changed it (echo, line editing), to put back.
private nonisolated(unsafe) let savedTerminalMode = UnsafeMutablePointer<termios>.allocate(capacity: 1)
private let terminalModeSaved = Atomic<Bool>(false)
/// What to say on standard error after a crash signal, once the terminal is back (where the
/// backtrace went); written by `prepareCrashNotice`.
private nonisolated(unsafe) let crashNoticeBytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 4096)
private let crashNoticeCount = Atomic<Int>(0)

/// Quit signals received since the handlers were installed; the second forces an exit.
private let quitSignalCount = Atomic<Int32>(0)
/// True between a successful `newterm` and `endwin`: tells handlers there is a screen to
/// restore, and makes sure `endwin` runs once.
private let screenActive = Atomic<Bool>(false)
/// True while an `NcursesTerminal` exists; ncurses has one current screen per process.
private let sessionOpen = Atomic<Bool>(false)
/// The actions in place before ours, indexed by signal number, to chain to and to put back.
/// Written by `install` before the handlers go live, read by handlers and `uninstall`.
private nonisolated(unsafe) let savedActions = UnsafeMutablePointer<sigaction>.allocate(capacity: 64)
/// Registers the exit hook once per process (atexit cannot unregister).
private let exitHookRegistered: Bool = {
    atexit { endScreenIfActive() }
    return true
}()

/// Calls `endwin` if a screen is up (on exit and on `restore`, never in a signal handler:
/// `endwin` is not async-signal-safe; handlers use `restoreTerminalFromHandler`).
private func endScreenIfActive() {
    if screenActive.exchange(false, ordering: .sequentiallyConsistent) {
        endwin()
    }
}

/// Gives the terminal back from a signal handler: the prepared bytes, then the saved mode.
/// Only async-signal-safe calls; runs once (the screen flag is taken).
private func restoreTerminalFromHandler() {
    guard screenActive.exchange(false, ordering: .sequentiallyConsistent) else { return }
    let descriptor = terminalDescriptor.load(ordering: .sequentiallyConsistent)
    guard descriptor >= 0 else { return }
    writeAll(descriptor, restoreBytes.baseAddress!, restoreByteCount.load(ordering: .sequentiallyConsistent))
    if terminalModeSaved.load(ordering: .sequentiallyConsistent) {
        _ = tcsetattr(descriptor, TCSANOW, savedTerminalMode)
    }
}

/// write(2) until done or an error; async-signal-safe.
private func writeAll(_ descriptor: Int32, _ bytes: UnsafePointer<UInt8>, _ count: Int) {
    var written = 0
    while written < count {
        let result = write(descriptor, bytes + written, count - written)
        if result > 0 { written += result } else if result < 0 && errno == EINTR { continue } else { return }
    }
}

/// "safetyboard: stopped by SIGSEGV; …" on standard error, from the prepared notice.
private func writeCrashNotice(_ signalNumber: Int32) {
    let count = crashNoticeCount.load(ordering: .sequentiallyConsistent)
    guard count > 0 else { return }
    let name = signalName(signalNumber)
    let prefix: StaticString = "\r\nsafetyboard: stopped by "
    writeAll(STDERR_FILENO, prefix.utf8Start, prefix.utf8CodeUnitCount)
    writeAll(STDERR_FILENO, name.utf8Start, name.utf8CodeUnitCount)
    writeAll(STDERR_FILENO, crashNoticeBytes.baseAddress!, count)
}

/// A static name: nothing to format or allocate in a handler.
private func signalName(_ signalNumber: Int32) -> StaticString {
    switch signalNumber {
    case SIGSEGV: "SIGSEGV"
    case SIGBUS: "SIGBUS"
    case SIGILL: "SIGILL"
    case SIGABRT: "SIGABRT"
    case SIGQUIT: "SIGQUIT"
    case SIGFPE: "SIGFPE"
    case SIGTRAP: "SIGTRAP"
    default: "a signal"
    }
}

/// SIGINT, SIGTERM, SIGHUP: ask the event loop to quit (it sees `Key.signal` within one
/// `get_wch` wait); if the loop does not get there before a second signal, give the terminal
/// back and exit with the shell's convention, 128 + signal number.
private func handleQuitSignal(_ signalNumber: Int32) {
    pendingQuitSignal.store(signalNumber, ordering: .sequentiallyConsistent)
    wakeTheLoop()
    if quitSignalCount.wrappingAdd(1, ordering: .sequentiallyConsistent).newValue >= 2 {
        restoreTerminalFromHandler()
        _exit(128 + signalNumber)
    }
}

/// SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGQUIT, SIGTRAP: restore the terminal, say where
/// the backtrace goes, let the previous action (Swift's backtracer) take the signal, then die
/// of it by the default action (a core where the system keeps them). The previous action gets
/// the signal raised again, here, with the signal unblocked — not a direct call, under which
/// Swift's backtracer writes no SIGSEGV backtrace — and control comes back: Swift's handler
/// returns after its backtrace, expecting a fault to happen again, and a signal sent with
/// kill(2) never does, so the console would live on behind a restored terminal.
private func handleCrashSignal(_ signalNumber: Int32, _: UnsafeMutablePointer<siginfo_t>?, _: UnsafeMutableRawPointer?) {
    restoreTerminalFromHandler()
    writeCrashNotice(signalNumber)
    var only = sigset_t()
    sigemptyset(&only)
    sigaddset(&only, signalNumber)
    sigaction(signalNumber, savedActions + Int(signalNumber), nil)
    pthread_sigmask(SIG_UNBLOCK, &only, nil)
    raise(signalNumber)
    waitForChildren()
    var fallback = sigaction()
    fallback.__sigaction_handler.sa_handler = nil  // SIG_DFL
    sigemptyset(&fallback.sa_mask)
    sigaction(signalNumber, &fallback, nil)
    raise(signalNumber)
}

/// Waits up to five seconds for this process's children to end: Swift's handler can return
/// while its `swift-backtrace` child is still writing the crash file, which dies unfinished
/// with the process. waitpid(2) and nanosleep(2) are async-signal-safe.
private func waitForChildren() {
    var pause = timespec(tv_sec: 0, tv_nsec: 50_000_000)
    var waits = 0
    while waits < 100 {
        var status: Int32 = 0
        let reaped = waitpid(-1, &status, WNOHANG)
        if reaped < 0 && errno != EINTR { return }  // ECHILD: no child left
        if reaped == 0 {
            _ = nanosleep(&pause, nil)
            waits += 1
        }
    }
}

/// The process-wide glue between POSIX signals and the one `NcursesTerminal`.
enum SignalGuard {
    static let quitSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGQUIT, SIGTRAP]

    /// Claims the process's one terminal session; false if another is open.
    static func openSession() -> Bool {
        sessionOpen.compareExchange(expected: false, desired: true, ordering: .sequentiallyConsistent).exchanged
    }

    /// Releases the session claimed by `openSession`.
    static func closeSession() {
        sessionOpen.store(false, ordering: .sequentiallyConsistent)
    }

    /// Installs the handlers. Called before `newterm`, so that ncurses sees our SIGINT and
    /// SIGTERM handlers and does not install its own (it still handles SIGWINCH and SIGTSTP).
    static func install() {
        // Globals are initialised lazily on first use, which is not signal-safe: touch each
        // one here, before a handler can run.
        _ = exitHookRegistered
        _ = screenActive.load(ordering: .sequentiallyConsistent)
        _ = (restoreBytes, restoreByteCount.load(ordering: .sequentiallyConsistent), terminalDescriptor.load(ordering: .sequentiallyConsistent))
        _ = (savedTerminalMode, terminalModeSaved.load(ordering: .sequentiallyConsistent))
        _ = (crashNoticeBytes, crashNoticeCount.load(ordering: .sequentiallyConsistent), savedActions)
        pendingQuitSignal.store(0, ordering: .sequentiallyConsistent)
        quitSignalCount.store(0, ordering: .sequentiallyConsistent)
        unblockOnThisThread(quitSignals + [SIGWINCH, SIGTSTP, SIGCONT])
        for signalNumber in quitSignals {
            installHandler(handleQuitSignal, for: signalNumber)
        }
        for signalNumber in crashSignals {
            installCrashHandler(for: signalNumber)
        }
    }

    /// Sets what a crash handler prints on standard error after the signal's name, e.g.
    /// "; the backtrace is in PATH" (a newline is added); nil prints nothing. Call before
    /// `install`.
    static func prepareCrashNotice(_ text: String?) {
        let bytes = text.map { Array(($0 + "\n").utf8.prefix(crashNoticeBytes.count)) } ?? []
        crashNoticeCount.store(0, ordering: .sequentiallyConsistent)
        _ = crashNoticeBytes.initialize(from: bytes)
        crashNoticeCount.store(bytes.count, ordering: .sequentiallyConsistent)
    }

    /// Saves the terminal's mode before ncurses changes it (call before `newterm`).
    static func saveTerminalMode(of descriptor: Int32) {
        terminalModeSaved.store(tcgetattr(descriptor, savedTerminalMode) == 0, ordering: .sequentiallyConsistent)
    }

    /// A crash handler with the signal's details (was it the kernel's fault?), on the
    /// alternate signal stack Swift's runtime sets up, so that a stack overflow still reaches it.
    private static func installCrashHandler(for signalNumber: Int32) {
        var action = sigaction()
        action.__sigaction_handler.sa_sigaction = handleCrashSignal
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_SIGINFO | SA_ONSTACK
        sigaction(signalNumber, &action, savedActions + Int(signalNumber))
    }

    /// The signal mask survives fork and exec: a parent that ran us from a thread with these
    /// blocked (a test runner's worker, some process supervisors) would leave the console deaf
    /// to resizes and quit signals. The kernel delivers process signals to the main thread
    /// first when it does not block them, which is the thread that reads keys.
    private static func unblockOnThisThread(_ signals: [Int32]) {
        var set = sigset_t()
        sigemptyset(&set)
        for signalNumber in signals { sigaddset(&set, signalNumber) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    /// Installs `handler` with an empty mask and without SA_RESTART, so that a blocking read
    /// returns at once with EINTR, and saves the previous action.
    private static func installHandler(_ handler: @convention(c) (Int32) -> Void, for signalNumber: Int32) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(signalNumber, &action, savedActions + Int(signalNumber))
    }

    /// Puts back the actions that were in place before `install`.
    static func uninstall() {
        for signalNumber in quitSignals + crashSignals {
            sigaction(signalNumber, savedActions + Int(signalNumber), nil)
        }
    }

    /// Records that a screen is up on `descriptor` (after `newterm`) so that handlers and the
    /// exit hook restore it; a handler writes `restoring` to it (ncurses' own way back, taken
    /// from the terminal's entry).
    static func screenStarted(on descriptor: Int32, restoring bytes: [UInt8]) {
        _ = exitHookRegistered
        restoreByteCount.store(0, ordering: .sequentiallyConsistent)
        let kept = bytes.prefix(restoreBytes.count)
        _ = restoreBytes.initialize(from: kept)
        restoreByteCount.store(kept.count, ordering: .sequentiallyConsistent)
        terminalDescriptor.store(descriptor, ordering: .sequentiallyConsistent)
        screenActive.store(true, ordering: .sequentiallyConsistent)
    }

    /// Ends the screen if it is still up; safe to call more than once.
    static func endScreen() {
        endScreenIfActive()
    }

    /// Makes quit signals and SIGWINCH write a byte to `descriptor`, and chains our SIGWINCH
    /// handler in front of ncurses' (call after `newterm`, which installs that one).
    static func wakeOnSignals(_ descriptor: Int32) {
        _ = signalWakeDescriptor.load(ordering: .sequentiallyConsistent)
        signalWakeDescriptor.store(descriptor, ordering: .sequentiallyConsistent)
        installHandler(handleResizeSignal, for: SIGWINCH)
    }

    /// Puts ncurses' SIGWINCH handler back and stops writing to the signal pipe.
    static func stopWakingOnSignals() {
        sigaction(SIGWINCH, savedActions + Int(SIGWINCH), nil)
        signalWakeDescriptor.store(-1, ordering: .sequentiallyConsistent)
    }

    /// The quit signal received since the last call, if any.
    static func takePendingSignal() -> Int32? {
        let signalNumber = pendingQuitSignal.exchange(0, ordering: .sequentiallyConsistent)
        return signalNumber == 0 ? nil : signalNumber
    }
}
