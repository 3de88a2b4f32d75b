import SafetyCore
import TerminalUI

/// Wording shared by the triage list, detail and prompts, in both languages.
enum TriageText {
    /// "逾期 12 天 · 督办函", "due in 3d", "".
    static func urgency(_ urgency: DeadlineUrgency, _ language: Language) -> String {
        switch urgency {
        case .none:
            return ""
        case let .dueSoon(daysLeft):
            return daysLeft == 0 ? language.pick("今日到期", "due today") : language.pick("\(daysLeft)天后到期", "due in \(daysLeft)d")
        case let .overdue(daysLate, step):
            let late = language.pick("逾期\(daysLate)天", "\(daysLate)d late")
            guard let step else { return late }
            return late + " · " + language.pick(step.chinese, step.english)
        }
    }

    /// The list's short form: "逾41天·公开曝光", "41d·public notice", "3天后到期".
    static func compactUrgency(_ urgency: DeadlineUrgency, _ language: Language) -> String {
        guard case let .overdue(daysLate, step) = urgency else { return self.urgency(urgency, language) }
        let late = language.pick("逾\(daysLate)天", "\(daysLate)d")
        return step.map { late + "·" + language.pick($0.chinese, $0.english) } ?? late + language.pick("", " late")
    }

    /// What an extension write did, for the status line.
    static func done(_ request: DeadlineExtension, _ language: Language) -> String {
        switch request.decision {
        case nil: language.pick("\(request.hazardId)：延期申请已记录（至 \(request.until.iso)）", "\(request.hazardId): extension to \(request.until.iso) requested")
        case .approved?: language.pick("\(request.hazardId)：已批准延期，期限改为 \(request.until.iso)", "\(request.hazardId): extension approved, deadline \(request.until.iso)")
        case .refused?: language.pick("\(request.hazardId)：已拒绝延期", "\(request.hazardId): extension refused")
        }
    }

    /// The list's urgency cell, led by a pending extension request ("延期待批", "ext?") so the
    /// officer sees it before the days late.
    static func listUrgency(_ urgency: DeadlineUrgency, extension pending: DeadlineExtension?, _ language: Language) -> String {
        let compact = compactUrgency(urgency, language)
        guard pending != nil else { return compact }
        return language.pick("延期待批", "ext?") + (compact.isEmpty ? "" : " " + compact)
    }

    /// "延期申请 至 2026-12-20（设备到货晚）待审批", the detail pane's line for a pending request.
    static func pendingExtension(_ pending: DeadlineExtension, _ language: Language) -> String {
        language.pick("延期申请 至 \(pending.until.iso)（\(pending.reason)）待审批 E",
                      "extension asked to \(pending.until.iso) (\(pending.reason)), pending: E decides")
    }

    /// The list's status cell: a rectified hazard shows that it waits for verification
    /// ("待验收", "to verify"), the others their status.
    static func status(_ status: HazardStatus, _ language: Language) -> String {
        status.awaitsVerification ? Terms.awaitingVerification(language, short: true) : Terms.name(status, language)
    }

    /// The prompt's question, ending where the typed text starts.
    static func question(_ prompt: TriagePrompt, _ language: Language) -> String {
        switch prompt {
        case let .text(purpose, _):
            switch purpose {
            case .responsible: language.pick(" 责任单位/人（Tab 补全）: ", " Responsible (Tab completes): ")
            case .assignDeadline: language.pick(" 整改期限 YYYY-MM-DD 或 +7/+15/+30: ", " Deadline YYYY-MM-DD or +7/+15/+30: ")
            case .deadline: language.pick(" 新期限 YYYY-MM-DD 或 +7/+15/+30: ", " New deadline YYYY-MM-DD or +7/+15/+30: ")
            case .rectifiedNote: language.pick(" 整改情况（做了什么）: ", " What was done: ")
            case .reopenReason: language.pick(" 重新打开的原因: ", " Reason to reopen: ")
            case let .regradeReason(grade): language.pick(" 改为\(Terms.name(grade, .zh))的原因: ", " Reason to make it \(grade.rawValue): ")
            case .comment: language.pick(" 备注: ", " Comment: ")
            case .extensionUntil: language.pick(" 延期至 YYYY-MM-DD 或 +7/+15/+30（从原期限起）: ", " Extend to YYYY-MM-DD or +7/+15/+30 (from the deadline): ")
            case .extensionReason: language.pick(" 延期原因: ", " Reason for the extension: ")
            case let .extensionDecision(until): language.pick(" 延期至 \(until.iso)：y 批准 / n 拒绝，可加备注: ",
                                                              " Extension to \(until.iso): y approves, n refuses, then a note: ")
            case .filter: language.pick(" 筛选（县= 镇= 行业= 等级= 状态= 来源= 逾期 挂牌 待验收 全部）: ", " Filter (county= town= industry= grade= status= source= overdue listed awaiting all): ")
            case .search: " / "
            case .savedViewName: language.pick(" 保存视图（筛选、排序、列），名称: ", " Save view (filter, sort, columns) as: ")
            }
        case let .confirm(confirmation):
            switch confirmation {
            case .close: language.pick(" 验收并销号？Enter 确认，Esc 取消 ", " Verify and close? Enter confirms, Esc cancels ")
            case .list: language.pick(" 挂牌督办？Enter 确认，Esc 取消 ", " List for supervision? Enter confirms, Esc cancels ")
            case .delist: language.pick(" 摘牌？Enter 确认，Esc 取消 ", " Delist? Enter confirms, Esc cancels ")
            case let .merge(original): language.pick(" 合并为 \(original) 的重复隐患？Enter 确认 ", " Merge as a duplicate of \(original)? Enter confirms ")
            }
        }
    }
}

extension TriageText {
    /// What an action did, for the status line.
    static func done(_ kind: HazardActionKind, _ language: Language) -> String {
        switch kind {
        case .assign: language.pick("已交办", "assigned")
        case .setDeadline: language.pick("期限已改", "deadline set")
        case .startRectifying: language.pick("整改中", "rectifying")
        case .markRectified: language.pick("已整改", "rectified")
        case .close: language.pick("已验收销号", "verified and closed")
        case .reopen: language.pick("已重新打开", "reopened")
        case .regrade: language.pick("等级已改", "regraded")
        case .list: language.pick("已挂牌督办", "listed for supervision")
        case .delist: language.pick("已摘牌", "delisted")
        case .comment: language.pick("备注已记录", "comment recorded")
        case .markDuplicate: language.pick("已合并为重复", "merged as a duplicate")
        }
    }
}
