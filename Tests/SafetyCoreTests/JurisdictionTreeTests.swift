import Testing
@testable import SafetyCore

@Suite struct JurisdictionTreeTests {
    static func unit(_ code: String, _ name: String, _ level: JurisdictionLevel, _ parent: String?) -> Jurisdiction {
        Jurisdiction(code: code, name: name, level: level, parentCode: parent)
    }

    /// Two provinces; 海西州 is a prefecture acting as a county; 荔城区 has towns and a zone.
    let tree = JurisdictionTree([
        unit("35", "福建省", .province, nil),
        unit("3503", "莆田市", .prefecture, "35"),
        unit("350304", "荔城区", .county, "3503"),
        unit("350304001", "镇海街道", .town, "350304"),
        unit("350304100", "黄石镇", .town, "350304"),
        unit("350304500", "荔城经济开发区", .zone, "350304"),
        unit("63", "青海省", .province, nil),
        unit("6328", "海西州", .prefecture, "63"),
        unit("632801", "格尔木市", .county, "6328"),
        unit("632801100", "郭勒木德镇", .town, "632801"),
        unit("632802", "德令哈市", .county, "6328"),
        unit("632802100", "尕海镇", .town, "632802"),
        unit("632899", "柴达木循环经济试验区", .zone, "6328"),
        unit("652829", "博湖县", .county, nil),  // its province left out of the file
        unit("652829100", "博湖镇", .town, "652829"),
    ])

    @Test func looksUpByCodeAndName() {
        #expect(tree.unit(code: "350304")?.name == "荔城区")
        #expect(tree.unit(code: "999") == nil)
        #expect(tree.units(named: "海西州").map(\.code) == ["6328"])
        #expect(tree.unit(named: "博湖县")?.code == "652829")
        #expect(tree.unit(named: "不存在") == nil)
    }

    @Test func nameLookupPrefersTheHigherLevel() {
        let t = JurisdictionTree([
            Self.unit("1", "新泰", .town, "2"),
            Self.unit("2", "新泰", .county, nil),
        ])
        #expect(t.units(named: "新泰").map(\.code) == ["1", "2"])
        #expect(t.unit(named: "新泰")?.code == "2")
    }

    @Test func walksUpAndDown() {
        #expect(tree.parent(of: "350304001")?.code == "350304")
        #expect(tree.parent(of: "35") == nil)
        #expect(tree.parent(of: "652829") == nil)
        #expect(tree.children(of: "350304").map(\.code) == ["350304001", "350304100", "350304500"])
        #expect(tree.children(of: "350304001").isEmpty)
        #expect(tree.ancestors(of: "350304100").map(\.code) == ["350304", "3503", "35"])
        #expect(tree.ancestors(of: "63").isEmpty)
        #expect(tree.descendants(of: "6328").map(\.code) == ["632801", "632801100", "632802", "632802100", "632899"])
        #expect(tree.descendants(of: "nowhere").isEmpty)
        #expect(tree.roots.map(\.code) == ["35", "63", "652829"])
    }

    @Test func countiesTownsAndZones() {
        #expect(tree.counties.map(\.name) == ["荔城区", "格尔木市", "德令哈市", "博湖县"])
        #expect(tree.towns(under: "350304").map(\.name) == ["镇海街道", "黄石镇"])
        #expect(tree.zones(under: "350304").map(\.name) == ["荔城经济开发区"])
        // A prefecture acting as a county: towns of its counties, and its own zone.
        #expect(tree.towns(under: "6328").count == 2)
        #expect(tree.zones(under: "6328").map(\.code) == ["632899"])
        #expect(tree.towns(under: "35").count == 2)
    }

    @Test func aValidTreeHasNoProblems() throws {
        #expect(tree.problems.isEmpty)
        try tree.validate()
    }

    @Test(arguments: [
        (JurisdictionLevel.province, 0), (.prefecture, 1), (.county, 2), (.town, 3), (.zone, 3),
    ])
    func levelDepth(level: JurisdictionLevel, depth: Int) {
        #expect(level.depth == depth)
    }

    @Test(arguments: [
        // Child level, parent level, allowed?
        (JurisdictionLevel.prefecture, JurisdictionLevel.province, true),
        (.county, .province, true),  // 省直辖县
        (.county, .prefecture, true),
        (.town, .county, true),
        (.zone, .county, true),
        (.zone, .prefecture, true),
        (.town, .town, false),
        (.zone, .town, false),
        (.town, .zone, false),
        (.county, .county, false),
        (.county, .town, false),
        (.province, .county, false),
        (.prefecture, .prefecture, false),
    ])
    func childMustBeBelowItsParent(child: JurisdictionLevel, parent: JurisdictionLevel, allowed: Bool) {
        let t = JurisdictionTree([Self.unit("P", "上级", parent, nil), Self.unit("C", "下级", child, "P")])
        if allowed {
            #expect(t.problems.isEmpty)
        } else {
            #expect(t.problems == [.levelNotBelowParent(code: "C", level: child, parentCode: "P", parentLevel: parent)])
            #expect(throws: JurisdictionTreeError.levelNotBelowParent(code: "C", level: child, parentCode: "P", parentLevel: parent)) {
                try t.validate()
            }
        }
    }

    @Test func reportsUnknownParents() {
        let t = JurisdictionTree([Self.unit("1", "甲镇", .town, "404")])
        #expect(t.problems == [.unknownParent(code: "1", parentCode: "404")])
        #expect(t.roots.map(\.code) == ["1"])
        #expect(t.problems[0].message == "unit 1 names parent 404, which is not in the list — add that unit or correct parent_code")
    }

    @Test func reportsDuplicateCodesOnceAndKeepsTheFirst() {
        let t = JurisdictionTree([
            Self.unit("1", "甲县", .county, nil),
            Self.unit("1", "乙县", .county, nil),
            Self.unit("1", "丙县", .county, nil),
            Self.unit("2", "某镇", .town, "1"),
        ])
        #expect(t.problems == [.duplicateCode("1")])
        #expect(t.unit(code: "1")?.name == "甲县")
        #expect(t.units(named: "乙县").isEmpty)
        #expect(t.units.count == 4)
        #expect(t.children(of: "1").map(\.code) == ["2"])
    }

    @Test func reportsEachCycleOnceAndWalksStopAtIt() {
        let t = JurisdictionTree([
            Self.unit("C", "丙", .county, "A"),
            Self.unit("A", "甲", .province, "B"),
            Self.unit("B", "乙", .prefecture, "C"),
            Self.unit("T", "镇", .town, "C"),  // hangs off the cycle, is not part of it
            Self.unit("S", "自己", .county, "S"),
        ])
        let cycles = t.problems.filter { if case .cycle = $0 { true } else { false } }
        #expect(cycles == [.cycle(["A", "B", "C"]), .cycle(["S"])])
        #expect(t.ancestors(of: "T").map(\.code) == ["C", "A", "B"])
        #expect(t.ancestors(of: "S").isEmpty)
        #expect(t.descendants(of: "A").map(\.code) == ["C", "B", "T"])  // B before T: list order
        #expect(!t.descendants(of: "S").contains { $0.code == "S" })
        #expect(JurisdictionTreeError.cycle(["A", "B", "C"]).message
            == "units A → B → C → A are each other's parents — break the loop by correcting parent_code")
    }

    @Test func listsEveryProblemInAStableOrder() {
        let t = JurisdictionTree([
            Self.unit("9", "丁镇", .town, "7"),
            Self.unit("7", "丙镇", .town, "8"),
            Self.unit("8", "乙县", .county, "missing"),
            Self.unit("8", "乙县副本", .county, nil),
        ])
        #expect(t.problems == [
            .duplicateCode("8"),
            .unknownParent(code: "8", parentCode: "missing"),
            .levelNotBelowParent(code: "9", level: .town, parentCode: "7", parentLevel: .town),
        ])
        #expect(throws: JurisdictionTreeError.duplicateCode("8")) { try t.validate() }
    }

    @Test func anEmptyTreeIsValid() throws {
        let t = JurisdictionTree([])
        try t.validate()
        #expect(t.roots.isEmpty && t.counties.isEmpty)
    }
}
