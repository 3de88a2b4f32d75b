import StoreTestData
import Foundation

/// Valid CSV files of the data contract for the fixture's jurisdictions, as large as asked,
/// with every status, grade, optional column and summary key in the mix, and quoted fields
/// (commas, doubled quotes, line breaks) now and then. Deterministic.
struct GeneratedRows {
    /// Record separator: "\n", "\r\n" or a lone "\r".
    var newline = "\n"
    /// The line break inside quoted fields (Excel writes "\n" there and "\r\n" between records).
    var fieldNewline = "\n"

    /// (county, town) pairs of `ContractData.jurisdictions`.
    static let places = [("荔城区", "镇海街道"), ("荔城区", "黄石镇"), ("荔城区", "荔城经济开发区"), ("新泰市", "东都镇")]
    static let first = DateComponents(calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC"),
                                      year: 2025, month: 1, day: 1).date!

    static func day(_ offset: Int) -> String {
        let formatter = DateFormatter()
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: first.addingTimeInterval(Double(offset) * 86_400))
    }

    /// The id of generated enterprise `k` and its county.
    static func enterprise(_ k: Int) -> (id: String, county: String) {
        ("G-E-\(k)", places[k % places.count].0)
    }

    func enterprises(_ count: Int) -> String {
        var text = "id,name,county,town,industry,scale,key_supervised,risk_level,risk_assessed_on,reward_mechanism,platform_registered"
        for k in 0..<count {
            let (county, town) = Self.places[k % Self.places.count]
            // Never empty: an enterprise without a risk level breaks the row-by-row load (the
            // county_enterprise_stats trigger adds NULL to its NOT NULL counters).
            let risk = ["red", "orange", "yellow", "blue"][k % 4]
            text += newline + ["G-E-\(k)", k % 9 == 0 ? "\"企业\(k), 分厂\"" : "企业\(k)", county, town, ["纺织", "煤矿", "化工"][k % 3],
                               k % 2 == 0 ? "above" : "below", k % 3 == 0 ? "true" : "false", risk,
                               k % 3 == 1 ? "" : Self.day(k % 100), k % 4 == 0 ? "true" : "false", k % 5 == 0 ? "true" : "false"]
                .joined(separator: ",")
        }
        return text + newline
    }

    /// Hazards of the generated enterprises `0..<enterprises`; rows whose index is in `bad`
    /// get an impossible found_on.
    func hazards(_ count: Int, enterprises: Int, bad: Set<Int> = []) -> String {
        var text = "id,enterprise_id,county,found_on,source,grade,description,status,responsible,deadline,rectified_on,closed_on,listed_on,delisted_on,reward_yuan"
        for i in 0..<count {
            let (enterprise, county) = Self.enterprise(i * 7 % enterprises)
            let found = i * 7 % 150
            let status = ["open", "assigned", "rectifying", "rectified", "closed"][i % 5]
            let major = i % 4 == 0
            let rectified = status == "rectified" || status == "closed"
            let listed = major && i % 8 == 0
            let delisted = listed && status == "closed" && i % 3 == 0
            let description = switch i % 50 {
            case 0: "\"有限空间作业未审批,\(fieldNewline)无监护人\""
            case 1: "\"标识\"\"禁止烟火\"\"缺失\""
            case 2: "\"一行\(fieldNewline)二行\(fieldNewline)三行\""
            default: "隐患描述\(i % 13)"
            }
            text += newline + ["G-H-\(i)", enterprise, county, bad.contains(i) ? "2025-13-01" : Self.day(found),
                               ["self_check", "inspection", "employee_report", "expert"][i % 4], major ? "major" : "general",
                               description, status, status == "open" && i % 2 == 0 ? "" : "单位\(i % 7)",
                               status == "open" && i % 3 != 0 ? "" : Self.day(found + 10 + i % 30),
                               rectified ? Self.day(found + 3) : "", status == "closed" ? Self.day(found + 5) : "",
                               listed ? Self.day(found + 1) : "", delisted ? Self.day(found + 6) : "", "\(i % 3 * 100)"]
                .joined(separator: ",")
        }
        return text + newline
    }

    /// The line hazard `i` of `hazards` starts on (the header is line 1), counting the line
    /// breaks inside its quoted descriptions.
    static func hazardLine(_ i: Int) -> Int {
        2 + i + (0..<i).reduce(0) { lines, j in lines + [0: 1, 2: 2][j % 50, default: 0] }
    }

    func trainings(_ count: Int) -> String {
        var text = "id,county,held_on,kind,audience,mode,sessions,person_times,topic,materials"
        for i in 0..<count {
            text += newline + ["G-T-\(i)", Self.places[i % Self.places.count].0, Self.day(i % 170),
                               ["training", "drill", "lecture", "publicity"][i % 4], ["principal", "worker", "public"][i % 3],
                               i % 2 == 0 ? "offline" : "online", "\(1 + i % 3)", "\(10 + i)", "主题\(i % 5)", "\(i % 5)"]
                .joined(separator: ",")
        }
        return text + newline
    }

    func inspections(_ count: Int, enterprises: Int) -> String {
        var text = "id,county,enterprise_id,kind,planned_on,done_on,team,hazards_found,inspectors"
        for i in 0..<count {
            let (enterprise, county) = Self.enterprise(i * 3 % enterprises)
            let planned = i % 3 != 2, done = i % 3 != 0
            text += newline + ["G-I-\(i)", county, i % 10 == 0 ? "" : enterprise,
                               ["routine", "double_random", "unannounced", "special"][i % 4],
                               planned ? Self.day(i % 200) : "", done ? Self.day(i % 170) : "", "组\(i % 4)",
                               "\(i % 4)", "\(1 + i % 3)"]
                .joined(separator: ",")
        }
        return text + newline
    }
}
