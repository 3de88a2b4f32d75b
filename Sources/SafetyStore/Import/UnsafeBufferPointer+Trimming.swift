extension UnsafeBufferPointer<UInt8> {
    /// The bytes without leading and trailing spaces and tabs, as a spreadsheet user does not
    /// see them.
    func trimmingASCIISpaces() -> UnsafeBufferPointer<UInt8> {
        let isSpace = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        var from = startIndex, to = endIndex
        while from < to && isSpace(self[from]) { from += 1 }
        while to > from && isSpace(self[to - 1]) { to -= 1 }
        return UnsafeBufferPointer(rebasing: self[from..<to])
    }
}
