public import SafetyCore
public import SafetyStore
public import TerminalUI

/// What each triage column shows: its title and a row's cell, the same words in the console's
/// table and in `hazard list --view`.
extension TriageColumn {
    /// The column's title in the table's header line.
    public func title(_ language: Language) -> String {
        switch self {
        case .grade: language.pick("等级", "grade")
        case .county: language.pick("县区", "county")
        case .enterprise: language.pick("企业", "enterprise")
        case .town: language.pick("镇街", "town")
        case .industry: language.pick("行业", "industry")
        case .source: language.pick("来源", "source")
        case .found: language.pick("发现", "found")
        case .deadline: language.pick("期限", "deadline")
        case .urgency: language.pick("督办", "urgency")
        case .responsible: language.pick("责任单位", "responsible")
        case .status: language.pick("状态", "status")
        case .days: language.pick("天数", "days")
        }
    }

    /// The column in the column editor: its title and, in Chinese, the English name that
    /// `view save --columns` takes.
    public func editorLabel(_ language: Language) -> String {
        language == .zh ? "\(title(.zh)) (\(rawValue))" : rawValue
    }

    /// `row`'s cell in this column on `today`.
    public func cell(_ row: TriageRow, today: Day, policy: EscalationPolicy, language: Language) -> String {
        let hazard = row.hazard
        switch self {
        case .grade: return hazard.grade == .major ? language.pick("重大", "MAJ") : language.pick("一般", "gen")
        case .county: return hazard.county
        case .enterprise: return row.enterpriseName
        case .town: return row.town
        case .industry: return row.industry
        case .source: return Terms.name(hazard.source, language)
        case .found: return hazard.foundOn.iso
        case .deadline: return hazard.deadline?.iso ?? "—"
        case .urgency:
            return TriageText.listUrgency(policy.urgency(of: hazard, today: today), extension: row.pendingExtension, language)
        case .responsible: return hazard.responsible ?? "—"
        case .status: return TriageText.status(hazard.status, language)
        case .days: return "\(max(0, (hazard.closedOn ?? today).days(since: hazard.foundOn)))"
        }
    }

    /// How the column takes room in a table `listWidth` wide: a fixed width, or a share of
    /// what the fixed ones leave.
    func width(listWidth: Int, language: Language) -> TriageColumnWidth {
        switch self {
        case .grade: .fixed(5)
        case .county: .fixed(6)
        case .enterprise: .share(2)
        case .town, .industry: .fixed(8)
        case .source: .fixed(language == .zh ? 8 : 10)
        case .found, .deadline: .fixed(10)
        // The escalation step needs the room; below 78 columns the days late alone.
        case .urgency: .fixed(listWidth >= 78 ? 17 : 11)
        case .responsible: .share(1)
        case .status: .fixed(language == .zh ? 6 : 10)
        case .days: .fixed(4)
        }
    }

    var alignment: TextAlignment { self == .days ? .right : .left }
}

/// How a triage column takes room: see ``TriageColumn/width(listWidth:language:)``.
enum TriageColumnWidth: Equatable {
    case fixed(Int)
    /// A share of the room the fixed columns leave, by weight.
    case share(Int)
}
