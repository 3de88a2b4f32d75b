import Foundation
import GRDB
import SafetyCore
@testable import SafetyStore
import Testing

/// The summary tables kept by triggers equal a full recount after any mix of writes: triage
/// actions (allowed or refused), undo, merges, adds and imports.
struct SummaryRecountTests {
    /// A small deterministic generator, so a failing seed can be replayed.
    struct Draw {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func triggersMatchARecountAfterRandomWrites(seed: UInt64) throws {
        let f = try Fixture()
        try f.loadAll()
        let triage = HazardTriage(database: f.database)
        var draw = Draw(state: seed)
        var undoable: [[HazardChange]] = []
        var ids = ["H1", "H2", "H3", "H4"]
        var applied = 0
        let day = Fixture.today
        for step in 0..<60 {
            let id = ids[draw.next(ids.count)]
            let action: HazardAction = switch draw.next(12) {
            case 0: .assign(responsible: "单位\(step)", deadline: day.adding(days: draw.next(30)))
            case 1: .setDeadline(day.adding(days: draw.next(30) - 10))
            case 2: .startRectifying
            case 3: .markRectified(on: day.adding(days: -draw.next(3)), note: "n")
            case 4: .close(on: day)
            case 5: .reopen(reason: "r")
            case 6: .regrade(to: draw.next(2) == 0 ? .major : .general, reason: "r")
            case 7: .list(on: day)
            case 8: .delist(on: day)
            case 9: .markDuplicate(of: ids[draw.next(ids.count)])
            default: .comment("c")
            }
            if let changes = try? triage.apply(action, to: [.id(id)], stamp: Fixture.stamp, today: day) {
                undoable.append(changes)
                applied += 1
            }
            if draw.next(6) == 0, let last = undoable.popLast() {
                _ = try? triage.undo(last, stamp: Fixture.stamp)
            }
            if draw.next(15) == 0 {
                let new = "N\(step)"
                try triage.add(Hazard(id: new, enterpriseId: ["E1", "E2", "E3"][draw.next(3)], county: "荔城区", foundOn: day,
                                      source: .inspection, grade: draw.next(4) == 0 ? .major : .general, description: "新隐患\(step)",
                                      status: .open), stamp: Fixture.stamp, today: day)
                ids.append(new)
            }
            if step == 20 {
                // Writes from outside the app's API: inspections done and re-planned, an
                // enterprise moved, one turned red and another no longer red.
                try f.database.pool.write { db in
                    try db.execute(sql: "UPDATE inspection SET done_on = '2025-06-12' WHERE id = 'I2'")
                    try db.execute(sql: "UPDATE inspection SET done_on = NULL, planned_on = '2025-06-30' WHERE id = 'I1'")
                    try db.execute(sql: "UPDATE enterprise SET town = '荔城经济开发区' WHERE id = 'E1'")
                    try db.execute(sql: "UPDATE enterprise SET risk_level = 'red' WHERE id = 'E2'")
                    try db.execute(sql: "UPDATE enterprise SET risk_level = 'orange' WHERE id = 'E3'")
                }
            }
            if step == 30 {
                let file = try f.write("more.csv", """
                    id,enterprise_id,county,found_on,source,grade,description,status,responsible,deadline,rectified_on,closed_on,listed_on,delisted_on
                    M1,E3,新泰市,2025-06-20,inspection,major,井下避难硐室缺氧,assigned,矿长,2025-07-20,,,,
                    M2,E1,荔城区,2025-06-21,self_check,general,叉车超期未检,closed,设备科,2025-06-25,2025-06-24,2025-06-26,,

                    """)
                _ = try f.importer.importFiles([file])
                ids += ["M1", "M2"]
            }
        }
        #expect(applied >= 10, "the run must actually change hazards (\(applied) actions applied)")
        let kept = try f.database.summaryTableContents()
        // A random run may close or reopen every rectified hazard: that table may end empty.
        for (table, rows) in kept where table != "county_awaiting_verification" {
            #expect(!rows.isEmpty, "\(table) must have rows to compare")
        }
        try f.database.recountSummaries()
        #expect(try f.database.summaryTableContents() == kept)
    }

    @Test func anEnterpriseNotYetAssessedIsImportedRowByRowAndCounted() throws {
        let f = try Fixture()
        try f.loadAll()
        let file = try f.write("unassessed.csv", """
            id,name,county,town,industry,scale,key_supervised,risk_level,risk_assessed_on,reward_mechanism,platform_registered
            E9,荔城区新建纸箱厂,荔城区,黄石镇,纸制品,below,false,,,false,false

            """)
        _ = try f.importer.importFiles([file])
        let total = try f.database.pool.read {
            try Int.fetchOne($0, sql: "SELECT total FROM county_enterprise_stats WHERE county = '荔城区'")
        }
        #expect(total == 3)
        try f.database.pool.write { db in
            try db.execute(sql: "UPDATE enterprise SET risk_level = 'red' WHERE id = 'E9'")
            try db.execute(sql: "UPDATE enterprise SET risk_level = NULL WHERE id = 'E9'")
        }
        let kept = try f.database.summaryTableContents()
        try f.database.recountSummaries()
        #expect(try f.database.summaryTableContents() == kept)
    }

    @Test func anEnterpriseThatMovesTakesItsTownFiguresAlong() throws {
        let f = try Fixture()
        try f.loadAll()
        try f.database.pool.write { db in
            try db.execute(sql: "UPDATE enterprise SET town = '荔城经济开发区' WHERE id = 'E1'")
        }
        let towns = try f.database.townFigures("荔城区", asOf: Fixture.today)
        let zone = try #require(towns.first { $0.town == "荔城经济开发区" })
        #expect(zone.hazards.found == 2 && zone.inspections.all.planned == 1)
        #expect(towns.first { $0.town == "黄石镇" }?.hazards.found == 0)
        let kept = try f.database.summaryTableContents()
        try f.database.recountSummaries()
        #expect(try f.database.summaryTableContents() == kept)
    }
}
