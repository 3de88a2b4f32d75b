import SafetyCore
import Testing

/// The planner over generated populations: every rule kept, teams as the rules say, the same
/// seed giving the same plan, and verification catching any single change.
struct InspectionPlannerTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        (String(repeating: "a", count: 1_000), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"),
    ])
    func sha256MatchesTheStandardVectors(input: String, digest: String) {
        #expect(SHA256.hex(input) == digest)
    }

    /// A county of `size` enterprises in six towns, with a roster of town staff and bureau staff.
    struct County {
        static let towns = ["甲镇", "乙镇", "丙街道", "丁镇", "戊乡", "开发区"]
        var enterprises: [Enterprise] = []
        var roster: [Inspector] = []

        init(size: Int, seed: UInt64) {
            let random = PlanRandom(seed: seed &+ 99)
            for i in 0..<size {
                let risk = [RiskLevel.red, .orange, .yellow, .yellow, .blue, .blue, .blue, .blue][random.below(8, "risk", i)]
                enterprises.append(Enterprise(id: "E\(i)", name: "企业\(i)", county: "模拟县", town: Self.towns[random.below(6, "town", i)],
                                              industry: "制造", scale: random.below(5, "scale", i) == 0 ? .above : .below,
                                              keySupervised: random.below(3, "key", i) == 0, riskLevel: risk, riskAssessedOn: nil))
            }
            for (t, town) in Self.towns.enumerated() {
                roster += (0..<2).map { Inspector(id: "T\(t)-\($0)", name: "镇员\(t)\($0)", body: "镇街安监站", town: town) }
            }
            roster += (0..<5).map { Inspector(id: "B\($0)", name: "局员\($0)", body: "县局执法大队", town: "") }
        }
    }

    static let rules = [
        InspectionRule(id: "sampling", name: "规下 20%/月 半年全覆盖", bodies: ["镇街安监站"], kind: .doubleRandom,
                       population: Population(scale: .below), schedule: .sampledCoverage(share: 0.2, windowMonths: 6)),
        InspectionRule(id: "above", name: "规上每年全覆盖 按季度", bodies: ["县局执法大队"], kind: .routine,
                       population: Population(scale: .above), schedule: .fullCoverage(periodMonths: 12, batches: 4)),
        InspectionRule(id: "spot", name: "抽查 ≥10%/月", bodies: ["县局执法大队"], kind: .supervision,
                       population: Population(scale: .below), schedule: .spotCheck(share: 0.1)),
        InspectionRule(id: "red", name: "红色每月", bodies: ["县局执法大队"], kind: .routine,
                       population: Population(risk: [.red]), schedule: .riskFrequency(months: [.red: 1])),
        InspectionRule(id: "cadence", name: "两月一督查", bodies: ["县局执法大队"], kind: .supervision,
                       population: Population(), schedule: .cadence(everyMonths: 2, task: .supervision)),
    ]

    static let from = Day(iso: "2025-01-01")!, to = Day(iso: "2025-12-31")!

    static func plan(_ county: County, seed: UInt64) -> InspectionPlan {
        InspectionPlanner.plan(county: "模拟县", rules: rules, enterprises: county.enterprises, roster: county.roster,
                               from: from, to: to, seed: seed)
    }

    static let months = (1...12).map { Month(year: 2025, month: $0)! }

    @Test(arguments: [(120, 1), (257, 2), (400, 3), (33, 4), (180, 5)] as [(Int, UInt64)])
    func everyRuleIsKeptOverAGeneratedPopulation(size: Int, seed: UInt64) {
        let county = County(size: size, seed: seed)
        let plan = Self.plan(county, seed: seed)
        let below = county.enterprises.filter { $0.scale == .below }.map(\.id)
        let above = county.enterprises.filter { $0.scale == .above }.map(\.id)
        let red = county.enterprises.filter { $0.riskLevel == .red }.map(\.id)
        func items(_ rule: String, in month: Month? = nil) -> [PlannedInspection] {
            plan.inspections.filter { item in item.rule == rule && (month.map { Month(item.plannedOn) == $0 } ?? true) }
        }
        let wanted = { (share: Double) in Int((share * Double(below.count)).rounded(.up)) }
        for month in Self.months {
            #expect(items("sampling", in: month).count >= min(wanted(0.2), below.count), "\(month): monthly share")
            #expect(items("spot", in: month).count >= wanted(0.1), "\(month): spot checks")
            for id in red { #expect(items("red", in: month).contains { $0.enterpriseId == id }, "\(month): red \(id) visited") }
        }
        for half in [1...6, 7...12] {
            let drawn = Set(items("sampling").filter { half.contains($0.plannedOn.month) }.compactMap(\.enterpriseId))
            #expect(drawn == Set(below), "every below-scale member within the half-year \(half)")
        }
        let yearly = items("above").compactMap(\.enterpriseId)
        #expect(yearly.sorted() == above.sorted(), "every above-scale member exactly once a year")
        let perQuarter = (0..<4).map { q in items("above").filter { ($0.plannedOn.month - 1) / 3 == q }.count }
        #expect((perQuarter.max() ?? 0) - (perQuarter.min() ?? 0) <= 1, "quarterly batches \(perQuarter)")
        #expect(items("cadence").count == 6 && items("cadence").allSatisfy { $0.enterpriseId == nil })
        #expect(plan.inspections.allSatisfy { (Self.from...Self.to).contains($0.plannedOn) })
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func teamsAreTwoOfTheRulesBodiesNeverTheSamePairTwiceRunningAndAwayFromHome(seed: UInt64) {
        let county = County(size: 200, seed: seed)
        let plan = Self.plan(county, seed: seed)
        let inspectors = Dictionary(uniqueKeysWithValues: county.roster.map { ($0.id, $0) })
        let towns = Dictionary(uniqueKeysWithValues: county.enterprises.map { ($0.id, $0.town) })
        for rule in Self.rules {
            let teams = plan.inspections.filter { $0.rule == rule.id }
            for (previous, next) in zip(teams, teams.dropFirst()) {
                #expect(previous.team != next.team, "\(rule.id): \(next.id) repeats the pair of \(previous.id)")
            }
            for item in teams {
                let members = item.team.split(separator: "+").compactMap { inspectors[String($0)] }
                #expect(members.count == 2 && members[0].id != members[1].id)
                #expect(members.allSatisfy { rule.bodies.contains($0.body) })
                if let enterprise = item.enterpriseId {
                    #expect(!members.contains { $0.town == towns[enterprise] }, "\(item.id): an inspector from the enterprise's own town")
                }
            }
        }
    }

    @Test func theSameSeedGivesTheSamePlanAndAnotherSeedAnother() {
        let county = County(size: 150, seed: 9)
        #expect(Self.plan(county, seed: 7) == Self.plan(county, seed: 7))
        let other = Self.plan(county, seed: 8)
        #expect(other.inspections != Self.plan(county, seed: 7).inspections)
        #expect(other.inputsHash == Self.plan(county, seed: 7).inputsHash, "the inputs are the same; only the draws differ")
    }

    @Test func theInputsHashChangesWithAnyInput() {
        let county = County(size: 60, seed: 3)
        let base = Self.plan(county, seed: 1).inputsHash
        var moved = county
        moved.enterprises[0].town = "戊乡" == moved.enterprises[0].town ? "甲镇" : "戊乡"
        #expect(Self.plan(moved, seed: 1).inputsHash != base)
        var renamed = county
        renamed.roster[0].name = "另一人"
        #expect(Self.plan(renamed, seed: 1).inputsHash != base)
    }

    @Test(arguments: 0..<7)
    func verificationNamesAnySingleChangedField(field: Int) {
        let county = County(size: 90, seed: 5)
        let plan = Self.plan(county, seed: 11)
        for index in [0, plan.inspections.count / 2, plan.inspections.count - 1] {
            var altered = plan
            var item = altered.inspections[index]
            switch field {
            case 0: item.id += "X"
            case 1: item.county = "别的县"
            case 2: item.enterpriseId = item.enterpriseId == "E0" ? "E1" : "E0"
            case 3: item.kind = item.kind == "routine" ? "special" : "routine"
            case 4: item.plannedOn = item.plannedOn.adding(days: 1)
            case 5: item.team = "B0+B1" == item.team ? "B2+B3" : "B0+B1"
            default: item.rule = "other"
            }
            altered.inspections[index] = item
            let difference = plan.firstDifference(in: altered)
            #expect(difference?.contains("inspection \(index + 1)") == true, "\(String(describing: difference))")
        }
        #expect(plan.firstDifference(in: plan) == nil)
        var reseeded = plan
        reseeded.seed = 12
        #expect(plan.firstDifference(in: reseeded)?.contains("seed") == true)
        var rehashed = plan
        rehashed.inputsHash = String(repeating: "0", count: 64)
        #expect(plan.firstDifference(in: rehashed)?.contains("inputs_hash") == true)
    }
}
