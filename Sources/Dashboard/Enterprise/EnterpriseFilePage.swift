import SafetyCore
public import SafetyStore
public import TerminalUI

/// The enterprise page's lines, in both languages: the enterprise, its hazards (not closed
/// first, then closed, with their dates), its inspections (planned, then done) and the
/// trainings of its county. Pure, from the file alone.
enum EnterpriseFilePage {
    static func lines(_ file: EnterpriseFile, _ language: Language) -> [[TextRun]] {
        let e = file.enterprise
        let dim = Style(.dim)
        func label(_ zh: String, _ en: String, _ value: String) -> [TextRun] {
            [TextRun(language.pick(zh, en) + " ", dim), TextRun(value)]
        }
        func day(_ d: Day?) -> String { d?.iso ?? "—" }
        var lines: [[TextRun]] = [
            [TextRun(language.pick("一企一档 ", "Enterprise file "), Style(.accent).bold), TextRun(e.name, Style.normal.bold),
             TextRun("  \(e.id)", dim)],
            label("县区/镇", "county/town", "\(e.county) · \(e.town)"),
            label("行业/规模", "industry/scale", "\(e.industry) · " + (e.scale == .above ? language.pick("规上", "above scale") : language.pick("规下", "below scale"))),
            label("重点监管", "key supervision", e.keySupervised ? language.pick("是", "yes") : language.pick("否", "no")),
            [TextRun(language.pick("风险 ", "risk "), dim),
             TextRun(e.riskLevel.map { Terms.name($0, language) } ?? language.pick("未评定", "not assessed"), e.riskLevel?.style.bold ?? .normal),
             TextRun(language.pick("  评定于 ", "  assessed ") + day(e.riskAssessedOn), dim)],
            [],
        ]
        let closed = file.hazards.filter { $0.status == .closed }.count
        lines.append([TextRun(language.pick("隐患 \(file.hazards.count)（未销号 \(file.hazards.count - closed)，已销号 \(closed)）",
                                            "Hazards \(file.hazards.count) (\(file.hazards.count - closed) not closed, \(closed) closed)"), Style.normal.bold)])
        if file.hazards.isEmpty { lines.append([TextRun(language.pick("  无", "  none"), dim)]) }
        for h in file.hazards {
            let dates = [(language.pick("发现", "found"), h.foundOn), (language.pick("期限", "deadline"), h.deadline),
                         (language.pick("整改", "rectified"), h.rectifiedOn), (language.pick("销号", "closed"), h.closedOn)]
                .compactMap { name, d in d.map { "\(name) \($0.iso)" } }.joined(separator: " ")
            lines.append([TextRun("  \(h.id) ", h.status == .closed ? dim : .normal),
                          TextRun(Terms.name(h.grade, language) + " ", h.grade == .major ? Style(.riskRed).bold : .normal),
                          TextRun(TriageText.status(h.status, language) + " "), TextRun(dates + " ", dim), TextRun(h.description)])
        }
        lines.append([])
        let done = file.inspections.filter { $0.doneOn != nil }.count
        lines.append([TextRun(language.pick("检查 \(file.inspections.count)（计划 \(file.inspections.count - done)，已完成 \(done)）",
                                            "Inspections \(file.inspections.count) (\(file.inspections.count - done) planned, \(done) done)"), Style.normal.bold)])
        if file.inspections.isEmpty { lines.append([TextRun(language.pick("  无", "  none"), dim)]) }
        for i in file.inspections {
            let when = i.doneOn.map { language.pick("完成 ", "done ") + $0.iso } ?? language.pick("计划 ", "planned ") + day(i.plannedOn)
            lines.append([TextRun("  \(i.id) ", dim), TextRun(Terms.name(i.kind, language) + " "), TextRun(when + " ", i.doneOn == nil ? Style(.warning) : .normal),
                          TextRun(i.team + (i.doneOn == nil ? "" : language.pick("  发现隐患 \(i.hazardsFound)", "  hazards found \(i.hazardsFound)")), dim)])
        }
        lines.append([])
        lines.append([TextRun(language.pick("\(e.county) 培训（最近 \(file.trainings.count) 次）", "Trainings of \(e.county) (latest \(file.trainings.count))"),
                              Style.normal.bold)])
        if file.trainings.isEmpty { lines.append([TextRun(language.pick("  无", "  none"), dim)]) }
        for t in file.trainings {
            lines.append([TextRun("  \(t.heldOn.iso) ", dim), TextRun(Terms.name(t.kind, language) + " "),
                          TextRun(Terms.name(t.audience, language) + " ", dim),
                          TextRun(language.pick("\(t.sessions) 场 \(t.personTimes) 人次 ", "\(t.sessions)× \(t.personTimes) person-times ")),
                          TextRun(t.topic, dim)])
        }
        return lines
    }
}

/// The enterprise page as plain text, one string a line: what `enterprise show --format table`
/// prints, so the command line and the console say the same.
public enum EnterpriseFileText {
    public static func lines(_ file: EnterpriseFile, _ language: Language) -> [String] {
        EnterpriseFilePage.lines(file, language).map { $0.map(\.text).joined() }
    }
}
