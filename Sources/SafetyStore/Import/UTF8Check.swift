/// Checks that bytes arriving in chunks are well-formed UTF-8 (the Unicode Standard's
/// table 3-7), carrying a sequence cut by a chunk boundary over to the next chunk, so a file
/// of any size is checked without holding it.
struct UTF8Check {
    /// The start of a sequence the last chunk ended inside (at most three bytes).
    private var carry: [UInt8] = []
    private(set) var isValid = true

    mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>) {
        guard isValid, let base = chunk.baseAddress, !chunk.isEmpty else { return }
        var rest = chunk[...]
        if !carry.isEmpty {
            // Complete the cut sequence from the new chunk's first bytes.
            let needed = Self.sequenceLength(carry[0]) - carry.count
            let joined = carry + chunk.prefix(needed)
            carry = []
            let complete = joined.withUnsafeBufferPointer { Self.validPrefix($0.baseAddress!, $0.count) }
            guard let complete else { isValid = false; return }
            if complete < joined.count {   // still cut: the chunk was shorter than the sequence
                carry = Array(joined[complete...])
                return
            }
            rest = chunk[min(needed, chunk.count)...]
        }
        guard !rest.isEmpty else { return }
        let start = base + rest.startIndex
        guard let complete = Self.validPrefix(start, rest.count) else { isValid = false; return }
        carry = Array(UnsafeBufferPointer(start: start + complete, count: rest.count - complete))
    }

    /// True when every byte fed so far is well-formed and no sequence is left unfinished.
    mutating func finish() -> Bool {
        if !carry.isEmpty { isValid = false }
        return isValid
    }

    private static func sequenceLength(_ lead: UInt8) -> Int {
        lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// How many leading bytes of `bytes` are whole well-formed sequences, stopping only at a
    /// sequence the end cuts short; nil when a byte is not UTF-8.
    static func validPrefix(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int? {
        var i = 0
        while i < count {
            // Most of a CSV is ASCII: eight bytes at a time while no high bit is set.
            while i + 8 <= count, UnsafeRawPointer(bytes + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
            }
            guard i < count else { break }
            let lead = bytes[i]
            if lead < 0x80 { i += 1; continue }
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            let length: Int
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xED: length = 3; high = 0x9F
            case 0xE1...0xEF: length = 3
            case 0xF0: length = 4; low = 0x90
            case 0xF4: length = 4; high = 0x8F
            case 0xF1...0xF3: length = 4
            default: return nil
            }
            let available = min(length, count - i)
            if available > 1 {
                let second = bytes[i + 1]
                guard second >= low && second <= high else { return nil }
                for k in 2..<available where bytes[i + k] & 0xC0 != 0x80 { return nil }
            }
            if available < length { return i }
            i += length
        }
        return count
    }
}
