/// Character attributes every terminal supports, colour or not.
public struct TextAttributes: OptionSet, Sendable, Hashable {
    /// The raw bits; stable only within one process.
    public let rawValue: UInt8

    /// Attributes from raw bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Bold (bright on many terminals).
    public static let bold = TextAttributes(rawValue: 1 << 0)
    /// Foreground and background swapped.
    public static let reverse = TextAttributes(rawValue: 1 << 1)
    /// Underlined.
    public static let underline = TextAttributes(rawValue: 1 << 2)
    /// Half-bright; ignored by some terminals, so never the only cue.
    public static let dim = TextAttributes(rawValue: 1 << 3)
}
