#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The records of one CSV input, parsed a chunk at a time, so that memory stays one chunk
/// (and the longest record) whatever the file's size.
///
/// RFC 4180: a field in double quotes may hold commas, line breaks and doubled quotes; records
/// end at LF, CRLF or a lone CR; a leading UTF-8 byte-order mark is skipped. Besides the
/// fields, it gives what an error message needs: the physical line each record starts on,
/// counting the line breaks inside quoted fields. Blank lines are skipped.
///
/// Hand-written rather than CSV.swift's reader, which builds every field a Unicode scalar at a
/// time: parsing the 3,000,000-row, 452 MB hazards.csv of a generated province into a String
/// per field took 3.3 s here against 25.9 s with CSV.swift 2.5.2 streaming from an
/// InputStream, and 11.9 s (and 900 MB) from one String as the import used it before
/// (release builds, README "Performance").
final class CSVRecordReader {
    let file: String
    /// The line the current record starts on (the header is line 1).
    private(set) var line = 0
    private(set) var fieldCount = 0

    private let source: FileBytes?
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The unparsed bytes are `buffer[start..<end]`.
    private var start = 0
    private var end = 0
    private var sourceDone = false
    private var byteOrderMarkChecked = false
    private var nextLine = 1
    private var fieldStarts: [Int] = []
    private var fieldEnds: [Int] = []
    /// Fields of the current record whose doubled quotes are still to be undone.
    private var quotedFields: [Int] = []

    /// The longest record read, in bytes (whole MB).
    private let maximumRecordBytes: Int

    static let chunkSize = 1 << 20

    /// Streams the file `source` reads, `chunkSize` bytes at a time. A record longer than
    /// `maximumRecordBytes` is refused: the default is far beyond any real one (a description
    /// is a few hundred bytes).
    init(file: String, source: FileBytes, chunkSize: Int = chunkSize, maximumRecordBytes: Int = 64 << 20) {
        self.file = file
        self.source = source
        self.maximumRecordBytes = maximumRecordBytes
        capacity = chunkSize
        buffer = .allocate(capacity: capacity)
    }

    /// Parses bytes already in memory (a file decoded from another encoding).
    init(file: String, bytes: [UInt8]) {
        self.file = file
        source = nil
        maximumRecordBytes = bytes.count
        capacity = max(bytes.count, 1)
        buffer = .allocate(capacity: capacity)
        bytes.withUnsafeBufferPointer { _ = UnsafeMutableBufferPointer(start: buffer, count: capacity).initialize(fromContentsOf: $0) }
        end = bytes.count
        sourceDone = true
    }

    deinit { buffer.deallocate() }

    /// Moves to the next record that is not a blank line; false at the end of the input.
    /// Throws when a quoted field is still open at the end of the input.
    func next() throws(ImportIssue) -> Bool {
        if !byteOrderMarkChecked { try skipByteOrderMark() }
        while true {
            switch try parseRecord() {
            case .needMore:
                try refill()
            case .end:
                return false
            case .record(let consumed, let lineBreaks):
                start = consumed
                line = nextLine
                nextLine += 1 + lineBreaks
                if fieldCount == 1 && fieldStarts[0] == fieldEnds[0] { continue }
                for index in quotedFields { undoDoubledQuotes(index) }
                return true
            }
        }
    }

    /// The bytes of field `index` of the current record, valid until the next call to `next()`.
    func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: buffer + fieldStarts[index], count: fieldEnds[index] - fieldStarts[index])
    }

    /// Field `index` of the current record as text (the input is known to be UTF-8).
    func text(_ index: Int) -> String {
        String(decoding: field(index), as: UTF8.self)
    }

    /// Every field of the current record as text.
    var fields: [String] { (0..<fieldCount).map(text) }

    // MARK: - Parsing

    private enum Outcome {
        case record(consumed: Int, lineBreaks: Int)
        case needMore
        case end
    }

    private static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")

    /// Parses the record at `start`, or says that the buffer ends inside it. Leaves the buffer
    /// as it was, so a record cut by the chunk's end is parsed again whole after `refill()`.
    private func parseRecord() throws(ImportIssue) -> Outcome {
        let end = self.end
        var p = start
        if p == end { return sourceDone ? .end : .needMore }
        fieldStarts.removeAll(keepingCapacity: true)
        fieldEnds.removeAll(keepingCapacity: true)
        quotedFields.removeAll(keepingCapacity: true)
        fieldCount = 0
        var lineBreaks = 0
        while true {
            // `p` is the first byte of a field; the field ends the record when followed by a line break.
            var separator: Int
            if p < end && buffer[p] == Self.quote {
                let contentStart = p + 1
                var q = contentStart
                var hasQuotes = false
                while true {
                    guard let found = memchr(buffer + q, Int32(Self.quote), end - q) else {
                        if !sourceDone { return .needMore }
                        throw ImportIssue(file: file, line: nextLine, column: "",
                                          message: "a quoted field that opens in this record is never closed; add the closing quote (\")")
                    }
                    let closing = buffer.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    lineBreaks += countLineBreaks(q, closing)
                    if closing + 1 == end && !sourceDone { return .needMore }
                    let after = closing + 1 < end ? buffer[closing + 1] : Self.lf
                    if after == Self.quote {
                        hasQuotes = true
                        q = closing + 2
                    } else if after == Self.comma || after == Self.lf || after == Self.cr {
                        addField(contentStart, closing, hasQuotes: hasQuotes)
                        separator = closing + 1
                        break
                    } else {
                        // A quote inside the field that neither ends it nor is doubled: kept as written.
                        hasQuotes = true
                        q = closing + 1
                    }
                }
            } else {
                var q = p
                while q < end {
                    let byte = buffer[q]
                    if byte == Self.comma || byte == Self.lf || byte == Self.cr { break }
                    q += 1
                }
                if q == end && !sourceDone { return .needMore }
                addField(p, q, hasQuotes: false)
                separator = q
            }
            if separator >= end { return .record(consumed: end, lineBreaks: lineBreaks) }
            switch buffer[separator] {
            case Self.comma:
                p = separator + 1
            case Self.cr:
                if separator + 1 == end && !sourceDone { return .needMore }
                let crlf = separator + 1 < end && buffer[separator + 1] == Self.lf
                return .record(consumed: separator + (crlf ? 2 : 1), lineBreaks: lineBreaks)
            default:
                return .record(consumed: separator + 1, lineBreaks: lineBreaks)
            }
        }
    }

    private func addField(_ from: Int, _ to: Int, hasQuotes: Bool) {
        if hasQuotes { quotedFields.append(fieldCount) }
        fieldStarts.append(from)
        fieldEnds.append(to)
        fieldCount += 1
    }

    /// LF, CRLF and a lone CR in `buffer[from..<to]`, each one line break.
    private func countLineBreaks(_ from: Int, _ to: Int) -> Int {
        var count = 0
        var i = from
        while i < to {
            let byte = buffer[i]
            if byte == Self.lf {
                count += 1
            } else if byte == Self.cr {
                count += 1
                if i + 1 < to && buffer[i + 1] == Self.lf { i += 1 }
            }
            i += 1
        }
        return count
    }

    /// `""` becomes `"` (and a stray single quote stays), shifting the field's bytes left in place.
    private func undoDoubledQuotes(_ index: Int) {
        var read = fieldStarts[index], write = read
        let stop = fieldEnds[index]
        while read < stop {
            let byte = buffer[read]
            buffer[write] = byte
            write += 1
            read += byte == Self.quote && read + 1 < stop && buffer[read + 1] == Self.quote ? 2 : 1
        }
        fieldEnds[index] = write
    }

    // MARK: - Reading

    /// Keeps the unparsed bytes, moved to the front, and reads more after them (growing the
    /// buffer when one record is longer than it).
    private func refill() throws(ImportIssue) {
        guard let source, !sourceDone else { sourceDone = true; return }
        if start > 0 {
            memmove(buffer, buffer + start, end - start)
            end -= start
            start = 0
        }
        if end == capacity {
            // Only a record longer than the buffer gets here; without a bound, a quote left
            // open near the top of a large file would pull the whole file into memory.
            guard capacity < maximumRecordBytes else {
                throw ImportIssue(file: file, line: nextLine, column: "", message:
                    "this record runs on for more than \(maximumRecordBytes >> 20) MB: a quoted field that is never closed? add the closing quote (\")")
            }
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            grown.update(from: buffer, count: end)
            buffer.deallocate()
            buffer = grown
            capacity *= 2
        }
        let got = try source.fill(buffer + end, count: capacity - end)
        if got == 0 { sourceDone = true } else { end += got }
    }

    private func skipByteOrderMark() throws(ImportIssue) {
        while end - start < 3 && !sourceDone { try refill() }
        byteOrderMarkChecked = true
        if end - start >= 3 && buffer[start] == 0xEF && buffer[start + 1] == 0xBB && buffer[start + 2] == 0xBF { start += 3 }
    }
}
