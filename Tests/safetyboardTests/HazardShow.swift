import Foundation
import Testing

/// A hazard as another process reads it (`hazard show --format json`), for the end-to-end tests
/// that check what the console wrote.
enum HazardShow {
    static func document(_ id: String, db: String, day: String) throws -> [String: Any] {
        let result = try Binary.run(["hazard", "show", id, "--format", "json", "--db", db, "--as-of", day])
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stderr)")
    }

    /// Waits until the hazard, read by another process, satisfies `condition`; records `what`
    /// with the screen when it does not within 5 s.
    static func wait(for id: String, db: String, day: String, _ what: String, session: TmuxSession,
                     _ condition: ([String: Any]) -> Bool) throws -> [String: Any] {
        let clock = ContinuousClock()
        let start = clock.now
        var document: [String: Any] = [:]
        while start.duration(to: clock.now) < .seconds(5) {
            document = try Self.document(id, db: db, day: day)
            if condition(document) { return document }
            Thread.sleep(forTimeInterval: 0.1)
        }
        Issue.record("\(what): \(document)\n\(session.text)")
        return document
    }
}
