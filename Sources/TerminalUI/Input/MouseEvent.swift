/// A mouse action at a cell, reported when mouse input is enabled.
public struct MouseEvent: Sendable, Hashable {
    /// What happened.
    public enum Kind: Sendable, Hashable {
        /// The left button was pressed.
        case press
        /// The left button was pressed twice on one cell, quickly (see ``ClickTracker``).
        case doubleClick
        /// The wheel turned away from the user.
        case scrollUp
        /// The wheel turned towards the user.
        case scrollDown
    }

    /// Column.
    public var x: Int
    /// Row.
    public var y: Int
    /// What happened.
    public var kind: Kind

    /// A mouse event.
    public init(x: Int, y: Int, kind: Kind) {
        self.x = x
        self.y = y
        self.kind = kind
    }
}
