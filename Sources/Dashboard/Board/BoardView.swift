public import TerminalUI

/// The full-screen views the officer switches between with `1`, `2` and `3`.
public enum BoardViewKind: Sendable, Hashable, CaseIterable {
    /// The duty officer's four panels.
    case console
    /// The supervisor's county pages and ranking.
    case counties
    /// The triage officer's hazard list.
    case triage
}

/// What the input loop does after a key.
public enum BoardOutcome: Sendable, Equatable {
    case stay
    case quit
    case show(BoardViewKind)
}

/// A view other than the console, drawn under the shared header (``BoardChrome``) and fed the
/// keys the loop does not keep for itself. Views run on the input loop's thread; one that
/// reads or writes the database does so synchronously, on indexed queries that take
/// milliseconds.
public protocol BoardView: AnyObject {
    /// Draws the view into `rect` (everything under the header and alert lines).
    func draw(in rect: Rect, on canvas: inout Canvas, chrome: BoardChrome)

    /// Handles a key; `size` is the whole screen, for page sizes.
    func handle(_ key: Key, size: Size) -> BoardOutcome

    /// True while the view takes typed text (a search, a prompt): every key goes to it,
    /// including those the loop would otherwise take (`A`).
    var isTakingText: Bool { get }

    /// Data changed on disk (this process or another wrote): re-read what is shown.
    func dataChanged()
}
