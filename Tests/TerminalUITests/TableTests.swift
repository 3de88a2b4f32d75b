import Testing
import TerminalUI

struct TableTests {
    private let table = Table(columns: [
        TableColumn("编号", width: .fixed(6)),
        TableColumn("企业名称"),
        TableColumn("风险", width: .fixed(4), alignment: .center),
        TableColumn("隐患数", width: .fixed(6), alignment: .right),
    ])

    private let rows = [
        TableRow(["H001", "荔城区安全生产示范企业有限公司", "红", "12"]),
        TableRow(["H002", "ACME Chemical Co.", "橙", "3"]),
        TableRow(["H10003", "莆田市 Putian 化工", "B", "1024"]),
    ]

    /// The display column where `token` starts in `line`.
    private func column(of token: String, in line: String) -> Int? {
        guard let range = line.firstRange(of: token) else { return nil }
        return DisplayWidth.of(line[..<range.lowerBound])
    }

    @Test func snapshotWithMixedWidthCells() {
        var canvas = Canvas(width: 40, height: 4)
        table.draw(rows: rows, in: canvas.bounds, on: &canvas)
        #expect(canvas.lines() == [
            "编号   企业名称              风险 隐患数",
            "H001   荔城区安全生产示范企…  红      12",
            "H002   ACME Chemical Co.      橙       3",
            "H10003 莆田市 Putian 化工     B     1024",
        ])
    }

    @Test func columnsStartAtTheSameDisplayColumnOnEveryLine() {
        var canvas = Canvas(width: 40, height: 4)
        table.draw(rows: rows, in: canvas.bounds, on: &canvas)
        let lines = canvas.lines()
        let firstColumn = [("编号", 0), ("H001", 1), ("H002", 2), ("H10003", 3)]
        let nameColumn = [("企业名称", 0), ("荔城区", 1), ("ACME", 2), ("莆田市", 3)]
        let countColumnEnds = [("隐患数", 0), ("12", 1), ("3", 2), ("1024", 3)]
        #expect(Set(firstColumn.map { column(of: $0.0, in: lines[$0.1]) }) == [0])
        #expect(Set(nameColumn.map { column(of: $0.0, in: lines[$0.1]) }) == [7])
        let ends = countColumnEnds.map { token, line in column(of: token, in: lines[line]).map { $0 + DisplayWidth.of(token) } }
        #expect(Set(ends) == [40])
        #expect(lines.allSatisfy { DisplayWidth.of($0) == 40 })
        // No glyph straddles a column boundary and every gap is blank.
        let offsets = table.columnOffsets(totalWidth: 40)
        #expect(offsets == [0, 7, 29, 34])
        for y in 0..<4 {
            for offset in offsets {
                #expect(!canvas[offset, y].isContinuation, "row \(y) column \(offset)")
                if offset > 0 { #expect(canvas[offset - 1, y].character == " ", "row \(y) gap before \(offset)") }
            }
        }
    }

    @Test(arguments: [
        (40, [6, 21, 4, 6]),
        (20, [6, 1, 4, 6]),
        (10, [6, 0, 1, 0]),
    ])
    func columnWidths(total: Int, expected: [Int]) {
        #expect(table.columnWidths(totalWidth: total) == expected)
    }

    @Test func drawsOnlyTheRowsThatFit() {
        let many = (1...50).map { TableRow(["H\($0)", "企业\($0)", "蓝", "\($0)"]) }
        var canvas = Canvas(width: 40, height: 4)
        let drawn = table.draw(rows: many, in: canvas.bounds, on: &canvas)
        #expect(drawn == 3)
        #expect(table.visibleRowCount(in: canvas.bounds) == 3)
        #expect(canvas.lines()[3].hasPrefix("H3 "))
    }

    @Test func unusedRowsAreCleared() {
        var canvas = Canvas(width: 40, height: 6)
        canvas.fill(canvas.bounds, with: "x")
        table.draw(rows: rows, in: canvas.bounds, on: &canvas)
        #expect(canvas.lines()[4] == String(repeating: " ", count: 40))
        #expect(canvas.lines()[5] == String(repeating: " ", count: 40))
    }

    @Test func theSelectedRowIsReversedEdgeToEdge() {
        var canvas = Canvas(width: 40, height: 4)
        table.draw(rows: rows, selectedRow: 1, in: canvas.bounds, on: &canvas)
        #expect((0..<40).allSatisfy { canvas[$0, 2].style.attributes.contains(.reverse) })
        #expect((0..<40).allSatisfy { !canvas[$0, 1].style.attributes.contains(.reverse) })
        #expect((0..<40).allSatisfy { !canvas[$0, 3].style.attributes.contains(.reverse) })
    }

    @Test func cellStylesOverrideTheRowStyleUntilTheRowIsSelected() {
        let styled = [TableRow(["H001", "企业", "红", "1"], style: Style(.overdue), cellStyles: [2: Style(.riskRed)])]
        var canvas = Canvas(width: 40, height: 2)
        table.draw(rows: styled, selectedRow: nil, in: canvas.bounds, on: &canvas)
        #expect(canvas[30, 1].style == Style(.riskRed))
        #expect(canvas[0, 1].style == Style(.overdue))
        // Selected, the row is one style edge to edge: moving the selection rewrites two rows
        // without an attribute change per cell.
        table.draw(rows: styled, selectedRow: 0, in: canvas.bounds, on: &canvas)
        #expect((0..<40).allSatisfy { canvas[$0, 1].style == Style(.overdue).reversed })
    }

    @Test func headerCanBeHiddenAndIsStyled() {
        var canvas = Canvas(width: 40, height: 2)
        Table(columns: table.columns, showsHeader: false).draw(rows: rows, in: canvas.bounds, on: &canvas)
        #expect(canvas.lines()[0].hasPrefix("H001"))
        var withHeader = Canvas(width: 40, height: 2)
        table.draw(rows: rows, in: withHeader.bounds, on: &withHeader)
        #expect((0..<40).allSatisfy { withHeader[$0, 0].style == Style(.header) })
    }

    @Test func drawsInsideItsRectangleOnly() {
        var canvas = Canvas(width: 44, height: 6)
        canvas.fill(canvas.bounds, with: ".")
        table.draw(rows: rows, in: Rect(x: 2, y: 1, width: 40, height: 4), on: &canvas)
        let lines = canvas.lines()
        #expect(lines[0] == String(repeating: ".", count: 44))
        #expect(lines[5] == String(repeating: ".", count: 44))
        #expect(lines[1] == "..编号   企业名称              风险 隐患数..")
    }

    @Test func missingCellsAreBlank() {
        var canvas = Canvas(width: 40, height: 2)
        table.draw(rows: [TableRow(["H9"])], in: canvas.bounds, on: &canvas)
        #expect(canvas.lines(trimmingTrailingSpaces: true)[1] == "H9")
    }
}
