extension StringProtocol {
    /// True for the empty string and for whitespace only: a name of spaces names nobody.
    var isBlank: Bool { allSatisfy(\.isWhitespace) }

    /// The text without leading and trailing whitespace, so stored names compare as typed.
    var trimmingWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
