import Foundation
import Testing

/// The supervisor's pages on the built binary, and the monthly bulletin against plain SQL
/// run by `sqlite3` on the same file.
@Suite(.serialized) struct CountiesEndToEndTests {
    static let day = "2026-11-22"

    private func database() throws -> String {
        let db = try Binary.temporaryDatabase()
        try #require(try Binary.run(["init", "--db", db, "--as-of", Self.day]).status == 0)
        return db
    }

    private static func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return out
    }

    @Test func pageDownThroughTheFiveCountiesEachShowingItsFigures() throws {
        let db = try database()
        let report = try Binary.run(["report", "--format", "json", "--db", db, "--as-of", Self.day])
        let counties = try #require((try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])?["counties"] as? [[String: Any]])
        try #require(counties.count == 5)

        let session = try TmuxSession(width: 160, height: 45, environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color"])
        try session.type("\(Binary.url.path) --db \(db) --as-of \(Self.day) --lang en --no-bell; echo \"EXITED:$?\"")
        _ = try #require(try session.wait(timeout: .seconds(20)) { $0.contains("Open hazards") }, "no console:\n\(session.text)")
        try session.press("2")
        for (index, county) in counties.enumerated() {
            let name = try #require(county["county"] as? String)
            let enterprises = (county["enterprises"] as? [String: Any])?["total"] as? Int ?? -1
            let hazards = county["hazards"] as? [String: Any] ?? [:]
            let found = hazards["found"] as? Int ?? -1, rectified = hazards["rectified"] as? Int ?? -1
            // The whole frame, not a capture taken while the terminal was still being written.
            let figures = [enterprises, found, rectified].map(Self.grouped)
            let page = try session.wait(timeout: .seconds(5)) { screen in
                screen.contains("County page \(name)") && screen.contains("\(index + 1)/5") && figures.allSatisfy(screen.contains)
            }
            #expect(page != nil, "page \(index + 1) should be \(name) with \(figures):\n\(session.text)")
            try session.press("PageDown")
        }
        _ = try #require(try session.wait(timeout: .seconds(5)) { $0.contains("1/5") }, "PgDn after the last county wraps to the first")
        try session.press("R")
        #expect(try session.wait(timeout: .seconds(5)) { $0.contains("County ranking") && $0.contains("5. ") } != nil, "\(session.text)")
        try session.press("q")
        #expect(try session.wait(timeout: .seconds(5)) { $0.contains("EXITED:0") } != nil)
    }

    @Test func theBulletinAgreesWithPlainSQL() throws {
        let db = try database()
        let bulletin = try Binary.run(["bulletin", "--month", "2025-06", "--format", "csv", "--db", db, "--as-of", Self.day])
        try #require(bulletin.status == 0, "\(bulletin.stderr)")
        let lines = bulletin.stdout.split(separator: "\n").map(String.init)
        let header = lines[0].split(separator: ",").map(String.init)
        let rows = lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.count == 5)
        func column(_ name: String, _ row: [String]) -> String { row[header.firstIndex(of: name)!] }

        let sql = """
            SELECT county,
              SUM(found_on BETWEEN '2025-06-01' AND '2025-06-30'),
              SUM(rectified_on BETWEEN '2025-06-01' AND '2025-06-30'),
              SUM(found_on <= '2025-06-30' AND (rectified_on IS NULL OR rectified_on > '2025-06-30') AND deadline < '2025-06-30'),
              SUM(grade = 'major' AND found_on <= '2025-06-30' AND (rectified_on IS NULL OR rectified_on > '2025-06-30'))
            FROM hazard WHERE duplicate_of IS NULL GROUP BY county;
            """
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sqlite.arguments = ["sqlite3", "-separator", ",", db, sql]
        let out = Pipe()
        sqlite.standardOutput = out
        try sqlite.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        sqlite.waitUntilExit()
        try #require(sqlite.terminationStatus == 0)
        var expected: [String: [String]] = [:]
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: ",").map(String.init)
            expected[fields[0]] = Array(fields.dropFirst())
        }
        #expect(expected.count == 5)
        for row in rows {
            let county = column("county", row)
            let counts = try #require(expected[county], "\(county) in sqlite3's answer")
            #expect([column("found", row), column("rectified", row), column("overdue", row), column("major_open", row)] == counts, "\(county)")
        }
        #expect(rows.map { column("found", $0) }.contains { $0 != "0" }, "the month has hazards to count")

        let markdown = try Binary.run(["bulletin", "--month", "2025-06", "--db", db, "--as-of", Self.day, "--lang", "en"])
        #expect(markdown.stdout.contains("| Rank | County |"))
        #expect(markdown.stdout.contains("## 4. Overdue hazards"))
        #expect(markdown.stdout.contains("## 5. Open major hazards"))
    }
}
