import Foundation

/// What `bench` measured, as a table or as JSON with the keys of the benchmark contract.
struct BenchReport {
    var firstFrame: Double = 0
    var keys = LatencySample()
    var byKind: [ScriptedKey.Kind: LatencySample] = [:]
    var bytesPerRowMove = (console: 0, triage: 0)
    var liveDetect: Double?
    var summaryMilliseconds = 0.0
    var plainSQLMilliseconds = 0.0
    var importRowsPerSecond: Double?
    var importHazardRowsPerSecond: Double?
    /// The `sqlite3` shell's `.import` of the same hazards.csv into a table indexed like ours.
    var shellImportRowsPerSecond: Double?
    var peakRSS = 0.0
    var dataset = (enterprises: 0, hazards: 0, counties: 0)
    /// Every key with its time; the report names the five slowest, to say where to look.
    var slowest: [(String, Double)] = []

    private var slowestFive: String {
        slowest.sorted { $0.1 > $1.1 }.prefix(5).map { "\($0.0) \(Int($0.1)) ms" }.joined(separator: "; ")
    }

    private var fields: [(String, Any?)] {
        [
            ("first_frame_ms", firstFrame),
            ("keys", keys.count),
            ("key_p50_ms", keys.median), ("key_p99_ms", keys.p99),
            ("county_flip_p99_ms", byKind[.countyFlip]?.p99),
            ("filter_p99_ms", byKind[.filter]?.p99),
            ("search_p99_ms", byKind[.search]?.p99),
            ("triage_action_p99_ms", byKind[.triage]?.p99),
            ("live_detect_ms", liveDetect),
            ("import_rows_per_s", importRowsPerSecond),
            ("import_hazards_rows_per_s", importHazardRowsPerSecond),
            ("sqlite3_import_rows_per_s", shellImportRowsPerSecond),
            ("peak_rss_mb", peakRSS),
            ("bytes_per_row_move", bytesPerRowMove.console),
            ("bytes_per_row_move_triage", bytesPerRowMove.triage),
            ("summary_ms", summaryMilliseconds),
            ("plain_sql_summary_ms", plainSQLMilliseconds),
            ("summary_vs_plain_sql_ratio", plainSQLMilliseconds > 0 ? summaryMilliseconds / plainSQLMilliseconds : nil),
            ("counties", dataset.counties), ("enterprises", dataset.enterprises), ("hazards", dataset.hazards),
            ("slowest_keys", slowestFive),
        ]
    }

    func json() throws -> String {
        var object: [String: Any] = [:]
        for (key, value) in fields { object[key] = value.map(Self.rounded) ?? NSNull() }
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    func table() -> String {
        fields.map { key, value in
            let text = value.map { "\(Self.rounded($0))" } ?? "—"
            return key.padding(toLength: 28, withPad: " ", startingAt: 0) + text
        }.joined(separator: "\n")
    }

    private static func rounded(_ value: Any) -> Any {
        guard let number = value as? Double else { return value }
        return (number * 100).rounded() / 100
    }
}
