import Foundation
import Testing

/// `safetyboard generate`: deterministic, seed-dependent, and importable as it is.
@Suite(.serialized) struct GenerateTests {
    private func generate(seed: Int) throws -> URL {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("sb-gen-\(UUID().uuidString)")
        let result = try Binary.run(["generate", "--out", out.path, "--counties", "4", "--enterprises", "400",
                                     "--hazards", "3000", "--seed", "\(seed)"])
        try #require(result.status == 0, "\(result.stderr)")
        return out
    }

    private func contents(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    @Test func theSameSeedGivesTheSameFilesAndAnotherSeedOtherOnes() throws {
        let first = try contents(try generate(seed: 42))
        let again = try contents(try generate(seed: 42))
        let other = try contents(try generate(seed: 43))
        #expect(Set(first.keys) == ["jurisdictions.csv", "enterprises.csv", "hazards.csv", "trainings.csv", "inspections.csv", "inspectors.csv"])
        #expect(first == again)
        #expect(first["hazards.csv"] != other["hazards.csv"])
        #expect(first["enterprises.csv"] != other["enterprises.csv"])
    }

    @Test func itsOutputImportsAsItIsWithTheMixesAsked() throws {
        let folder = try generate(seed: 7)
        let db = try Binary.temporaryDatabase()
        let files = ["jurisdictions", "inspectors", "enterprises", "hazards", "trainings", "inspections"]
            .map { folder.appendingPathComponent("\($0).csv").path }
        let imported = try Binary.run(["import"] + files + ["--db", db, "--as-of", "2026-01-01"])
        try #require(imported.status == 0, "\(imported.stderr)")
        let report = try Binary.run(["report", "--format", "json", "--db", db, "--as-of", "2026-01-01"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        let counties = try #require(document["counties"] as? [[String: Any]])
        #expect(counties.count == 4)
        let total = try #require(document["total"] as? [String: Any])
        let enterprises = try #require(total["enterprises"] as? [String: Any])
        #expect(enterprises["total"] as? Int == 400)
        let hazards = try #require(total["hazards"] as? [String: Any])
        let majors = try #require(total["major_hazards"] as? [String: Any])
        #expect(hazards["found"] as? Int == 3000)
        let majorShare = Double(majors["found"] as? Int ?? 0) / 3000
        #expect((0.01...0.08).contains(majorShare), "major share \(majorShare)")
        let byRisk = try #require(enterprises["by_risk"] as? [String: Int])
        #expect(Double(byRisk["blue"] ?? 0) / 400 > Double(byRisk["red"] ?? 0) / 400 * 5, "blue is common, red rare: \(byRisk)")
    }

    @Test func aDatabaseNamedWithoutAFolderIsMadeInTheWorkingFolder() throws {
        let folder = URL(fileURLWithPath: (try Binary.temporaryDatabase() as NSString).deletingLastPathComponent)
        let result = try Binary.run(["init", "--db", "board.sqlite", "--as-of", "2026-11-22"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("board.sqlite").path))
    }
}

