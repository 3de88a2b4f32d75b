/// Rectification rate (整改率) = rectified-or-closed ÷ found, over the same period and
/// jurisdiction. Undefined (nil, shown as "—") when nothing was found: no regulation defines
/// the rate for that case, and 0% would wrongly rank a county with no hazards last.
public struct RectificationRate: Hashable, Sendable {
    public let rectified: Int
    public let found: Int

    public init(rectified: Int, found: Int) {
        self.rectified = rectified
        self.found = found
    }

    /// The fraction 0…1, or nil when nothing was found.
    public var fraction: Double? { found == 0 ? nil : Double(rectified) / Double(found) }

    /// Whole per cent as published (94.05% → "94%"), or "—".
    public func percentText(decimals: Int = 0) -> String {
        guard let fraction else { return "—" }
        let scaled = (fraction * 100 * pow10(decimals)).rounded() / pow10(decimals)
        if decimals == 0 { return "\(Int(scaled))%" }
        let whole = Int(scaled)
        let part = Int(((scaled - Double(whole)) * pow10(decimals)).rounded())
        let digits = String(part)
        return "\(whole).\(String(repeating: "0", count: max(0, decimals - digits.count)))\(digits)%"
    }

    private func pow10(_ n: Int) -> Double { (0..<n).reduce(1.0) { acc, _ in acc * 10 } }
}
