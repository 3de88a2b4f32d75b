/// What kind of safety education event it was.
public enum TrainingKind: String, CaseIterable, Sendable, Codable {
    /// 培训
    case training
    /// 演练
    case drill
    /// 宣讲 / 讲座
    case lecture
    /// 宣传
    case publicity
}

/// Who an event was for.
public enum TrainingAudience: String, CaseIterable, Sendable, Codable {
    /// 主要负责人
    case principal
    /// 安全管理人员
    case safetyManager = "safety_manager"
    /// 特种作业人员
    case specialWorker = "special_worker"
    /// 一线从业人员
    case worker
    /// 监管干部
    case official
    /// 群众
    case `public`
    /// 学生
    case student
}

/// Whether an event was held in person or online.
public enum TrainingMode: String, CaseIterable, Sendable, Codable {
    case offline, online
}

/// A training, drill, lecture or publicity event, possibly several sessions.
public struct TrainingEvent: Hashable, Sendable, Codable {
    public var id: String
    public var county: String
    public var heldOn: Day
    public var kind: TrainingKind
    public var audience: TrainingAudience
    public var mode: TrainingMode
    /// Sessions (场次) held under this row.
    public var sessions: Int
    /// Attendance in person-times (人次).
    public var personTimes: Int
    public var topic: String
    /// Printed materials handed out (宣传资料份数).
    public var materials: Int

    public init(
        id: String, county: String, heldOn: Day, kind: TrainingKind, audience: TrainingAudience,
        mode: TrainingMode, sessions: Int, personTimes: Int, topic: String, materials: Int = 0
    ) {
        self.id = id
        self.county = county
        self.heldOn = heldOn
        self.kind = kind
        self.audience = audience
        self.mode = mode
        self.sessions = sessions
        self.personTimes = personTimes
        self.topic = topic
        self.materials = materials
    }
}
