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

    /// Whole per cent as published (94.05% → "94%"), or "—"; `decimals` more digits when asked
    /// (19,700 of 20,000 → "98.5%" with 1).
    ///
    /// Rounds half up in integer arithmetic: going through `Double` turned 29 of 200 (exactly
    /// 14.5%) into 14.499…% and printed "14%". `decimals` is clamped to 0…6.
    public func percentText(decimals: Int = 0) -> String {
        guard found != 0 else { return "—" }
        let digits = min(max(decimals, 0), 6)
        var scale = 1
        for _ in 0..<digits { scale *= 10 }
        // round(|rectified| × 100 × scale ÷ |found|), half up, then the sign back.
        let numerator = rectified.magnitude * 100 * UInt(scale)
        let denominator = found.magnitude
        let rounded = (2 * numerator + denominator) / (2 * denominator)
        let negative = (rectified < 0) != (found < 0) && rounded != 0
        let whole = rounded / UInt(scale)
        let sign = negative ? "-" : ""
        guard digits > 0 else { return "\(sign)\(whole)%" }
        let fraction = String(rounded % UInt(scale))
        return "\(sign)\(whole).\(String(repeating: "0", count: digits - fraction.count))\(fraction)%"
    }
}
