import Foundation
import Testing

/// The bundled data opened years after it ends, in tmux: the header says how far the data
/// goes and the empty panels say since when, in both languages.
@Suite(.serialized) struct StaleDataEndToEndTests {
    @Test(arguments: [
        ("en", ["data up to 2025-", "no training recorded in the last 12 months — the latest on 2025-",
                "no inspection planned this month — the latest on 2025-"]),
        ("zh", ["数据截至 2025-", "近12个月无培训记录 — 最近一次 2025-", "本月无检查计划 — 最近一次 2025-"]),
    ])
    func aConsoleFarAfterItsDataSaysSinceWhen(language: String, phrases: [String]) throws {
        let db = try Binary.initializedDatabase()
        let session = try TmuxSession(width: 160, height: 45, environment: [
            "LANG": "C.UTF-8", "TERM": "xterm-256color",
            "SAFETYBOARD_DATA": Binary.repository.appendingPathComponent("data").path,
        ])
        try session.type("\(Binary.url.path) --db \(db) --as-of 2030-01-01 --lang \(language)")
        let shown = try session.wait(timeout: .seconds(20)) { screen in phrases.allSatisfy(screen.contains) }
        #expect(shown != nil, "missing one of \(phrases):\n\(session.text)")
        try session.press("q")
    }
}
