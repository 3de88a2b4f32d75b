import SafetyCore
public import SafetyStore
public import TerminalUI

/// The enterprise page (一企一档) as a value: which enterprise, its file once read, and how far
/// it is scrolled. Opened from triage (Enter on a hazard's enterprise); changed only by
/// ``reduce(_:_:)``; drawn by ``EnterpriseFileScreen``.
public struct EnterpriseFileState: Sendable, Equatable {
    public var enterpriseId: String
    public var language: Language
    /// Nil until the read arrives.
    public var file: EnterpriseFile?
    /// The first line of the page on screen.
    public var scroll = 0
    /// Lines of the page on screen, for PgUp/PgDn.
    public var pageRows = 20
    public var message: String?

    public init(enterpriseId: String, language: Language) {
        self.enterpriseId = enterpriseId
        self.language = language
    }

    /// How many lines the page has once read.
    public var lineCount: Int { file.map { EnterpriseFilePage.lines($0, language).count } ?? 0 }
}

/// What changes the enterprise page.
public enum EnterpriseFileAction: Sendable, Equatable {
    case scroll(ListMove)
    /// Esc or Enter: back to where it was opened from.
    case close
    case read(EnterpriseFile?)
    case readFailed(String)
}

/// What the enterprise page asks its host for.
public enum EnterpriseFileEffect: Sendable, Equatable {
    case read(enterpriseId: String)
    case close
}

extension EnterpriseFileState {
    /// The page's reducer: scrolling is clamped to the page; a read for another enterprise is
    /// dropped.
    public static func reduce(_ state: inout EnterpriseFileState, _ action: EnterpriseFileAction) -> [EnterpriseFileEffect] {
        switch action {
        case .scroll(let move):
            let last = max(0, state.lineCount - state.pageRows)
            state.scroll = ListSelection(index: state.scroll, count: last + 1).applying(move, pageSize: state.pageRows).index
            return []
        case .close:
            return [.close]
        case .read(let file):
            guard file == nil || file?.enterprise.id == state.enterpriseId else { return [] }
            state.file = file
            state.scroll = 0
            state.message = file == nil
                ? state.language.pick("没有企业 \(state.enterpriseId)", "No enterprise \(state.enterpriseId)") : nil
            return []
        case .readFailed(let reason):
            state.message = state.language.pick("读取失败：", "Read failed: ") + reason
            return []
        }
    }

    /// The page's keys: moves scroll, Esc / Enter close; nil for any other key.
    public static func action(for key: Key) -> EnterpriseFileAction? {
        if key == .escape || key == .enter { return .close }
        return ListMove(key).map(EnterpriseFileAction.scroll)
    }
}
