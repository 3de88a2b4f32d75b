import Foundation

/// What `bench` measured, as a table or as JSON with the keys of the benchmark contract.
///
/// The top-level figures are the real console's, on a pseudo-terminal; `in_process` holds the
/// same session rendered off screen into a Canvas in this process (no terminal, no feed hop),
/// which helps to tell a slow query from a slow loop.
struct BenchReport {
    /// The console on the pseudo-terminal.
    var terminal = PseudoTerminalBench.Result()
    var quietWindow = 0.0
    /// The session in this process, Canvas only.
    var inProcessFirstFrame: Double = 0
    var inProcessKeys = LatencySample()
    var inProcessByKind: [ScriptedKey.Kind: LatencySample] = [:]
    var inProcessSlowest: [(String, Double)] = []
    var inProcessLiveDetect: Double?
    var bytesPerRowMove = (console: 0, triage: 0)
    /// `sqlite` or `postgresql`: the store `--db` named.
    var backend = "sqlite"
    /// SQLite only: the summary tables against a plain GROUP BY (nil on a server).
    var summaryMilliseconds: Double?
    var plainSQLMilliseconds: Double?
    var importRowsPerSecond: Double?
    var importHazardRowsPerSecond: Double?
    /// The `sqlite3` shell's `.import` of the same hazards.csv into a table indexed like ours.
    var shellImportRowsPerSecond: Double?
    /// The bench process's own peak (the in-process session and any import).
    var benchPeakRSS = 0.0
    var dataset = (enterprises: 0, hazards: 0, counties: 0)
    /// `--cold`: bytes of the database and its WAL still in the page cache after the drop
    /// (nil on a warm run).
    var coldResidentBytes: Int?

    /// The JSON key of a kind's p99.
    static func key(_ kind: ScriptedKey.Kind) -> String {
        switch kind {
        case .hazardMove: "hazard_move_p99_ms"
        case .move: "list_move_p99_ms"
        case .view: "view_switch_p99_ms"
        case .zoom: "zoom_p99_ms"
        case .sort: "triage_sort_p99_ms"
        case .filter: "filter_p99_ms"
        case .search: "search_p99_ms"
        case .triage: "triage_action_p99_ms"
        case .countyFlip: "county_flip_p99_ms"
        case .towns: "towns_p99_ms"
        case .ranking: "ranking_p99_ms"
        }
    }

    private static func slowestFive(_ slowest: [(String, Double)]) -> String {
        slowest.sorted { $0.1 > $1.1 }.prefix(5).map { "\($0.0) \(Int($0.1)) ms" }.joined(separator: "; ")
    }

    private var fields: [(String, Any?)] {
        var fields: [(String, Any?)] = [
            ("backend", backend),
            ("cold", coldResidentBytes != nil),
            ("cold_resident_mb", coldResidentBytes.map { Double($0) / 1_048_576 }),
            ("first_frame_ms", terminal.firstFrame),
            ("first_frame_reads", terminal.firstFrameReads?.reads),
            ("first_frame_storage_mb", terminal.firstFrameReads.map { Double($0.storageBytes) / 1_048_576 }),
            ("start_reads", terminal.startReads?.reads),
            ("keys", terminal.keys.count),
            ("key_p50_ms", terminal.keys.median), ("key_p99_ms", terminal.keys.p99),
            ("reads_per_key_p50", terminal.readsPerKey.median), ("reads_per_key_p99", terminal.readsPerKey.p99),
        ]
        fields += ScriptedKey.Kind.allCases.map { (Self.key($0), terminal.byKind[$0]?.p99) }
        fields += [
            ("keys_without_output", terminal.keysWithoutOutput),
            ("keys_unsettled", terminal.keysUnsettled),
            ("quiet_window_ms", quietWindow),
            ("hazard_selection_moved", terminal.hazardSelectionMoved),
            ("hazard_selection_reached_end", terminal.hazardSelectionReachedEnd),
            ("live_p50_ms", terminal.live.median), ("live_runs", terminal.live.count),
            ("idle_cpu_percent", terminal.idleCPUPercent),
            ("peak_rss_mb", terminal.peakRSS),
            ("console_exit_status", Int(terminal.exitStatus)),
            ("slowest_keys", Self.slowestFive(terminal.slowest)),
            ("import_rows_per_s", importRowsPerSecond),
            ("import_hazards_rows_per_s", importHazardRowsPerSecond),
            ("sqlite3_import_rows_per_s", shellImportRowsPerSecond),
            ("bench_peak_rss_mb", benchPeakRSS),
            ("bytes_per_row_move", bytesPerRowMove.console),
            ("bytes_per_row_move_triage", bytesPerRowMove.triage),
            ("summary_ms", summaryMilliseconds),
            ("plain_sql_summary_ms", plainSQLMilliseconds),
            ("summary_vs_plain_sql_ratio", summaryMilliseconds.flatMap { ours in plainSQLMilliseconds.flatMap { $0 > 0 ? ours / $0 : nil } }),
            ("counties", dataset.counties), ("enterprises", dataset.enterprises), ("hazards", dataset.hazards),
        ]
        return fields
    }

    private var inProcessFields: [(String, Any?)] {
        var fields: [(String, Any?)] = [
            ("first_frame_ms", inProcessFirstFrame),
            ("keys", inProcessKeys.count),
            ("key_p50_ms", inProcessKeys.median), ("key_p99_ms", inProcessKeys.p99),
        ]
        fields += ScriptedKey.Kind.allCases.map { (Self.key($0), inProcessByKind[$0]?.p99) }
        fields += [("live_detect_ms", inProcessLiveDetect), ("slowest_keys", Self.slowestFive(inProcessSlowest))]
        return fields
    }

    func json() throws -> String {
        func object(_ fields: [(String, Any?)]) -> [String: Any] {
            var object: [String: Any] = [:]
            for (key, value) in fields { object[key] = value.map(Self.rounded) ?? NSNull() }
            return object
        }
        var top = object(fields)
        top["in_process"] = object(inProcessFields)
        let data = try JSONSerialization.data(withJSONObject: top, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    func table() -> String {
        func lines(_ fields: [(String, Any?)], indent: String) -> [String] {
            fields.map { key, value in
                let text = value.map { "\(Self.rounded($0))" } ?? "—"
                return indent + key.padding(toLength: 30, withPad: " ", startingAt: 0) + text
            }
        }
        return (["on the pseudo-terminal (the real console):"] + lines(fields, indent: "  ")
                + ["in process (Canvas only, no terminal):"] + lines(inProcessFields, indent: "  ")).joined(separator: "\n")
    }

    private static func rounded(_ value: Any) -> Any {
        guard let number = value as? Double else { return value }
        return (number * 100).rounded() / 100
    }
}
