import Foundation
import SafetyCore

/// A deterministic synthetic province in the data contract, for the benchmark: the same seed
/// and sizes give byte-identical files. Mixes follow what the articles and national
/// statistics describe: risk colours about 3/12/40/45 %, major hazards about 3 % (more at
/// red enterprises), most old hazards closed and most recent ones open, more hazards found in
/// the flood season (June–August) and before the Spring Festival and National Day holidays.
/// Every row passes the import's checks for an as-of day on or after ``lastDay``.
struct ProvinceGenerator {
    var counties: Int
    var enterprises: Int
    var hazards: Int
    var seed: UInt64

    /// The year the records cover.
    static let firstDay = Day(iso: "2025-01-01")!
    static let lastDay = Day(iso: "2025-12-31")!

    /// Writes the six files into `directory`; returns the number of rows of each.
    func write(to directory: String) throws -> [String: Int] {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let plan = Layout(counties: max(1, counties), seed: seed)
        var written: [String: Int] = [:]
        func file(_ name: String, _ header: String, _ body: (CSVRowWriter) throws -> Void) throws {
            let writer = try CSVRowWriter(path: (directory as NSString).appendingPathComponent(name), header: header)
            try body(writer)
            try writer.close()
            written[name] = writer.rows
        }
        try file("jurisdictions.csv", "code,name,level,parent_code") { try plan.writeJurisdictions($0) }
        try file("inspectors.csv", "id,name,body,town") { try plan.writeInspectors($0) }
        var index = EnterpriseIndex()
        try file("enterprises.csv", "id,name,county,town,industry,scale,key_supervised,risk_level,risk_assessed_on,reward_mechanism,platform_registered") {
            index = try plan.writeEnterprises(count: max(plan.counties.count, enterprises), to: $0)
        }
        try file("hazards.csv", "id,enterprise_id,county,found_on,source,grade,description,status,responsible,deadline,rectified_on,closed_on,listed_on,delisted_on,reward_yuan") {
            try plan.writeHazards(count: hazards, enterprises: index, to: $0)
        }
        try file("trainings.csv", "id,county,held_on,kind,audience,mode,sessions,person_times,topic,materials") { try plan.writeTrainings($0) }
        try file("inspections.csv", "id,county,enterprise_id,kind,planned_on,done_on,team,hazards_found,inspectors") {
            try plan.writeInspections(count: max(1, enterprises + enterprises / 2), enterprises: index, to: $0)
        }
        return written
    }
}

/// The enterprises written, by risk colour, for drawing the enterprise of each hazard.
struct EnterpriseIndex {
    struct Entry {
        var id: String
        var name: String
        var county: String
        var town: String
    }
    var byRisk: [RiskLevel: [Entry]] = [:]
    var all: [Entry] = []
}

/// Counties, towns and the draws that depend on them.
struct Layout {
    struct County {
        var code: String
        var name: String
        var prefecture: String
        var towns: [String]
        var zone: String
        var weight: Double
    }

    let counties: [County]
    let seed: UInt64
    let prefectures: [(code: String, name: String)]

    private static let syllables = Array("安平宁泰和丰康乐兴华昌永清河山阳城源江川明德庆福长新盛东西南北金")
    private static let townSuffixes = ["镇", "乡", "街道"]

    init(counties count: Int, seed: UInt64) {
        self.seed = seed
        var random = SplitMix64(seed: seed ^ 0xC0_FFEE)
        let prefectureCount = max(1, (count + 9) / 10)
        let prefectures = (0..<prefectureCount).map { p in
            (code: String(format: "99%02d00", p + 1), name: Self.name(p, offset: 7) + "市")
        }
        self.prefectures = prefectures
        counties = (0..<count).map { c in
            let prefecture = c % prefectureCount
            let code = String(format: "99%02d%02d", prefecture + 1, c / prefectureCount + 1)
            let name = Self.name(c, offset: 0) + ["县", "区", "市"][c % 3]
            let towns = (0..<random.int(8...16)).map { t in Self.name(c * 17 + t, offset: 3) + Self.townSuffixes[t % 3] }
            return County(code: code, name: name, prefecture: prefectures[prefecture].code, towns: towns,
                          zone: name.dropLast() + "经济开发区", weight: 0.4 + Double(random.int(0...120)) / 100)
        }
    }

    /// A unique two- or three-syllable name for `index`.
    private static func name(_ index: Int, offset: Int) -> String {
        let n = syllables.count
        let i = index + offset
        var text = String(syllables[i % n]) + String(syllables[(i / n + i * 7) % n])
        if i >= n * n { text += String(syllables[(i / (n * n)) % n]) }
        return text
    }

    func writeJurisdictions(_ out: CSVRowWriter) throws {
        try out.row(["990000", "模拟省", "province", ""])
        for prefecture in prefectures { try out.row([prefecture.code, prefecture.name, "prefecture", "990000"]) }
        for county in counties {
            try out.row([county.code, county.name, "county", county.prefecture])
            for (t, town) in county.towns.enumerated() {
                try out.row([county.code + String(format: "%03d", t + 1), town, "town", county.code])
            }
            try out.row([county.code + "900", county.zone, "zone", county.code])
        }
    }

    func writeInspectors(_ out: CSVRowWriter) throws {
        var random = SplitMix64(seed: seed ^ 0x1_05EC)
        for (c, county) in counties.enumerated() {
            for p in 0..<12 {
                try out.row([String(format: "G-P-%03d-%02d", c, p), Words.person(&random), county.name + "应急管理局",
                             p < 4 ? "" : random.element(county.towns)])
            }
        }
    }

    func writeEnterprises(count: Int, to out: CSVRowWriter) throws -> EnterpriseIndex {
        var random = SplitMix64(seed: seed ^ 0xE_0000)
        let weights = counties.indices.map { ($0, counties[$0].weight) }
        var index = EnterpriseIndex()
        for e in 0..<count {
            // Every county gets at least one enterprise, then the weights decide.
            let county = counties[e < counties.count ? e : random.pick(weights)]
            let town = random.chance(0.1) ? county.zone : random.element(county.towns)
            let industry = random.pick(Words.industries)
            let risk = random.pick([(RiskLevel.red, 3.0), (.orange, 12), (.yellow, 40), (.blue, 45)])
            let above = random.chance(risk == .red || risk == .orange ? 0.5 : 0.15)
            let id = String(format: "G-E-%07d", e + 1)
            let name = county.name.dropLast() + Words.firm(&random) + industry.suffix + "有限公司"
            let assessed = Generated.day(random.int(0...364))
            try out.row([id, name, county.name, town, industry.name, above ? "above" : "below",
                         (risk == .red || above || random.chance(0.15)) ? "true" : "false", risk.rawValue, assessed.iso,
                         random.chance(0.2) ? "true" : "false", random.chance(0.7) ? "true" : "false"])
            let entry = EnterpriseIndex.Entry(id: id, name: name, county: county.name, town: town)
            index.byRisk[risk, default: []].append(entry)
            index.all.append(entry)
        }
        return index
    }

    func writeHazards(count: Int, enterprises: EnterpriseIndex, to out: CSVRowWriter) throws {
        var random = SplitMix64(seed: seed ^ 0x4A_2A2D)
        let progress = ProgressBar("hazards", total: count)
        let season = Generated.seasonalDays()
        // Red enterprises are inspected, and found wanting, more often than blue ones.
        let buckets = RiskLevel.allCases.compactMap { level in
            enterprises.byRisk[level].map { ($0, [RiskLevel.red: 6.0, .orange: 3, .yellow: 1.2, .blue: 0.6][level]! * Double($0.count)) }
        }
        for h in 0..<count {
            let bucket = random.pick(buckets)
            let enterprise = random.element(bucket)
            let found = season(&random)
            let major = random.chance(bucket.count == enterprises.byRisk[.red]?.count ? 0.12 : 0.025)
            let row = Generated.hazard(id: String(format: "G-H-%08d", h + 1), enterprise: enterprise, found: found,
                                       major: major, random: &random)
            try out.row(row)
            progress.advance()
        }
        progress.finish()
    }

    func writeTrainings(_ out: CSVRowWriter) throws {
        var random = SplitMix64(seed: seed ^ 0x7_2A1)
        var n = 0
        for county in counties {
            for month in 0..<12 {
                for _ in 0..<random.int(4...12) {
                    n += 1
                    let kind = random.pick([(TrainingKind.training, 4.0), (.drill, 3), (.lecture, 3), (.publicity, 1)])
                    let audience = random.pick([(TrainingAudience.principal, 2.0), (.safetyManager, 2), (.specialWorker, 1),
                                                (.worker, 4), (.official, 1), (.public, 1.5), (.student, 0.5)])
                    let sessions = random.int(1...4)
                    let day = Day(year: 2025, month: month + 1, day: random.int(1...28))!
                    try out.row([String(format: "G-T-%07d", n), county.name, day.iso, kind.rawValue, audience.rawValue,
                                 random.chance(0.2) ? "online" : "offline", "\(sessions)", "\(sessions * random.int(20...150))",
                                 random.element(Words.topics), kind == .publicity ? "\(random.int(100...3000))" : "0"])
                }
            }
        }
    }

    func writeInspections(count: Int, enterprises: EnterpriseIndex, to out: CSVRowWriter) throws {
        var random = SplitMix64(seed: seed ^ 0x1_25EC7)
        for i in 0..<count {
            let enterprise = random.element(enterprises.all)
            let planned = Generated.day(random.int(0...364))
            let done = random.chance(0.82) ? planned.adding(days: random.int(0...6)) : nil
            let kind = random.pick([(InspectionKind.routine, 5.0), (.doubleRandom, 2), (.special, 2), (.unannounced, 1), (.supervision, 0.5)])
            try out.row([String(format: "G-I-%08d", i + 1), enterprise.county, enterprise.id, kind.rawValue, planned.iso,
                         done.map { min($0, ProvinceGenerator.lastDay).iso } ?? "", enterprise.county + "执法" + ["一", "二", "三"][i % 3] + "组",
                         done == nil ? "0" : "\(random.int(0...4))", "2"])
        }
    }
}
