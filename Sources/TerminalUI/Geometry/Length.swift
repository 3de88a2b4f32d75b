/// How much of a row or column of cells one part of a layout takes.
///
/// Used to split a ``Rect`` and to size ``TableColumn``s: fixed parts are served first, then
/// fractions of the whole, then whatever is left is shared among weighted parts.
public enum Length: Sendable, Hashable {
    /// Exactly this many cells (less only when the space runs out).
    case fixed(Int)
    /// This fraction (0…1) of the total, rounded down.
    case fraction(Double)
    /// A share of what fixed and fractional parts leave, proportional to the weight.
    case weight(Int)

    /// Resolves `lengths` into cell counts that add up to at most `total` once `spacing` cells
    /// are put between neighbours.
    ///
    /// When the space is too small, weighted parts shrink first, then fixed and fractional
    /// parts from the end of the list (down to 0), so the caller lists the parts it most wants
    /// to keep first. Leftover cells from rounding go to the earliest weighted parts, so the
    /// result never depends on floating-point luck.
    public static func resolve(_ lengths: [Length], total: Int, spacing: Int = 0) -> [Int] {
        guard !lengths.isEmpty else { return [] }
        let gaps = max(0, spacing) * (lengths.count - 1)
        var remaining = max(0, total - gaps)
        let available = remaining
        var sizes = Array(repeating: 0, count: lengths.count)

        for (index, length) in lengths.enumerated() {
            let wanted: Int
            switch length {
            case .fixed(let cells): wanted = max(0, cells)
            case .fraction(let part): wanted = Int((Double(available) * min(max(part, 0), 1)).rounded(.down))
            case .weight: continue
            }
            sizes[index] = min(wanted, remaining)
            remaining -= sizes[index]
        }

        let weights = lengths.map { length -> Int in
            if case .weight(let weight) = length { return max(0, weight) }
            return 0
        }
        let totalWeight = weights.reduce(0, +)
        guard totalWeight > 0, remaining > 0 else { return sizes }
        var handedOut = 0
        for index in lengths.indices where weights[index] > 0 {
            sizes[index] = remaining * weights[index] / totalWeight
            handedOut += sizes[index]
        }
        var leftover = remaining - handedOut
        for index in lengths.indices where weights[index] > 0 && leftover > 0 {
            sizes[index] += 1
            leftover -= 1
        }
        return sizes
    }
}
