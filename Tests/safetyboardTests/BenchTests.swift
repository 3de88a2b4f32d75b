import Foundation
import SafetyStore
import Testing

/// `safetyboard bench` on a small generated province: it drives the real console on a
/// pseudo-terminal through every view, reports every figure, and the console keys really move
/// the hazard queue's selection (read off the console's screen by the bench). No timing is
/// asserted: only that each figure is there and is a number.
@Suite(.serialized) struct BenchTests {
    /// Where the bench runs: a SQLite file warm, and `--cold` (the file's pages dropped from the
    /// OS cache first, which must report the same figures plus how much of the file was left in
    /// the cache), and a database on the PostgreSQL test server (no read counts: the pages
    /// read are the server's).
    enum Run: String, CaseIterable { case sqlite, sqliteCold, postgreSQL }

    @Test(arguments: Run.allCases)
    func benchDrivesTheConsoleOnAPseudoTerminalAndReportsEveryFigure(_ run: Run) throws {
        let cold = run == .sqliteCold
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sb-bench-\(UUID().uuidString)")
        let generated = try Binary.run(["generate", "--out", folder.path, "--counties", "3", "--enterprises", "300",
                                        "--hazards", "3000", "--seed", "1"])
        try #require(generated.status == 0, "\(generated.stderr)")
        let serverDatabase = run == .postgreSQL ? try TestServerDatabase(prefix: "sb_bench_") : nil
        defer { serverDatabase?.drop() }
        let db = try serverDatabase?.location.description ?? Binary.temporaryDatabase()
        let files = ["jurisdictions", "inspectors", "enterprises", "hazards", "trainings", "inspections"]
            .map { folder.appendingPathComponent("\($0).csv").path }
        let imported = try Binary.run(["import"] + files + ["--db", db, "--as-of", "2026-01-05"])
        try #require(imported.status == 0, "\(imported.stderr)")

        let bench = try Binary.run(["bench", "--db", db, "--as-of", "2026-01-05", "--format", "json",
                                    "--keys", "1", "--live-runs", "2", "--idle-seconds", "1"] + (cold ? ["--cold"] : []))
        try #require(bench.status == 0, "bench failed: \(bench.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(bench.stdout.utf8)) as? [String: Any],
                                  "not one JSON object: \(bench.stdout)")

        let figures = ["first_frame_ms", "key_p50_ms", "key_p99_ms", "hazard_move_p99_ms", "zoom_p99_ms", "view_switch_p99_ms",
                       "triage_sort_p99_ms", "filter_p99_ms", "search_p99_ms", "triage_action_p99_ms", "county_flip_p99_ms",
                       "towns_p99_ms", "ranking_p99_ms", "live_p50_ms", "idle_cpu_percent", "peak_rss_mb"]
        for figure in figures {
            let value = report[figure] as? Double
            #expect(value.map { $0.isFinite && $0 >= 0 } == true, "\(figure) is \(String(describing: report[figure]))")
        }
        for count in ["first_frame_reads", "start_reads", "reads_per_key_p50", "reads_per_key_p99"] {
            let value = (report[count] as? NSNumber)?.doubleValue
            if run == .postgreSQL {
                #expect(report[count] is NSNull, "\(count) on a server is \(String(describing: report[count]))")
            } else {
                #expect(value.map { $0.isFinite && $0 >= 0 } == true, "\(count) is \(String(describing: report[count]))")
            }
        }
        if run != .postgreSQL {
            #expect(((report["first_frame_reads"] as? NSNumber)?.intValue ?? 0) > 0, "the console read nothing before its first frame")
            #expect(((report["start_reads"] as? NSNumber)?.intValue ?? 0) >= ((report["first_frame_reads"] as? NSNumber)?.intValue ?? 0),
                    "the reads until the console is quiet include the first frame's")
        }
        #expect(report["backend"] as? String == (run == .postgreSQL ? "postgresql" : "sqlite"))
        #expect(report["cold"] as? Bool == cold)
        #expect((report["cold_resident_mb"] as? NSNumber != nil) == cold)
        #expect(report["hazard_selection_moved"] as? Bool == true, "j on the hazard panel did not move its selection")
        #expect(report["hazard_selection_reached_end"] as? Bool == true, "G on the hazard panel did not reach the last row")
        #expect(report["live_runs"] as? Int == 2)
        #expect(report["console_exit_status"] as? Int == 0, "the console did not quit cleanly on q")
        let keys = (report["keys"] as? Int ?? 0) + (report["keys_without_output"] as? Int ?? 0)
        #expect(keys >= 80, "one round of the session is over 80 keys: \(keys)")
        #expect(report["counties"] as? Int == 3)
        #expect(report["enterprises"] as? Int == 300)
        #expect(report["hazards"] as? Int == 3000 + 2 * 2, "the province's hazards and one per live run, on the terminal and in process")
        let inProcess = try #require(report["in_process"] as? [String: Any])
        #expect((inProcess["key_p99_ms"] as? Double)?.isFinite == true)
    }

    /// What bench cannot do on a server it refuses by name, before it starts anything.
    @Test(arguments: [["--cold"], ["--sql-trace", "/tmp/sb-never-written.txt"], ["--import", "/tmp"]])
    func benchOnAServerRefusesWhatOnlyAFileHas(_ option: [String]) throws {
        let refused = try Binary.run(["bench", "--db", "postgresql://nobody@127.0.0.1:1/none"] + option)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("bench \(option[0])") && refused.stderr.contains("SQLite file only"), "\(refused.stderr)")
    }
}
