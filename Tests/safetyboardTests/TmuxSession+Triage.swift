import Foundation
import Testing

extension TmuxSession {
    /// The console on `db` as of `day`, in English at 120×36, switched to the triage view.
    /// `$SAFETYBOARD_OPERATOR` names someone else, which must choose nothing: the login at
    /// the keyboard is the operator.
    static func triage(db: String, day: String) throws -> TmuxSession {
        let session = try TmuxSession(width: 120, height: 36, environment: [
            "LANG": "C.UTF-8", "TERM": "xterm-256color", "SAFETYBOARD_OPERATOR": "triage-officer",
        ])
        try session.type("\(Binary.url.path) --db \(db) --as-of \(day) --lang en --no-bell; echo \"EXITED:$?\"")
        _ = try #require(try session.wait(timeout: .seconds(20)) { $0.contains("Open hazards") }, "no console:\n\(session.text)")
        try session.press("3")
        _ = try #require(try session.wait(timeout: .seconds(5)) { $0.contains("Triage") && $0.contains("filter:") },
                         "no triage view:\n\(session.text)")
        return session
    }

    /// `q`, and the shell saying the console exited 0.
    func quitConsole() throws {
        try press("q")
        #expect(try wait(timeout: .seconds(5)) { $0.contains("EXITED:0") } != nil, "q did not exit 0:\n\(text)")
    }
}
