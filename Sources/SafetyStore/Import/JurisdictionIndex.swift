import SafetyCore

/// What an import checks names against: which counties exist, and which towns lie under each.
struct JurisdictionIndex {
    private var counties: [String: String] = [:]   // name → code
    private var placesUnder: [String: Set<String>] = [:]   // county code → names of units below it
    private var names: Set<String> = []

    /// The index of every stored jurisdiction.
    init(_ all: [Jurisdiction]) {
        var parent: [String: String] = [:]
        for j in all {
            parent[j.code] = j.parentCode
            names.insert(j.name)
            if j.level == .county || j.level == .prefecture { counties[j.name] = j.code }
        }
        let countyCodes = Set(counties.values)
        for j in all {
            var cursor = j.parentCode
            var steps = 0
            while let code = cursor, steps < 16 {
                if countyCodes.contains(code) { placesUnder[code, default: []].insert(j.name) }
                cursor = parent[code]
                steps += 1
            }
        }
    }

    func isCounty(_ name: String) -> Bool { counties[name] != nil }

    func isPlace(_ name: String) -> Bool { names.contains(name) }

    func isPlace(_ name: String, under county: String) -> Bool {
        guard let code = counties[county] else { return false }
        return placesUnder[code]?.contains(name) ?? false
    }
}
