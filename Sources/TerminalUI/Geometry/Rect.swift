/// A rectangle of cells: origin at the top-left, `maxX`/`maxY` exclusive.
public struct Rect: Sendable, Hashable, CustomStringConvertible {
    /// Leftmost column.
    public var x: Int
    /// Top row.
    public var y: Int
    /// Columns; never negative.
    public var width: Int
    /// Rows; never negative.
    public var height: Int

    /// A rectangle; negative sizes become 0 so arithmetic on small terminals cannot produce
    /// impossible rectangles.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// A rectangle at the origin with `size`.
    public init(size: Size) {
        self.init(x: 0, y: 0, width: size.width, height: size.height)
    }

    /// The first column right of the rectangle.
    public var maxX: Int { x + width }
    /// The first row below the rectangle.
    public var maxY: Int { y + height }
    /// The size alone.
    public var size: Size { Size(width: width, height: height) }
    /// True when the rectangle holds no cell.
    public var isEmpty: Bool { width == 0 || height == 0 }

    /// "(x,y) w×h", for test failure messages.
    public var description: String { "(\(x),\(y)) \(width)×\(height)" }

    /// True when the cell at (`x`, `y`) lies inside.
    public func contains(x: Int, y: Int) -> Bool {
        x >= self.x && x < maxX && y >= self.y && y < maxY
    }

    /// The cells both rectangles share; an empty rectangle when they do not overlap.
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x)
        let top = max(y, other.y)
        let right = min(maxX, other.maxX)
        let bottom = min(maxY, other.maxY)
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    /// The rectangle shrunk by `cells` on every side (a frame's interior is `inset(by: 1)`).
    public func inset(by cells: Int) -> Rect {
        inset(top: cells, left: cells, bottom: cells, right: cells)
    }

    /// The rectangle shrunk by the given number of cells on each side, never below empty.
    public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
        Rect(x: x + left, y: y + top, width: width - left - right, height: height - top - bottom)
    }

    /// A rectangle of at most `width`×`height` centred in this one (odd leftovers go right and
    /// down), for overlays and dialogs.
    public func centered(width: Int, height: Int) -> Rect {
        let w = min(max(0, width), self.width)
        let h = min(max(0, height), self.height)
        return Rect(x: x + (self.width - w) / 2, y: y + (self.height - h) / 2, width: w, height: h)
    }

    /// Splits the width into side-by-side parts (panels next to each other), `spacing`
    /// columns apart. See ``Length/resolve(_:total:spacing:)`` for how space is shared.
    public func splitColumns(_ lengths: [Length], spacing: Int = 0) -> [Rect] {
        var left = x
        return Length.resolve(lengths, total: width, spacing: spacing).map { columns in
            defer { left += columns + max(0, spacing) }
            return Rect(x: left, y: y, width: columns, height: height)
        }
    }

    /// Splits the height into stacked parts (header, body, key bar), `spacing` rows apart.
    public func splitRows(_ lengths: [Length], spacing: Int = 0) -> [Rect] {
        var top = y
        return Length.resolve(lengths, total: height, spacing: spacing).map { rows in
            defer { top += rows + max(0, spacing) }
            return Rect(x: x, y: top, width: width, height: rows)
        }
    }

    /// The single row `row` (relative to the top) of this rectangle, clipped to it.
    public func row(_ row: Int) -> Rect {
        guard row >= 0, row < height else { return Rect(x: x, y: y + row, width: 0, height: 0) }
        return Rect(x: x, y: y + row, width: width, height: 1)
    }
}
