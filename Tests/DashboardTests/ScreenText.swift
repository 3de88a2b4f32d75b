import TerminalUI

/// A canvas read back as a test sees a terminal: text lines and the attributes a monochrome
/// terminal would draw, column by column.
enum ScreenText {
    /// One string per row; the right half of a wide character is skipped, so a row of a
    /// correctly drawn canvas is exactly `canvas.width` display columns wide.
    static func lines(_ canvas: Canvas) -> [String] {
        (0..<canvas.height).map { y in
            var line = ""
            for x in 0..<canvas.width where !canvas[x, y].isContinuation {
                line.append(canvas[x, y].character)
            }
            return line
        }
    }

    /// One string per row with one character per column: the attributes the monochrome
    /// palette gives the cell, as a hex digit of bold 1, reverse 2, underline 4, dim 8, or "."
    /// for none. The right half of a wide character repeats its left half.
    static func monochrome(_ canvas: Canvas) -> [String] {
        let palette = Palette(support: .monochrome)
        return (0..<canvas.height).map { y in
            var mask = ""
            for x in 0..<canvas.width {
                let cell = canvas[x, y].isContinuation && x > 0 ? canvas[x - 1, y] : canvas[x, y]
                let bits = palette.resolve(cell.style).attributes.rawValue
                mask.append(bits == 0 ? "." : Character(String(bits, radix: 16)))
            }
            return mask
        }
    }

    /// The columns where `text` starts on row `y`, counted in display columns.
    static func columns(of text: String, inRow y: Int, of canvas: Canvas) -> [Int] {
        var starts: [Int] = []
        let target = Array(text)
        var cells: [(x: Int, character: Character)] = []
        for x in 0..<canvas.width where !canvas[x, y].isContinuation {
            cells.append((x, canvas[x, y].character))
        }
        guard target.count <= cells.count else { return [] }
        for start in 0...(cells.count - target.count) where cells[start..<(start + target.count)].map(\.character) == target {
            starts.append(cells[start].x)
        }
        return starts
    }
}
