import SafetyCore
import TOMLKit

/// `[risk_bands]`: the LEC and risk-matrix grading tables, checked as `RiskBandTable` checks them.
extension ConfigReader {
    mutating func readRiskBands(_ table: TOMLTable) {
        for (key, value) in table {
            let path = ["risk_bands", key]
            guard key == "lec" || key == "matrix" else {
                unknown(path, known: ["lec", "matrix"])
                continue
            }
            guard let list = value.array else {
                fail(path, "is \(kind(value)), not a list — write [ { above = 320, level = \"red\", label = \"极其危险\" }, … ]")
                continue
            }
            var bands: [RiskBand] = []
            var valid = true
            for (index, item) in list.enumerated() {
                if let band = readBand(item, path + [String(index)], number: index + 1) { bands.append(band) } else { valid = false }
            }
            guard valid else { continue }
            do {
                let checked = try RiskBandTable(bands: bands)
                if key == "lec" { settings.riskBands.lec = checked } else { settings.riskBands.riskMatrix = checked }
                note(path)
            } catch {
                fail(path, error.message)
            }
        }
    }

    private mutating func readBand(_ value: any TOMLValueConvertible, _ path: [String], number: Int) -> RiskBand? {
        guard let table = value.table else {
            fail(path, "band \(number) is \(kind(value)) — write { from = 8, below = 15, level = \"yellow\" }")
            return nil
        }
        var lower: RiskBound?
        var upper: RiskBound?
        var level: RiskLevel?
        var label = ""
        var valid = true
        for (key, field) in table {
            let fieldPath = path + [key]
            switch key {
            case "from", "above", "to", "below":
                guard let number = field.double ?? field.int.map(Double.init) else {
                    fail(fieldPath, "\(quoted(field)) is not a number")
                    valid = false
                    continue
                }
                let bound = RiskBound(number, inclusive: key == "from" || key == "to")
                let isLower = key == "from" || key == "above"
                if (isLower ? lower : upper) != nil {
                    fail(fieldPath, "a band has one lower bound (from or above) and one upper bound (to or below)")
                    valid = false
                }
                if isLower { lower = bound } else { upper = bound }
            case "level":
                guard let name = field.string, name == "none" || RiskLevel(configName: name) != nil else {
                    fail(fieldPath, "\(quoted(field)) is not a level — write red, orange, yellow, blue or none")
                    valid = false
                    continue
                }
                level = RiskLevel(configName: name)
            case "label":
                label = string(field, fieldPath) ?? ""
            default:
                unknown(fieldPath, known: ["from", "above", "to", "below", "level", "label"])
                valid = false
            }
        }
        if table["level"] == nil {
            fail(path, "band \(number) has no level — write level = \"red\" (orange, yellow, blue, or none)")
            valid = false
        }
        return valid ? RiskBand(lower: lower, upper: upper, level: level, label: label) : nil
    }
}

extension RiskLevel {
    /// red, orange, yellow, blue as a config file writes them.
    init?(configName: String) {
        switch configName {
        case "red": self = .red
        case "orange": self = .orange
        case "yellow": self = .yellow
        case "blue": self = .blue
        default: return nil
        }
    }
}
