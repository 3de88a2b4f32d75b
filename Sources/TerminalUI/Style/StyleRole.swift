/// What a piece of text means, not what colour it is: the ``Palette`` decides the colour.
///
/// Views pick roles; the palette maps them to colours on a colour terminal and to
/// bold/underline/reverse on a monochrome one, so one view code serves both.
public enum StyleRole: Int, Sendable, Hashable, CaseIterable {
    /// Ordinary text in the terminal's own colours.
    case normal
    /// Secondary text: units, hints, empty values.
    case dim
    /// Something to notice that is not a problem: keys in the key bar, the focused frame.
    case accent
    /// Headers: the title bar, table column titles.
    case header
    /// 重大风险 (red risk level).
    case riskRed
    /// 较大风险 (orange risk level).
    case riskOrange
    /// 一般风险 (yellow risk level).
    case riskYellow
    /// 低风险 (blue risk level).
    case riskBlue
    /// A passed deadline.
    case overdue
    /// Done, healthy, on time.
    case ok
    /// Needs attention soon.
    case warning
    /// The selected row or item.
    case selection
    /// An alarm that must not be missed (a new major hazard).
    case alert
}
