public import SafetyCore
public import TerminalUI

/// Every figure of a county summary as labelled lines grouped in sections — what the county
/// page shows and `safetyboard report` prints. Zero-valued breakdowns are left out; totals are not.
public struct FigureSheet: Sendable {
    /// One labelled figure.
    public struct Line: Sendable, Equatable {
        public var label: String
        public var value: String
    }

    /// A titled group of figures.
    public struct Section: Sendable, Equatable {
        public var title: String
        public var lines: [Line]
    }

    public var sections: [Section]

    public init(_ s: CountySummary, language: Language) {
        let zh = language == .zh
        func t(_ chinese: String, _ english: String) -> String { zh ? chinese : english }
        func line(_ chinese: String, _ english: String, _ value: String) -> Line { Line(label: t(chinese, english), value: value) }
        func n(_ value: Int) -> String { Self.grouped(value) }

        var enterprises = [
            line("企业总数", "enterprises", n(s.enterprises.total)),
            line("重点监管", "key-supervised", n(s.enterprises.keySupervised)),
            line("规上企业", "above designated size", n(s.enterprises.aboveScale)),
        ]
        for level in RiskLevel.allCases {
            enterprises.append(Line(label: t("风险 ", "risk ") + Terms.name(level, language), value: n(s.enterprises.byRisk[level] ?? 0)))
        }
        if s.enterprises.rewardMechanism > 0 {
            enterprises.append(line("内部报告奖励机制企业", "reward mechanism in place", n(s.enterprises.rewardMechanism)))
            enterprises.append(line("  涉及行业", "  in industries", n(s.enterprises.rewardMechanismIndustries)))
        }
        if s.enterprises.platformRegistered > 0 {
            enterprises.append(line("平台注册企业", "registered on platform", n(s.enterprises.platformRegistered)))
        }

        let hazards = [
            line("排查隐患", "hazards found", n(s.hazards.found)),
            line("已整改", "rectified", n(s.hazards.rectified)),
            line("整改率", "rectification rate", s.hazards.rectificationRate.percentText(decimals: 1)),
            line("未整改", "open", n(s.hazards.open)),
            line("逾期未改", "overdue", n(s.hazards.overdue)),
        ]
        let major = [
            line("重大隐患", "major hazards found", n(s.majorHazards.found)),
            line("已整改", "rectified", n(s.majorHazards.rectified)),
            line("整改率", "rectification rate", s.majorHazards.rectificationRate.percentText(decimals: 1)),
            line("未整改", "open", n(s.majorHazards.open)),
            line("挂牌督办", "listed for supervision", n(s.majorHazards.listed)),
            line("摘牌销号", "delisted", n(s.majorHazards.delisted)),
        ]

        var sections = [
            Section(title: t("企业", "Enterprises"), lines: enterprises),
            Section(title: t("隐患排查治理", "Hazards"), lines: hazards),
            Section(title: t("重大事故隐患", "Major hazards"), lines: major),
        ]
        if s.internalReports.found > 0 {
            sections.append(Section(title: t("内部报告", "Internal reports"), lines: [
                line("报告隐患", "hazards reported", n(s.internalReports.found)),
                line("已整改", "rectified", n(s.internalReports.rectified)),
                line("整改率", "rectification rate", s.internalReports.rectificationRate.percentText(decimals: 1)),
                line("奖励资金(元)", "rewards paid (yuan)", n(s.internalReports.rewardYuan)),
            ]))
        }

        var training = [
            line("场次", "sessions", n(s.training.sessions)),
            line("人次", "person-times", n(s.training.personTimes)),
        ]
        for kind in TrainingKind.allCases {
            guard let a = s.training.byKind[kind], a.sessions > 0 else { continue }
            training.append(Line(label: "  " + Terms.name(kind, language), value: Self.attendance(a, language)))
        }
        for audience in TrainingAudience.allCases {
            guard let a = s.training.byAudience[audience], a.sessions > 0 else { continue }
            training.append(Line(label: "  " + Terms.name(audience, language), value: Self.attendance(a, language)))
        }
        if s.training.materials > 0 { training.append(line("宣传资料(份)", "materials handed out", n(s.training.materials))) }
        sections.append(Section(title: t("教育培训", "Training"), lines: training))

        var inspections = [
            line("计划检查", "planned", n(s.inspections.planned)),
            line("已完成", "done", n(s.inspections.done)),
            line("逾期未检", "overdue", n(s.inspections.overdue)),
        ]
        for kind in InspectionKind.allCases {
            guard let k = s.inspections.byKind[kind], k.planned + k.done > 0 else { continue }
            var parts = [t("\(n(k.done))次", "\(n(k.done)) done")]
            if k.checks > 0 { parts.append(t("\(n(k.checks))轮", "\(n(k.checks)) outings")) }
            if k.units > 0 { parts.append(t("\(n(k.units))家", "\(n(k.units)) units")) }
            if k.hazardsFound > 0 { parts.append(t("问题\(n(k.hazardsFound))个", "\(n(k.hazardsFound)) problems")) }
            if k.inspectors > 0 { parts.append(t("出动\(n(k.inspectors))人次", "\(n(k.inspectors)) inspector-times")) }
            if k.teams > 0 { parts.append(t("\(n(k.teams))个组", "\(n(k.teams)) teams")) }
            inspections.append(Line(label: "  " + Terms.name(kind, language), value: parts.joined(separator: " ")))
        }
        sections.append(Section(title: t("监督检查", "Inspections"), lines: inspections))

        var area = [Line]()
        if s.towns > 0 { area.append(line("乡镇(街道)", "towns and streets", n(s.towns))) }
        if s.zones > 0 { area.append(line("功能区", "functional zones", n(s.zones))) }
        for key in s.facts.keys.sorted(by: Self.factOrder) {
            area.append(Line(label: Terms.factLabel(key, language), value: Self.number(s.facts[key]!)))
        }
        if !area.isEmpty { sections.append(Section(title: t("辖区与应急资源", "Area and resources"), lines: area)) }
        self.sections = sections
    }

    /// 12345 → "12,345".
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return value < 0 ? "-" + out : out
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? grouped(Int(value)) : String(value)
    }

    static func attendance(_ a: Attendance, _ language: Language) -> String {
        language == .zh ? "\(grouped(a.sessions))场 \(grouped(a.personTimes))人次"
            : "\(grouped(a.sessions)) sessions, \(grouped(a.personTimes)) person-times"
    }

    /// Known fact keys in their declared order, then the rest by name.
    static func factOrder(_ a: String, _ b: String) -> Bool {
        let order = CountyFactKey.allCases.map(\.rawValue)
        return (order.firstIndex(of: a) ?? order.count, a) < (order.firstIndex(of: b) ?? order.count, b)
    }
}

extension FigureSheet {
    /// The sheet as plain text: section titles, then label and value in aligned columns
    /// (CJK labels take two columns a character).
    public func textLines() -> [String] {
        let labelWidth = sections.flatMap(\.lines).map { DisplayWidth.of($0.label) }.max() ?? 0
        var lines: [String] = []
        for section in sections {
            lines.append("[\(section.title)]")
            for line in section.lines {
                lines.append("  " + DisplayWidth.pad(line.label, to: labelWidth) + "  " + line.value)
            }
        }
        return lines
    }
}
