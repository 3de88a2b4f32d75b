import Testing
@testable import SafetyCore

@Suite struct TrainingEventTests {
    static let today = Day(iso: "2025-06-30")!

    typealias Edit = @Sendable (inout TrainingEvent) -> Void

    static let cases: [(String, Edit, [String])] = [
        ("as held", { _ in }, []),
        ("held today", { $0.heldOn = today }, []),
        ("nobody came, no materials", { $0.personTimes = 0; $0.materials = 0 }, []),
        ("held tomorrow", { $0.heldOn = today.adding(days: 1) }, ["held_on"]),
        ("zero sessions", { $0.sessions = 0 }, ["sessions"]),
        ("negative sessions", { $0.sessions = -2 }, ["sessions"]),
        ("negative person-times", { $0.personTimes = -1 }, ["person_times"]),
        ("negative materials", { $0.materials = -1 }, ["materials"]),
        ("blank id", { $0.id = " " }, ["id"]),
        ("all wrong", {
            $0.id = ""; $0.sessions = 0; $0.personTimes = -1; $0.materials = -1; $0.heldOn = Day(iso: "2030-01-01")!
        }, ["id", "sessions", "person_times", "materials", "held_on"]),
    ]

    @Test(arguments: cases)
    func violations(name: String, edit: Edit, fields: [String]) {
        var t = TrainingEvent(
            id: "T-1", county: "荔城区", heldOn: Day(iso: "2025-05-20")!, kind: .training, audience: .principal,
            mode: .offline, sessions: 2, personTimes: 31, topic: "主要负责人安全培训", materials: 40)
        edit(&t)
        let found = t.violations(today: Self.today)
        #expect(found.map(\.field) == fields, "\(name): \(found)")
        #expect(found.allSatisfy { $0.message.contains(" — ") })
    }
}
