/// The four safety-risk colours (红橙黄蓝), most severe first.
///
/// `red` 重大风险, `orange` 较大风险, `yellow` 一般风险, `blue` 低风险. `Comparable` orders by
/// severity: `.red < .blue` reads "red comes first".
public enum RiskLevel: String, CaseIterable, Sendable, Codable, Comparable {
    case red, orange, yellow, blue

    /// 0 for red … 3 for blue.
    public var rank: Int {
        switch self {
        case .red: 0
        case .orange: 1
        case .yellow: 2
        case .blue: 3
        }
    }

    public static func < (lhs: RiskLevel, rhs: RiskLevel) -> Bool { lhs.rank < rhs.rank }
}
