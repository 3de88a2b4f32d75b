/// The administrative units as a tree, for lookups by code or name and for walking up
/// (ancestors) and down (children, descendants).
///
/// Built from any list, even a broken one, so that a screen can still show what it can;
/// `validate()` says what is wrong. When codes repeat, the first unit with a code wins every
/// lookup. Walks stop at a cycle instead of looping, and units whose parent is missing are
/// treated as roots.
public struct JurisdictionTree: Hashable, Sendable {
    /// Every unit, duplicates included, in the order given.
    public let units: [Jurisdiction]
    private let byCode: [String: Jurisdiction]
    private let childCodes: [String: [String]]

    /// Indexes `units`; never fails (see `validate()`).
    public init(_ units: [Jurisdiction]) {
        self.units = units
        var byCode: [String: Jurisdiction] = [:]
        var childCodes: [String: [String]] = [:]
        for unit in units where byCode[unit.code] == nil {
            byCode[unit.code] = unit
            if let parent = unit.parentCode { childCodes[parent, default: []].append(unit.code) }
        }
        self.byCode = byCode
        self.childCodes = childCodes
    }

    /// The unit with this code (the first, if the code repeats).
    public func unit(code: String) -> Jurisdiction? { byCode[code] }

    /// Every unit with this exact name, in list order. Names can repeat across a province
    /// (many counties have a 城关镇), so this returns all of them.
    public func units(named name: String) -> [Jurisdiction] {
        distinctUnits.filter { $0.name == name }
    }

    /// The highest-level unit with this name (ties: first in the list). This is how a
    /// record's `county` is resolved: a prefecture such as 海西州 acting as a county is found
    /// under its own name, and a town that happens to share the name loses to it.
    public func unit(named name: String) -> Jurisdiction? {
        units(named: name).min { $0.level.depth < $1.level.depth }
    }

    /// The unit a unit belongs to; nil for a root or when the parent is missing.
    public func parent(of code: String) -> Jurisdiction? {
        byCode[code]?.parentCode.flatMap { byCode[$0] }
    }

    /// The units directly under `code`, in list order.
    public func children(of code: String) -> [Jurisdiction] {
        (childCodes[code] ?? []).compactMap { byCode[$0] }
    }

    /// Parent, grandparent, … up to the root, nearest first; stops before repeating a unit.
    public func ancestors(of code: String) -> [Jurisdiction] {
        var result: [Jurisdiction] = []
        var seen: Set<String> = [code]
        var current = parent(of: code)
        while let unit = current, seen.insert(unit.code).inserted {
            result.append(unit)
            current = parent(of: unit.code)
        }
        return result
    }

    /// Every unit below `code`, depth first (a unit before its children, siblings in list
    /// order); never includes `code` itself, even inside a cycle.
    public func descendants(of code: String) -> [Jurisdiction] {
        var result: [Jurisdiction] = []
        var seen: Set<String> = [code]
        func visit(_ parent: String) {
            for child in children(of: parent) where seen.insert(child.code).inserted {
                result.append(child)
                visit(child.code)
            }
        }
        visit(code)
        return result
    }

    /// Units with no parent, or whose parent is missing, in list order.
    public var roots: [Jurisdiction] {
        distinctUnits.filter { $0.parentCode.flatMap { byCode[$0] } == nil }
    }

    /// Units of level county, in list order. A prefecture acting as a county (海西州) is not
    /// among them; callers name it through `unit(named:)`.
    public var counties: [Jurisdiction] { distinctUnits.filter { $0.level == .county } }

    /// Towns (乡/镇/街道) anywhere below `code`.
    public func towns(under code: String) -> [Jurisdiction] {
        descendants(of: code).filter { $0.level == .town }
    }

    /// Functional zones (开发区/园区) anywhere below `code`.
    public func zones(under code: String) -> [Jurisdiction] {
        descendants(of: code).filter { $0.level == .zone }
    }

    /// Every problem, in a stable order: duplicate codes, unknown parents, cycles, then levels.
    public var problems: [JurisdictionTreeError] {
        var result: [JurisdictionTreeError] = []
        var counts: [String: Int] = [:]
        for unit in units { counts[unit.code, default: 0] += 1 }
        var reported = Set<String>()
        for unit in units where counts[unit.code, default: 0] > 1 && reported.insert(unit.code).inserted {
            result.append(.duplicateCode(unit.code))
        }
        for unit in distinctUnits {
            if let parentCode = unit.parentCode, byCode[parentCode] == nil {
                result.append(.unknownParent(code: unit.code, parentCode: parentCode))
            }
        }
        result += cycles.map { .cycle($0) }
        for unit in distinctUnits {
            if let parent = parent(of: unit.code), unit.level.depth <= parent.level.depth {
                result.append(.levelNotBelowParent(
                    code: unit.code, level: unit.level, parentCode: parent.code, parentLevel: parent.level))
            }
        }
        return result
    }

    /// Throws the first of `problems`, for callers that only need to know whether to go on.
    public func validate() throws(JurisdictionTreeError) {
        if let first = problems.first { throw first }
    }

    /// The first unit of each code, in list order.
    private var distinctUnits: [Jurisdiction] {
        var seen = Set<String>()
        return units.filter { seen.insert($0.code).inserted }
    }

    /// Each cycle once, as codes in parent order starting from the smallest code.
    private var cycles: [[String]] {
        var result: [[String]] = []
        var settled = Set<String>()  // units already known to lead to a root or a reported cycle
        for start in distinctUnits where !settled.contains(start.code) {
            var path: [String] = []
            var position: [String: Int] = [:]
            var current: String? = start.code
            while let code = current, !settled.contains(code) {
                if let index = position[code] {
                    let cycle = Array(path[index...])
                    let smallest = cycle.indices.min { cycle[$0] < cycle[$1] }!
                    result.append(Array(cycle[smallest...] + cycle[..<smallest]))
                    break
                }
                position[code] = path.count
                path.append(code)
                current = byCode[code]?.parentCode.flatMap { byCode[$0] == nil ? nil : $0 }
            }
            settled.formUnion(path)
        }
        return result
    }
}
