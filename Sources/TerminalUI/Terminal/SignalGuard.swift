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

/// Calls `endwin` if a screen is up. `endwin` is not formally async-signal-safe, but it is
/// what htop and other curses programs do in their crash handlers: a terminal left in raw
/// mode on the alternate screen is the worse outcome.
private func endScreenIfActive() {
    if screenActive.exchange(false, ordering: .sequentiallyConsistent) {
        endwin()
    }
}

/// SIGINT, SIGTERM, SIGHUP: ask the event loop to quit (it sees `Key.signal` within one
/// `get_wch` wait); if the loop does not get there before a second signal, give the terminal
/// back and exit with the shell's convention, 128 + signal number.
private func handleQuitSignal(_ signalNumber: Int32) {
    pendingQuitSignal.store(signalNumber, ordering: .sequentiallyConsistent)
    wakeTheLoop()
    if quitSignalCount.wrappingAdd(1, ordering: .sequentiallyConsistent).newValue >= 2 {
        endScreenIfActive()
        _exit(128 + signalNumber)
    }
}

/// SIGSEGV, SIGABRT, SIGBUS, SIGFPE and SIGILL/SIGTRAP (how Swift traps on x86-64 and arm64):
/// restore the terminal, put back the previous action (the default, or Swift's backtracer)
/// and raise again, so the process still dies of the signal, with a core or a backtrace, on a
/// usable terminal.
private func handleCrashSignal(_ signalNumber: Int32) {
    endScreenIfActive()
    sigaction(signalNumber, savedActions + Int(signalNumber), nil)
    raise(signalNumber)
}

/// The process-wide glue between POSIX signals and the one `NcursesTerminal`.
enum SignalGuard {
    static let quitSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    static let crashSignals: [Int32] = [SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL, SIGTRAP]

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
        pendingQuitSignal.store(0, ordering: .sequentiallyConsistent)
        quitSignalCount.store(0, ordering: .sequentiallyConsistent)
        unblockOnThisThread(quitSignals + [SIGWINCH, SIGTSTP, SIGCONT])
        for signalNumber in quitSignals {
            installHandler(handleQuitSignal, for: signalNumber)
        }
        for signalNumber in crashSignals {
            installHandler(handleCrashSignal, for: signalNumber)
        }
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

    /// Records that a screen is up (after `newterm`) so that handlers and the exit hook
    /// restore it.
    static func screenStarted() {
        _ = exitHookRegistered
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
