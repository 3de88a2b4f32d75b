import TerminalUI

/// The text an xterm would show after the bytes a program wrote to it, rebuilt from those
/// bytes: how `bench` reads the real console's screen on its pseudo-terminal.
///
/// It follows the control sequences ncurses sends for `xterm-256color` — cursor addressing and
/// motion, erase and repeat, insert and delete of characters and lines, scroll regions, the
/// line-drawing character set — with xterm's deferred wrap at the last column and two cells
/// for a wide character. Colours and attributes are read and dropped: the bench needs text.
struct TerminalReplica {
    let width: Int
    let height: Int
    /// One string per cell; "" is the right half of a wide character.
    private var cells: [[String]]
    private var row = 0
    private var column = 0
    /// xterm's wrap: a character written in the last column leaves the cursor there, and
    /// the next one goes to the start of the next line.
    private var wrapPending = false
    private var scrollTop = 0
    private var scrollBottom: Int
    private var saved = (row: 0, column: 0)
    private var lastPrinted = " "
    /// ESC ( 0: the DEC special graphics set, ncurses' line drawing without UTF-8.
    private var lineDrawing = false
    private var state = ParserState.ground
    private var parameters: [UInt8] = []
    private var pendingUTF8: [UInt8] = []
    private var expectedUTF8 = 0

    private enum ParserState { case ground, escape, charset(designatesG0: Bool), controlSequence, string, stringEscape }

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        scrollBottom = height - 1
        cells = Array(repeating: Array(repeating: " ", count: width), count: height)
    }

    /// The screen's lines, each `width` columns of text (a wide character once).
    var lines: [String] { cells.map { $0.joined() } }

    /// The whole screen, lines joined by newlines.
    var text: String { lines.joined(separator: "\n") }

    /// Applies what the program wrote; a sequence split between two calls is completed by the next.
    mutating func feed<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
        for byte in bytes { feed(byte) }
    }

    private mutating func feed(_ byte: UInt8) {
        switch state {
        case .ground: ground(byte)
        case .escape: escape(byte)
        case .charset(let designatesG0):
            if designatesG0 { lineDrawing = byte == UInt8(ascii: "0") }
            state = .ground
        case .controlSequence:
            if (0x40...0x7E).contains(byte) {
                controlSequence(final: byte)
                parameters.removeAll(keepingCapacity: true)
                state = .ground
            } else {
                parameters.append(byte)
            }
        case .string:
            // OSC, DCS and the like end with BEL or ST (ESC \); their content is not shown.
            if byte == 0x07 { state = .ground } else if byte == 0x1B { state = .stringEscape }
        case .stringEscape:
            state = byte == UInt8(ascii: "\\") ? .ground : .string
        }
    }

    private mutating func ground(_ byte: UInt8) {
        if expectedUTF8 > 0 {
            if byte & 0xC0 == 0x80 {
                pendingUTF8.append(byte)
                if pendingUTF8.count == expectedUTF8 {
                    let text = String(decoding: pendingUTF8, as: UTF8.self)
                    expectedUTF8 = 0
                    pendingUTF8.removeAll(keepingCapacity: true)
                    if let character = text.first { print(character) }
                }
                return
            }
            expectedUTF8 = 0
            pendingUTF8.removeAll(keepingCapacity: true)
        }
        switch byte {
        case 0x1B: state = .escape
        case 0x0D: column = 0; wrapPending = false
        case 0x0A, 0x0B, 0x0C: lineFeed()
        case 0x08: column = max(0, column - 1); wrapPending = false
        case 0x09: column = min(width - 1, (column / 8 + 1) * 8); wrapPending = false
        case 0x00..<0x20, 0x7F: break
        case 0x20..<0x7F:
            let scalar = Unicode.Scalar(byte)
            print(Character(lineDrawing ? Self.lineDrawingGlyph(scalar) : scalar))
        default:
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 0
            if length > 0 {
                expectedUTF8 = length
                pendingUTF8 = [byte]
            }
        }
    }

    private mutating func escape(_ byte: UInt8) {
        state = .ground
        switch byte {
        case UInt8(ascii: "["): state = .controlSequence
        case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "_"), UInt8(ascii: "^"): state = .string
        case UInt8(ascii: "("): state = .charset(designatesG0: true)
        case UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"): state = .charset(designatesG0: false)
        case UInt8(ascii: "7"): saved = (row, column)
        case UInt8(ascii: "8"): (row, column) = saved; wrapPending = false
        case UInt8(ascii: "D"): lineFeed()
        case UInt8(ascii: "E"): column = 0; lineFeed()
        case UInt8(ascii: "M"): reverseIndex()
        case UInt8(ascii: "c"): self = TerminalReplica(width: width, height: height)
        default: break
        }
    }

    private mutating func controlSequence(final: UInt8) {
        let isPrivate = parameters.first.map { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: ">") } ?? false
        let numbers = String(decoding: parameters.filter { (0x30...0x3B).contains($0) }, as: UTF8.self)
            .split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        func value(_ index: Int, default fallback: Int = 1) -> Int {
            guard index < numbers.count, let number = numbers[index], number != 0 else { return fallback }
            return number
        }
        if isPrivate {
            // The alternate screen (smcup) starts blank.
            if final == UInt8(ascii: "h"), numbers.contains(where: { $0 == 1049 || $0 == 1047 || $0 == 47 }) {
                erase(fromRow: 0, column: 0, toRow: height - 1, column: width - 1)
            }
            return
        }
        switch final {
        case UInt8(ascii: "H"), UInt8(ascii: "f"): moveTo(row: value(0) - 1, column: value(1) - 1)
        case UInt8(ascii: "A"): moveTo(row: row - value(0), column: column)
        case UInt8(ascii: "B"), UInt8(ascii: "e"): moveTo(row: row + value(0), column: column)
        case UInt8(ascii: "C"), UInt8(ascii: "a"): moveTo(row: row, column: column + value(0))
        case UInt8(ascii: "D"): moveTo(row: row, column: column - value(0))
        case UInt8(ascii: "E"): moveTo(row: row + value(0), column: 0)
        case UInt8(ascii: "F"): moveTo(row: row - value(0), column: 0)
        case UInt8(ascii: "G"), UInt8(ascii: "`"): moveTo(row: row, column: value(0) - 1)
        case UInt8(ascii: "d"): moveTo(row: value(0) - 1, column: column)
        case UInt8(ascii: "J"):
            switch value(0, default: 0) {
            case 0: erase(fromRow: row, column: column, toRow: height - 1, column: width - 1)
            case 1: erase(fromRow: 0, column: 0, toRow: row, column: column)
            default: erase(fromRow: 0, column: 0, toRow: height - 1, column: width - 1)
            }
        case UInt8(ascii: "K"):
            switch value(0, default: 0) {
            case 0: erase(fromRow: row, column: column, toRow: row, column: width - 1)
            case 1: erase(fromRow: row, column: 0, toRow: row, column: column)
            default: erase(fromRow: row, column: 0, toRow: row, column: width - 1)
            }
        case UInt8(ascii: "X"): erase(fromRow: row, column: column, toRow: row, column: min(width - 1, column + value(0) - 1))
        case UInt8(ascii: "@"):
            let count = min(value(0), width - column)
            cells[row].removeLast(count)
            cells[row].insert(contentsOf: Array(repeating: " ", count: count), at: column)
        case UInt8(ascii: "P"):
            let count = min(value(0), width - column)
            cells[row].removeSubrange(column..<(column + count))
            cells[row].append(contentsOf: Array(repeating: " ", count: count))
        case UInt8(ascii: "L"): if (scrollTop...scrollBottom).contains(row) { scroll(down: value(0), from: row) }
        case UInt8(ascii: "M"): if (scrollTop...scrollBottom).contains(row) { scroll(up: value(0), from: row) }
        case UInt8(ascii: "S"): scroll(up: value(0), from: scrollTop)
        case UInt8(ascii: "T"): scroll(down: value(0), from: scrollTop)
        case UInt8(ascii: "b"):
            let repeated = lastPrinted.first ?? " "
            for _ in 0..<min(value(0), width * height) { print(repeated) }
        case UInt8(ascii: "r"):
            let top = value(0) - 1, bottom = value(1, default: height) - 1
            if top < bottom, bottom < height { (scrollTop, scrollBottom) = (top, bottom) }
            moveTo(row: 0, column: 0)
        case UInt8(ascii: "s"): saved = (row, column)
        case UInt8(ascii: "u"): (row, column) = saved; wrapPending = false
        default: break
        }
        if final != UInt8(ascii: "m") && final != UInt8(ascii: "b") { wrapPending = false }
    }

    private mutating func print(_ character: Character) {
        let characterWidth = DisplayWidth.of(character)
        if characterWidth == 0 {
            // A combining mark joins the character before it.
            let target = max(0, column - (wrapPending ? 0 : 1))
            cells[row][target] += String(character)
            return
        }
        if wrapPending || (characterWidth == 2 && column == width - 1) {
            column = 0
            lineFeed()
        }
        clearHalves(at: column)
        cells[row][column] = String(character)
        if characterWidth == 2, column + 1 < width {
            clearHalves(at: column + 1)
            cells[row][column + 1] = ""
        }
        lastPrinted = String(character)
        column += characterWidth
        if column >= width {
            column = width - 1
            wrapPending = true
        }
    }

    /// Before a cell is overwritten: the other half of a wide character it belongs to is blanked.
    private mutating func clearHalves(at index: Int) {
        if cells[row][index] == "", index > 0 { cells[row][index - 1] = " " }
        if index + 1 < width, cells[row][index + 1] == "" { cells[row][index + 1] = " " }
    }

    private mutating func moveTo(row newRow: Int, column newColumn: Int) {
        row = min(max(0, newRow), height - 1)
        column = min(max(0, newColumn), width - 1)
        wrapPending = false
    }

    private mutating func lineFeed() {
        wrapPending = false
        if row == scrollBottom { scroll(up: 1, from: scrollTop) } else if row < height - 1 { row += 1 }
    }

    private mutating func reverseIndex() {
        wrapPending = false
        if row == scrollTop { scroll(down: 1, from: scrollTop) } else if row > 0 { row -= 1 }
    }

    /// Lines `from`…bottom of the scroll region move up `count`; blank lines come in at the bottom.
    private mutating func scroll(up count: Int, from first: Int) {
        let count = min(count, scrollBottom - first + 1)
        guard count > 0 else { return }
        cells.removeSubrange(first..<(first + count))
        cells.insert(contentsOf: Array(repeating: Array(repeating: " ", count: width), count: count), at: scrollBottom - count + 1)
    }

    /// Lines `from`…bottom of the scroll region move down `count`; blank lines come in at `from`.
    private mutating func scroll(down count: Int, from first: Int) {
        let count = min(count, scrollBottom - first + 1)
        guard count > 0 else { return }
        cells.removeSubrange((scrollBottom - count + 1)...scrollBottom)
        cells.insert(contentsOf: Array(repeating: Array(repeating: " ", count: width), count: count), at: first)
    }

    private mutating func erase(fromRow firstRow: Int, column firstColumn: Int, toRow lastRow: Int, column lastColumn: Int) {
        guard firstRow <= lastRow else { return }
        for line in firstRow...lastRow {
            let start = line == firstRow ? firstColumn : 0
            let end = line == lastRow ? lastColumn : width - 1
            guard start <= end else { continue }
            // Half a wide character left at either edge is blank too.
            if start > 0, cells[line][start] == "" { cells[line][start - 1] = " " }
            if end + 1 < width, cells[line][end + 1] == "" { cells[line][end + 1] = " " }
            for index in start...end { cells[line][index] = " " }
        }
    }

    /// The DEC special graphics glyph for `scalar` (ESC ( 0), or `scalar` itself.
    private static func lineDrawingGlyph(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let glyphs: [Character: Unicode.Scalar] = [
            "j": "┘", "k": "┐", "l": "┌", "m": "└", "n": "┼", "q": "─", "t": "├", "u": "┤", "v": "┴", "w": "┬", "x": "│",
            "a": "▒", "`": "◆", "~": "·", "f": "°", "g": "±", "y": "≤", "z": "≥", "0": "█",
        ]
        return glyphs[Character(scalar)] ?? scalar
    }
}
