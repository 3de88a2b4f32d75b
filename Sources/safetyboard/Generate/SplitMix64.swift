/// SplitMix64 (Steele, Lea and Flood, 2014): a tiny, fast, well-distributed generator whose
/// whole state is one 64-bit counter, so a seed gives the same stream on every machine and
/// every Swift version — which `SystemRandomNumberGenerator` and the standard library's
/// `shuffled()` do not promise.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `range`, without the modulo bias of `next() % n` being worth
    /// worrying about at these sizes (n ≪ 2⁶⁴).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < p
    }

    /// An element of `items` picked with the given weights.
    mutating func pick<T>(_ items: [(T, Double)]) -> T {
        let total = items.reduce(0) { $0 + $1.1 }
        var x = Double(next() >> 11) / Double(1 << 53) * total
        for (item, weight) in items {
            if x < weight { return item }
            x -= weight
        }
        return items[items.count - 1].0
    }

    mutating func element<T>(_ items: [T]) -> T {
        items[int(0...(items.count - 1))]
    }
}
