/// A width and height in terminal cells (columns × rows).
public struct Size: Sendable, Hashable, CustomStringConvertible {
    /// Columns.
    public var width: Int
    /// Rows.
    public var height: Int

    /// A size; negative values are kept as given (callers clamp where it matters).
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// "80×24".
    public var description: String { "\(width)×\(height)" }
}
