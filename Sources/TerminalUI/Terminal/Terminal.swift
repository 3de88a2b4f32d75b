/// Where frames are shown and keys come from.
///
/// The application loop is: draw a ``Canvas`` of ``size``, wait for a key with
/// ``readKey(timeout:)`` — which also returns when another thread raises ``wakeSignal``
/// (results to draw) or the timeout (the next clock change) passes — act on it, and call
/// ``restore()`` before exiting. ``NcursesTerminal`` is the real one; ``TestTerminal``
/// records frames and replays scripted keys in tests.
///
/// A terminal belongs to the one task or thread that runs the loop, hence not `Sendable`.
public protocol Terminal: AnyObject {
    /// The current size; changes after ``readKey(timeout:)`` returns ``Key/resize``.
    var size: Size { get }
    /// What the terminal can show.
    var capabilities: TerminalCapabilities { get }
    /// Shows `canvas`, writing only the cells that differ from the previous frame. The canvas
    /// should have ``size``; a canvas of another size is drawn clipped.
    func draw(_ canvas: Canvas)
    /// Raised when the loop has something other than a key to handle; see ``readKey(timeout:)``.
    var wakeSignal: WakeSignal? { get set }
    /// Waits up to `timeout` (forever when nil) for a key; nil when the time ran out or
    /// ``wakeSignal`` was raised.
    func readKey(timeout: Duration?) -> Key?
    /// Rings the bell (or flashes, as the terminal prefers).
    func bell()
    /// Gives the terminal back to the shell: cursor, echo, line mode, screen contents.
    /// Safe to call more than once.
    func restore()
}
