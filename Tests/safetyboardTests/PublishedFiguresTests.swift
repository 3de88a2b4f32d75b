import Foundation
import Testing

/// Every figure of docs/figures.md, read back from `safetyboard report --format json` on a database
/// created from the bundled data. Where an article says 近/余/上千/超, the check is the range
/// those words allow; elsewhere it is the published number.
@Suite(.serialized) struct PublishedFiguresTests {
    struct Figure: CustomTestStringConvertible, Sendable {
        let county: String
        let path: String
        let range: ClosedRange<Double>
        let what: String
        var testDescription: String { "\(county) \(what) (\(path))" }

        init(_ county: String, _ path: String, _ value: Double, _ what: String) {
            self.init(county, path, value...value, what)
        }

        init(_ county: String, _ path: String, _ range: ClosedRange<Double>, _ what: String) {
            self.county = county
            self.path = path
            self.range = range
            self.what = what
        }
    }

    static let figures: [Figure] = [
        Figure("海西州", "major_hazards.found", 370, "major hazards found"),
        Figure("海西州", "major_hazards.rectification_rate", 0.935...0.94499, "major rectification rate 94%"),
        Figure("海西州", "enterprises.reward_mechanism", 903, "enterprises running the reward mechanism"),
        Figure("海西州", "enterprises.reward_mechanism_industries", 14, "in 14 key industries"),
        Figure("海西州", "internal_reports.found", 18_000...19_999, "近2万 hazards reported internally"),
        Figure("海西州", "internal_reports.rectification_rate", 0.9845...0.98549, "internal reports rectified 98.5%"),
        Figure("海西州", "internal_reports.reward_yuan", 900_000...999_999, "近百万元 rewards"),
        Figure("海西州", "inspections.by_kind.supervision.teams", 7, "prefecture supervision groups"),
        Figure("海西州", "training.sessions", 1_000...1_999, "上千场次 training sessions"),
        Figure("海西州", "training.person_times", 100_001...199_999, "超十万人次"),
        Figure("博湖县", "enterprises.by_risk.red", 1...10_000, "red enterprises"),
        Figure("博湖县", "enterprises.by_risk.orange", 1...10_000, "orange enterprises"),
        Figure("博湖县", "enterprises.by_risk.yellow", 1...10_000, "yellow enterprises"),
        Figure("博湖县", "enterprises.by_risk.blue", 1...10_000, "blue enterprises"),
        Figure("博湖县", "training.by_kind.lecture.sessions+training.by_kind.publicity.sessions", 121...129, "120余 lectures and publicity"),
        Figure("平利县", "facts.area_km2", 2_647, "area km²"),
        Figure("平利县", "facts.population", 230_000, "population"),
        Figure("平利县", "enterprises.total", 2_269, "production units"),
        Figure("平利县", "enterprises.key_supervised", 615, "key-supervised units"),
        Figure("平利县", "towns", 11, "towns"),
        Figure("平利县", "facts.industry_departments", 27, "industry departments"),
        Figure("平利县", "hazards.found", 584, "general hazards found"),
        Figure("平利县", "major_hazards.found", 0, "no major hazards among them"),
        Figure("平利县", "hazards.rectified", 547, "rectified"),
        Figure("平利县", "hazards.rectification_rate", 0.935...0.94499, "rate 94%"),
        Figure("平利县", "inspections.by_kind.supervision.checks", 55, "supervision inspections"),
        Figure("平利县", "inspections.by_kind.supervision.units", 105, "units inspected"),
        Figure("平利县", "inspections.by_kind.supervision.hazards_found", 53, "problems found"),
        Figure("平利县", "training.by_audience.official.sessions", 49, "study sessions"),
        Figure("平利县", "training.by_audience.official.person_times", 2_601...2_699, "2600余 person-times"),
        Figure("平利县", "training.by_audience.principal.person_times+training.by_audience.safety_manager.person_times", 3_165, "managers trained"),
        Figure("平利县", "training.by_kind.publicity.sessions", 32, "safety films shown"),
        Figure("平利县", "training.materials", 65_001...65_999, "65000余 materials"),
        Figure("平利县", "facts.production_accidents", 0, "production-safety accidents"),
        Figure("新泰市", "towns", 20, "towns and streets"),
        Figure("新泰市", "zones", 3, "functional zones"),
        Figure("新泰市", "facts.key_departments", 22, "key departments"),
        Figure("新泰市", "training.lectures", 1_580, "safety lectures"),
        Figure("新泰市", "training.drills", 1_208, "live drills"),
        Figure("新泰市", "inspections.by_kind.unannounced.inspectors", 855, "四不两直 person-times"),
        Figure("新泰市", "hazards.rectified", 1_601...1_699, "1600余 hazards rectified"),
        Figure("新泰市", "facts.innovation_measures", 83, "innovation measures"),
        Figure("荔城区", "enterprises.total", 660, "enterprises surveyed"),
        Figure("荔城区", "enterprises.platform_registered", 492, "registered on the platform"),
        Figure("荔城区", "enterprises.above_scale", 135, "above-scale enterprises"),
        Figure("荔城区", "hazards.found", 2_231, "hazards found"),
        Figure("荔城区", "hazards.rectified", 2_058, "hazards rectified"),
        Figure("荔城区", "major_hazards.found", 42, "major hazards found"),
        Figure("荔城区", "major_hazards.rectified", 41, "major hazards rectified"),
        Figure("荔城区", "major_hazards.listed", 2, "listed for supervision"),
        Figure("荔城区", "major_hazards.delisted", 2, "delisted"),
        Figure("荔城区", "training.by_audience.principal.sessions", 83, "principal trainings"),
        Figure("荔城区", "training.by_audience.principal.person_times", 1_295, "principal person-times"),
        Figure("荔城区", "training.by_audience.worker.sessions", 134, "front-line worker trainings"),
        Figure("荔城区", "training.by_audience.worker.person_times", 8_805, "worker person-times"),
        Figure("荔城区", "training.by_kind.lecture.sessions", 48, "major-hazard standard briefings"),
        Figure("荔城区", "training.by_kind.lecture.person_times", 1_933, "briefing person-times"),
        Figure("荔城区", "facts.emergency_warehouses", 10, "supply warehouses"),
        Figure("荔城区", "facts.flood_supplies", 60_001...69_999, "6万多 flood-control items"),
        Figure("荔城区", "facts.shelter_points", 152, "shelter points"),
        Figure("荔城区", "facts.shelters", 13, "shelters"),
    ]

    /// One report for the whole suite: on first run the binary creates and fills the default
    /// database (under `$XDG_DATA_HOME`) from data/.
    static let reportJSON: Result<String, any Error> = Result {
        let home = (try Binary.temporaryDatabase() as NSString).deletingLastPathComponent
        let result = try Binary.run(["report", "--format", "json", "--as-of", "2026-11-22"], environment: ["XDG_DATA_HOME": home])
        guard result.status == 0 else { throw ReportFailed(stderr: result.stderr) }
        return result.stdout
    }

    /// The report's counties by name.
    static func counties() throws -> [String: [String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(try reportJSON.get().utf8)) as! [String: Any]
        let counties = object["counties"] as! [[String: Any]]
        return Dictionary(uniqueKeysWithValues: counties.map { ($0["county"] as! String, $0) })
    }

    struct ReportFailed: Error { let stderr: String }

    static func value(_ object: [String: Any], _ path: String) -> Double? {
        var total = 0.0
        for term in path.split(separator: "+") {
            var node: Any? = object
            for key in term.split(separator: ".") { node = (node as? [String: Any])?[String(key)] }
            guard let number = node as? NSNumber else { return nil }
            total += number.doubleValue
        }
        return total
    }

    @Test(arguments: figures)
    func publishedFigureIsReproduced(_ figure: Figure) throws {
        let counties = try Self.counties()
        let county = try #require(counties[figure.county], "no county \(figure.county) in the report")
        let value = try #require(Self.value(county, figure.path), "no number at \(figure.path)")
        #expect(figure.range.contains(value), "\(figure.county) \(figure.what): \(value), expected \(figure.range)")
    }

    @Test func reportHasTheFiveCountiesAndATotalThatAddsUp() throws {
        let counties = try Self.counties()
        #expect(Set(counties.keys) == ["海西州", "博湖县", "平利县", "新泰市", "荔城区"])
        let found = counties.values.compactMap { Self.value($0, "hazards.found") }.reduce(0, +)
        let db = try Binary.initializedDatabase()
        let result = try Binary.run(["--db", db, "--as-of", "2026-11-22", "report", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        #expect(object["as_of"] as? String == "2026-11-22")
        #expect(Self.value(object["total"] as! [String: Any], "hazards.found") == found)
    }

    @Test func bohuTownsNamedInTheArticleAreInTheData() throws {
        let db = try Binary.initializedDatabase()
        let result = try Binary.run(["enterprise", "list", "--county", "博湖县", "--format", "json", "--db", db])
        #expect(result.status == 0)
        let enterprises = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [[String: Any]]
        let towns = Set(enterprises.compactMap { $0["town"] as? String })
        #expect(towns.isSuperset(of: ["查干诺尔乡", "博湖镇"]))
    }
}
