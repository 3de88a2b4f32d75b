import CSV

/// The records of one CSV file: a header and rows, each row with the line it starts on.
///
/// Parsing is CSV.swift's (RFC 4180: quoted commas, quotes and newlines); this type adds what
/// an error message needs — the physical line of each record, counting the line breaks inside
/// quoted fields — and skips blank lines.
struct CSVTable {
    var file: String
    var header: [String]
    var rows: [(line: Int, fields: [String])]

    init(text: String, file: String) throws(ImportIssue) {
        self.file = file
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false)
        } catch {
            throw ImportIssue(file: file, line: 1, column: "", message: "cannot read as CSV: \(error)")
        }
        var line = 1
        var header: [String]?
        var rows: [(line: Int, fields: [String])] = []
        while let fields = reader.next() {
            let start = line
            line += 1 + fields.reduce(0) { $0 + CSVTable.lineBreaks(in: $1) }
            if fields.count == 1 && fields[0].isEmpty { continue }
            if header == nil {
                header = fields.map { $0.trimmingASCIISpaces() }
            } else {
                rows.append((start, fields))
            }
        }
        if let error = reader.error {
            throw ImportIssue(file: file, line: line, column: "", message: "cannot read as CSV: \(error)")
        }
        // An odd number of quote characters means a quoted field runs to the end of the file:
        // CSV.swift accepts that silently, so say it here, at the record where it opened.
        if text.utf8.reduce(0, { $0 + ($1 == UInt8(ascii: "\"") ? 1 : 0) }) % 2 == 1 {
            throw ImportIssue(file: file, line: rows.last?.line ?? 1, column: "",
                              message: "a quoted field that opens in this record is never closed; add the closing quote (\")")
        }
        guard let header else {
            throw ImportIssue(file: file, line: 0, column: "", message: "the file is empty; expected a header row and records")
        }
        self.header = header
        self.rows = rows
    }

    /// Line breaks inside a field: LF, CRLF or a lone CR each count once.
    static func lineBreaks(in field: String) -> Int {
        var count = 0
        var previousCR = false
        for byte in field.utf8 {
            if byte == 0x0A { if !previousCR { count += 1 } } else if byte == 0x0D { count += 1 }
            previousCR = byte == 0x0D
        }
        return count
    }
}

extension String {
    /// Without leading and trailing spaces and tabs (no Foundation needed).
    func trimmingASCIISpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
