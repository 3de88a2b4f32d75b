import CNcursesw
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real terminal, through ncursesw. The only code in the package that calls ncurses.
///
/// Set-up follows what htop does: the user's locale (falling back to C.UTF-8 when the session
/// has none, common over SSH, so Chinese text still shows), cbreak without echo, keypad keys
/// decoded, a 25 ms escape delay instead of ncurses' one second, no cursor, colours with the
/// terminal's own background unless `NO_COLOR` is set or the terminal has none.
///
/// Frames are drawn by writing only the cells that changed (see ``FrameDiff``), then
/// `wnoutrefresh` + `doupdate`; the screen is never cleared before a redraw, which is what
/// makes curses programs flicker. After a resize the next frame is a full repaint.
///
/// Signals: SIGINT, SIGTERM and SIGHUP are reported by ``readKey(timeout:)`` as
/// ``Key/signal(_:)`` so the application can quit cleanly (restore, then exit with status
/// 128 + signal); a second one restores the terminal and exits at once. SIGSEGV, SIGBUS,
/// SIGILL, SIGFPE, SIGABRT, SIGQUIT and SIGTRAP restore the terminal (bytes taken from its
/// terminfo entry at start-up and written with write(2), then the saved tty mode), print
/// ``Options/crashNotice`` and let the signal happen again under the previous handler. An
/// `atexit` hook restores the terminal if the process exits without calling ``restore()``.
public final class NcursesTerminal: Terminal {
    /// Choices the application makes about the terminal.
    public struct Options: Sendable, Hashable {
        /// How long ncurses waits after Esc for the rest of an escape sequence. Zero decides
        /// from what has arrived: a terminal writes a key's sequence at once, so an Esc with
        /// nothing after it in the input is the Esc key, shown without a wait. A link that
        /// splits sequences (arrow keys read as Esc and letters) needs a few tens of ms.
        public var escapeDelay: Duration
        /// Report left clicks and the wheel as ``Key/mouse(_:)``. Off by default: with mouse
        /// reporting on, the terminal no longer selects text for copying.
        public var mouse: Bool
        /// Never use colour, whatever the terminal supports (a `--no-color` flag).
        public var monochrome: Bool
        /// The colours of the style roles; `NO_COLOR` and ``monochrome`` still win.
        public var theme: Theme
        /// Install the signal handlers described on ``NcursesTerminal``. Turn off only when
        /// the caller handles signals itself.
        public var handlesSignals: Bool
        /// Printed on standard error after the terminal is restored when a crash signal stops
        /// the process, after "safetyboard: stopped by SIGNAME" (say where the backtrace is).
        public var crashNotice: String?

        /// Options; the defaults suit the dashboard.
        public init(escapeDelay: Duration = .zero, mouse: Bool = false,
                    monochrome: Bool = false, theme: Theme = .standard, handlesSignals: Bool = true,
                    crashNotice: String? = nil) {
            self.escapeDelay = escapeDelay
            self.mouse = mouse
            self.monochrome = monochrome
            self.theme = theme
            self.handlesSignals = handlesSignals
            self.crashNotice = crashNotice
        }
    }

    /// The wait after Esc ncurses has in force, in milliseconds (``Options/escapeDelay``).
    var escapeDelayInForce: Int { Int(get_escdelay()) }

    /// The current size; updated when ``readKey(timeout:)`` returns ``Key/resize``.
    public private(set) var size: Size
    /// Colours and Unicode as detected at start-up.
    public let capabilities: TerminalCapabilities

    private let options: Options
    private let palette: Palette
    private var screen: OpaquePointer?
    private var streams: (output: UnsafeMutablePointer<FILE>?, input: UnsafeMutablePointer<FILE>?) = (nil, nil)
    private var previousFrame: Canvas?
    private var colorPairs: [ColorPairKey: Int16] = [:]
    private var defaultColorsAvailable = false
    private var isActive = true
    /// Pairs presses into double clicks.
    private var clicks = ClickTracker()
    /// When the input ncurses is decoding arrived (poll saw it): events read from one burst
    /// share it, so the two presses of a double click are not pulled apart by the time the
    /// loop spent on the first.
    private var inputArrivedAt = ContinuousClock.now
    /// The descriptor keys come from, for poll(2).
    private let inputDescriptor: Int32

    /// Takes over the terminal on standard input and output.
    ///
    /// - Throws: ``TerminalError/notATerminal`` when either is not a terminal,
    ///   ``TerminalError/setupFailed(term:)`` when ncurses cannot start (unknown `TERM`),
    ///   ``TerminalError/alreadyActive`` when another `NcursesTerminal` is open.
    public convenience init(options: Options = Options()) throws {
        guard isInteractiveTerminal() else { throw TerminalError.notATerminal }
        try self.init(options: options, device: nil)
    }

    /// Takes over the terminal on `input`/`output` descriptors (a pseudo-terminal in tests)
    /// with terminfo entry `terminalType`. The descriptors stay owned by the caller.
    public convenience init(terminalType: String, input: Int32, output: Int32, options: Options) throws {
        try self.init(options: options, device: (terminalType, input, output))
    }

    private init(options: Options, device: (type: String, input: Int32, output: Int32)?) throws {
        guard SignalGuard.openSession() else { throw TerminalError.alreadyActive }
        self.options = options
        self.inputDescriptor = device?.input ?? STDIN_FILENO
        do { signalPipe = try WakeSignal() } catch {
            SignalGuard.closeSession()
            throw error
        }

        _ = sb_setlocale_all()
        if sb_codeset_is_utf8() == 0 {
            // No usable locale (LANG unset over SSH, or POSIX): without a UTF-8 LC_CTYPE,
            // ncurses cannot output any Chinese text at all. Most terminals today are UTF-8.
            _ = sb_setlocale_ctype("C.UTF-8") != 0 || sb_setlocale_ctype("C.utf8") != 0
        }
        let unicode = sb_codeset_is_utf8() != 0

        let outputDescriptor = device?.output ?? STDOUT_FILENO
        if options.handlesSignals {
            SignalGuard.prepareCrashNotice(options.crashNotice)
            SignalGuard.saveTerminalMode(of: outputDescriptor)
            SignalGuard.install()
        }
        var output: UnsafeMutablePointer<FILE>?
        var input: UnsafeMutablePointer<FILE>?
        if let device {
            screen = sb_newterm_fds(device.type, device.output, device.input, &output, &input)
        } else {
            screen = sb_newterm_stdio()
        }
        guard let screen else {
            sb_close_streams(output, input)
            if options.handlesSignals { SignalGuard.uninstall() }
            SignalGuard.closeSession()
            let term = getenv("TERM").map { String(cString: $0) }
            throw TerminalError.setupFailed(term: device?.type ?? term)
        }
        streams = (output, input)
        _ = set_term(screen)
        SignalGuard.screenStarted(on: outputDescriptor, restoring: Self.restoreSequence(mouse: options.mouse))
        SignalGuard.wakeOnSignals(signalPipe.signalSafeDescriptor)

        let window = sb_stdscr()
        cbreak()
        noecho()
        // Enter then arrives as 13 rather than 10 (both decode to .enter), and ncurses can use
        // cheaper cursor motions.
        nonl()
        intrflush(window, false)
        keypad(window, true)
        // The cursor's position is irrelevant on a dashboard: let ncurses leave it anywhere.
        leaveok(window, true)
        _ = set_escdelay(Int32(Self.milliseconds(options.escapeDelay)))
        _ = curs_set(0)

        let noColor = getenv("NO_COLOR").map { String(cString: $0) } ?? ""
        var colors = ColorSupport.monochrome
        if !options.monochrome, !options.theme.monochrome, noColor.isEmpty, has_colors() {
            _ = start_color()
            defaultColorsAvailable = use_default_colors() == OK
            colors = ColorSupport.detect(environment: [:], hasColors: true, colorCount: Int(sb_colors()))
        }
        capabilities = TerminalCapabilities(colors: colors, unicode: unicode)
        palette = Palette(support: colors, theme: options.theme)
        if options.mouse { sb_enable_mouse() }

        var rows: Int32 = 0
        var columns: Int32 = 0
        sb_getmaxyx(window, &rows, &columns)
        size = Size(width: Int(columns), height: Int(rows))
    }

    deinit {
        restore()
    }

    /// What `endwin` would send to give the screen back, from the terminal's entry: leave the
    /// alternate screen (rmcup), normal cursor (cnorm), plain attributes (sgr0), keypad off
    /// (rmkx), and mouse reporting off when it was on. Padding (`$<5>`) is left out.
    private static func restoreSequence(mouse: Bool) -> [UInt8] {
        var bytes: [UInt8] = []
        for name in ["sgr0", "rmkx", "cnorm", "rmcup"] {
            guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { continue }
            bytes += withoutPadding(Array(String(cString: value).utf8))
        }
        if mouse { bytes += Array("\u{1B}[?1006l\u{1B}[?1000l".utf8) }
        return bytes
    }

    private static func withoutPadding(_ bytes: [UInt8]) -> [UInt8] {
        var kept: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "$"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "<"),
               let end = bytes[index...].firstIndex(of: UInt8(ascii: ">")) {
                index = end + 1
                continue
            }
            kept.append(bytes[index])
            index += 1
        }
        return kept
    }

    /// Writes the cells that changed since the previous frame, then updates the screen.
    public func draw(_ canvas: Canvas) {
        guard isActive else { return }
        for change in FrameDiff.changes(from: previousFrame, to: canvas)
        where change.y < size.height && change.x < size.width {
            write(change.cell, x: change.x, y: change.y)
        }
        _ = wnoutrefresh(sb_stdscr())
        _ = doupdate()
        // A frame of the wrong size (drawn just as the terminal resized) was clipped: forget it
        // so the next frame is written in full.
        previousFrame = canvas.size == size ? canvas : nil
    }

    /// Raised by other threads when the loop has results to draw: ``readKey(timeout:)``
    /// returns nil at once.
    public var wakeSignal: WakeSignal?
    /// Written by the signal handlers (quit signals, SIGWINCH), so that a wait with no
    /// deadline still ends when one arrives.
    private let signalPipe: WakeSignal

    /// Waits for a key, for `wakeSignal`, or until `timeout` (forever when nil), in `poll(2)`:
    /// no CPU is used while nothing happens. Resizes update ``size`` before ``Key/resize`` is
    /// returned; quit signals come back as ``Key/signal(_:)``; undecodable input is skipped;
    /// nil when woken or when the time ran out. A closed terminal (hang-up) is reported as
    /// SIGHUP rather than spinning on a descriptor that is always readable.
    public func readKey(timeout: Duration?) -> Key? {
        guard isActive else { return nil }
        let clock = ContinuousClock()
        let deadline = timeout.map { clock.now.advanced(by: $0) }
        // get_wch never blocks here: poll does the waiting. ncurses still waits its escape
        // delay after an Esc for the rest of a sequence, whatever the window's timeout.
        wtimeout(sb_stdscr(), 0)
        while true {
            if let signalNumber = SignalGuard.takePendingSignal() { return .signal(signalNumber) }
            // What ncurses has already buffered (a paste, the rest of a sequence) first:
            // poll cannot see it.
            if let key = readBufferedKey() { return key }
            var descriptors = [pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0),
                               pollfd(fd: signalPipe.descriptor, events: Int16(POLLIN), revents: 0)]
            if let wakeSignal { descriptors.append(pollfd(fd: wakeSignal.descriptor, events: Int16(POLLIN), revents: 0)) }
            var wait: Int32 = -1
            if let deadline {
                let left = clock.now.duration(to: deadline)
                guard left > .zero else { return nil }
                // Rounded up, so a wait of 0.4 ms is not a busy loop of zero-length polls.
                wait = Int32(clamping: Self.milliseconds(left + .microseconds(999)))
            }
            let ready = poll(&descriptors, nfds_t(descriptors.count), wait)
            if ready > 0, descriptors[0].revents & Int16(POLLIN) != 0 { inputArrivedAt = clock.now }
            if let signalNumber = SignalGuard.takePendingSignal() { return .signal(signalNumber) }
            guard ready > 0 else {
                // 0: the time ran out; -1: a signal (SIGWINCH: the next get_wch says resize).
                if ready == 0 { return nil }
                continue
            }
            if descriptors[1].revents != 0 {
                // A signal: the loop's top reports a quit one; a resize is read as a key.
                signalPipe.clear()
                continue
            }
            if descriptors.count > 2, descriptors[2].revents != 0 {
                wakeSignal?.clear()
                return nil
            }
            if descriptors[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0, descriptors[0].revents & Int16(POLLIN) == 0 {
                return .signal(SIGHUP)
            }
        }
    }

    /// The next key ncurses can return without waiting, skipping input that decodes to nothing.
    private func readBufferedKey() -> Key? {
        while true {
            var code: UInt32 = 0
            let status = sb_get_wch(&code)
            if status == ERR { return nil }
            if status == KeyDecoder.keyCodeStatus, Int32(bitPattern: code) == sb_key_mouse() {
                if let event = readMouse() { return .mouse(event) }
            } else if let key = KeyDecoder.decode(status: status, code: code) {
                if key == .resize { noteResize() }
                return key
            }
        }
    }

    /// Rings the terminal bell.
    public func bell() {
        guard isActive else { return }
        _ = beep()
    }

    /// Ends the ncurses session (`endwin`) and puts back the previous signal handlers. Safe to
    /// call more than once; also called on deinit.
    public func restore() {
        guard isActive else { return }
        isActive = false
        SignalGuard.stopWakingOnSignals()
        SignalGuard.endScreen()
        if let screen { delscreen(screen) }
        screen = nil
        sb_close_streams(streams.output, streams.input)
        streams = (nil, nil)
        if options.handlesSignals { SignalGuard.uninstall() }
        SignalGuard.closeSession()
    }

    private func noteResize() {
        var rows: Int32 = 0
        var columns: Int32 = 0
        sb_getmaxyx(sb_stdscr(), &rows, &columns)
        size = Size(width: Int(columns), height: Int(rows))
        // Terminals reflow or scroll their contents on resize; what ncurses believes is on
        // screen is no longer true, so the next frame repaints everything.
        previousFrame = nil
        _ = clearok(sb_stdscr(), true)
    }

    private func readMouse() -> MouseEvent? {
        var x: Int32 = 0
        var y: Int32 = 0
        var state: UInt = 0
        guard sb_get_mouse(&x, &y, &state) == OK,
              let event = MouseDecoder.decode(x: Int(x), y: Int(y), buttonState: state) else { return nil }
        return clicks.track(event, at: inputArrivedAt)
    }

    private func write(_ cell: Cell, x: Int, y: Int) {
        let resolved = palette.resolve(cell.style)
        let attributes = Self.cursesAttributes(resolved.attributes)
        let pair = colorPair(foreground: resolved.foreground, background: resolved.background)
        let scalars = Array(cell.character.unicodeScalars)
        let first = scalars.first ?? " "
        let fitsOnScreen = cell.width == 1 || x + 1 < size.width
        // ncurses places characters by the C library's wcwidth. Where that disagrees with
        // DisplayWidth (another Unicode version, a non-UTF-8 locale) the glyph would shift
        // every cell after it; a placeholder of the canvas's width keeps the columns true.
        guard fitsOnScreen, Int(sb_wcwidth(wchar_t(bitPattern: first.value))) == cell.width else {
            _ = sb_put_wide(Int32(y), Int32(x), wchar_t(UInt8(ascii: cell.width == 0 ? " " : "?")), attributes, pair)
            if cell.width == 2 && x + 1 < size.width {
                _ = sb_put_wide(Int32(y), Int32(x + 1), wchar_t(UInt8(ascii: " ")), attributes, pair)
            }
            return
        }
        var characters: [wchar_t] = [wchar_t(bitPattern: first.value)]
        let capacity = Int(sb_cchar_capacity())
        for scalar in scalars.dropFirst() where characters.count < capacity - 1 {
            let character = wchar_t(bitPattern: scalar.value)
            if sb_wcwidth(character) == 0 { characters.append(character) }
        }
        characters.append(0)
        let status = characters.withUnsafeBufferPointer { buffer in
            sb_put_cchar(Int32(y), Int32(x), buffer.baseAddress, attributes, pair)
        }
        if status == ERR {
            _ = sb_put_wide(Int32(y), Int32(x), characters[0], attributes, pair)
        }
    }

    private struct ColorPairKey: Hashable {
        var foreground: Int16
        var background: Int16
    }

    /// The colour pair for two colours, allocated on first use; pair 0 (the terminal's
    /// colours) in monochrome mode or when the terminal has run out of pairs.
    private func colorPair(foreground: TerminalColor, background: TerminalColor) -> Int16 {
        guard capabilities.colors != .monochrome else { return 0 }
        if foreground == .terminalDefault && background == .terminalDefault { return 0 }
        // Without use_default_colors, -1 is not a valid colour: assume white on black.
        let key = ColorPairKey(
            foreground: defaultColorsAvailable || foreground != .terminalDefault ? foreground.cursesValue : 7,
            background: defaultColorsAvailable || background != .terminalDefault ? background.cursesValue : 0)
        if let pair = colorPairs[key] { return pair }
        let next = colorPairs.count + 1
        guard next < Int(sb_color_pairs()), next <= Int(Int16.max) else { return 0 }
        let pair = Int16(next)
        _ = init_pair(pair, key.foreground, key.background)
        colorPairs[key] = pair
        return pair
    }

    private static func cursesAttributes(_ attributes: TextAttributes) -> attr_t {
        var result = sb_a_normal()
        if attributes.contains(.bold) { result |= sb_a_bold() }
        if attributes.contains(.reverse) { result |= sb_a_reverse() }
        if attributes.contains(.underline) { result |= sb_a_underline() }
        if attributes.contains(.dim) { result |= sb_a_dim() }
        return result
    }

    private static func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }
}
