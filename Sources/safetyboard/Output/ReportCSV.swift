import Foundation
import SafetyCore

/// `report --format csv`: one row per county and a last row `total`, with one column per
/// number of the JSON report, named by its key path (`hazards.rectification_rate`).
struct ReportCSV {
    let summaries: [CountySummary]
    let total: CountySummary

    var text: String {
        get throws {
            let rows = try (summaries + [total]).map { summary -> [String: String] in
                let data = try JSONEncoder().encode(SummaryDocument(summary: summary))
                var flat: [String: String] = [:]
                Self.flatten(try JSONSerialization.jsonObject(with: data), path: "", into: &flat)
                flat["county"] = summary.county ?? "total"
                return flat
            }
            let columns = ["county"] + Set(rows.flatMap(\.keys)).subtracting(["county"]).sorted()
            var out = columns.joined(separator: ",") + "\n"
            for row in rows {
                out += columns.map { Self.quoted(row[$0] ?? "") }.joined(separator: ",") + "\n"
            }
            return out
        }
    }

    private static func flatten(_ value: Any, path: String, into flat: inout [String: String]) {
        switch value {
        case let object as [String: Any]:
            for (key, inner) in object { flatten(inner, path: path.isEmpty ? key : "\(path).\(key)", into: &flat) }
        case let number as NSNumber:
            flat[path] = number.stringValue
        case let string as String:
            flat[path] = string
        case is NSNull:
            flat[path] = ""
        default:
            flat[path] = "\(value)"
        }
    }

    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
