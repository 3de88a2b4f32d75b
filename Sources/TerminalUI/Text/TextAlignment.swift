/// Where text sits inside a wider field of terminal columns.
public enum TextAlignment: Sendable, Hashable, CaseIterable {
    /// Text at the left edge, padding on the right.
    case left
    /// Text at the right edge, padding on the left (numbers, so digits line up).
    case right
    /// Padding split on both sides; the odd column goes to the right.
    case center
}
