import Foundation
import GRDB
import SafetyCore
@testable import SafetyStore

/// A fresh database file in a temporary folder, with a tiny valid data set to import.
struct Fixture {
    let dir: URL
    let database: SafetyDatabase
    static let today = Day(iso: "2025-06-30")!
    static let stamp = AuditStamp(operatorName: "tester", at: "2025-06-30T09:00:00+08:00")

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("sb-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        database = try SafetyDatabase(path: dir.appendingPathComponent("test.sqlite").path)
    }

    /// Writes `text` to a file named `name` in the fixture folder and returns its path.
    func write(_ name: String, _ text: String) throws -> String {
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    var importer: CSVImporter { CSVImporter(database: database, today: Fixture.today, stamp: Fixture.stamp) }

    static let jurisdictions = """
        code,name,level,parent_code
        350000,福建省,province,
        350300,莆田市,prefecture,350000
        350304,荔城区,county,350300
        350304001,镇海街道,town,350304
        350304100,黄石镇,town,350304
        350304900,荔城经济开发区,zone,350304
        370000,山东省,province,
        370900,泰安市,prefecture,370000
        370982,新泰市,county,370900
        370982100,东都镇,town,370982

        """

    static let enterprises = """
        id,name,county,town,industry,scale,key_supervised,risk_level,risk_assessed_on,reward_mechanism,platform_registered
        E1,莆田市恒祥织造有限公司,荔城区,黄石镇,纺织,above,true,orange,2025-03-01,false,true
        E2,"荔城区某鞋业有限公司, 二厂",荔城区,镇海街道,鞋服,below,false,blue,,false,false
        E3,新泰市东都煤矿,新泰市,东都镇,煤矿,above,true,red,2025-01-10,true,false

        """

    static let hazards = """
        id,enterprise_id,county,found_on,source,grade,description,status,responsible,deadline,rectified_on,closed_on,listed_on,delisted_on,reward_yuan
        H1,E1,荔城区,2025-03-02,inspection,general,消防通道堵塞,closed,王工,2025-03-20,2025-03-10,2025-03-15,,,
        H2,E1,荔城区,2025-04-01,self_check,major,"有限空间作业未审批,
        无监护人",rectifying,李主任,2025-05-01,,,2025-04-05,,0
        H3,E2,荔城区,2025-06-01,employee_report,general,电动车室内充电,open,,,,,,,200
        H4,E3,新泰市,2025-02-01,expert,major,瓦斯监测失效,closed,矿长,2025-02-20,2025-02-18,2025-02-25,2025-02-03,2025-03-01,0

        """

    static let trainings = """
        id,county,held_on,kind,audience,mode,sessions,person_times,topic,materials
        T1,荔城区,2025-05-10,training,principal,offline,2,40,主要负责人专题培训,0
        T2,荔城区,2025-06-16,publicity,public,offline,1,500,安全宣传咨询日,1200
        T3,新泰市,2025-03-01,drill,worker,offline,3,90,危化品泄漏演练,

        """

    static let inspections = """
        id,county,enterprise_id,kind,planned_on,done_on,team,hazards_found,inspectors
        I1,荔城区,E1,routine,2025-03-01,2025-03-02,区局一组,1,2
        I2,荔城区,E2,double_random,2025-06-10,,区局二组,0,2
        I3,新泰市,E3,unannounced,,2025-02-01,暗访组,1,5

        """

    /// Imports the whole valid data set, or all of it but the files of the kinds named in `except`.
    func loadAll(except: Set<String> = []) throws {
        let files = [("jurisdictions", Self.jurisdictions), ("enterprises", Self.enterprises),
                     ("hazards", Self.hazards), ("trainings", Self.trainings), ("inspections", Self.inspections)]
        _ = try importer.importFiles(try files.filter { !except.contains($0.0) }.map { try write("\($0.0).csv", $0.1) })
    }

    /// Everything the database holds, for "nothing changed" checks.
    func contents() throws -> [String] {
        try database.pool.read { db in
            var lines: [String] = []
            for table in ["jurisdiction", "enterprise", "hazard", "training", "inspection", "county_fact", "inspector", "audit"] {
                let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? -1
                lines.append("\(table): \(count)")
            }
            return lines
        } + (try database.summaryTableContents()).sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
    }
}
