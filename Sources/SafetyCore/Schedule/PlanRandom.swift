/// The plan's documented random source: value(label, counter) is the first eight bytes,
/// big-endian, of SHA-256 of the UTF-8 text "seed|label|counter". Labels name what is drawn
/// ("LC-sampling|2025-07", "team|PLAN-1-20250701-00012"), so every draw is independent of the
/// order the planner happens to make them in, and anyone can recompute one draw by hand.
public struct PlanRandom: Sendable {
    public let seed: UInt64

    public init(seed: UInt64) { self.seed = seed }

    public func value(_ label: String, _ counter: Int = 0) -> UInt64 {
        let digest = SHA256.digest(Array("\(seed)|\(label)|\(counter)".utf8))
        return digest.prefix(8).reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// A uniform integer in 0..<n (n > 0).
    public func below(_ n: Int, _ label: String, _ counter: Int = 0) -> Int {
        Int(value(label, counter) % UInt64(n))
    }

    /// `items` shuffled by Fisher–Yates with the draws of `label`.
    public func shuffled<T>(_ items: [T], _ label: String) -> [T] {
        var result = items
        guard result.count > 1 else { return result }
        for i in stride(from: result.count - 1, to: 0, by: -1) {
            result.swapAt(i, below(i + 1, label, i))
        }
        return result
    }
}
