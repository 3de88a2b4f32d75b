#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One input file, surveyed before anything is written: how its text is encoded and about
/// how many records it holds.
///
/// The survey reads the file once a chunk at a time, checking that it is UTF-8 and counting
/// line feeds for the progress total. A UTF-8 file is then streamed by `records()`; any other
/// file is decoded whole (GB18030/GBK as Excel writes "CSV" on Chinese Windows — small office
/// exports), or refused with what to do.
struct CSVInput {
    let path: String
    /// UTF-8, or GB18030 when the file was decoded from it.
    let encoding: String
    /// Line feeds in the file: its record count, as far as a progress bar needs it.
    let lineFeeds: Int
    /// The decoded text of a file that is not UTF-8; nil when the file itself is streamed.
    private let decoded: [UInt8]?

    init(path: String) throws(ImportIssue) {
        self.path = path
        let file = try FileBytes(path: path)
        let chunk = UnsafeMutablePointer<UInt8>.allocate(capacity: CSVRecordReader.chunkSize)
        defer { chunk.deallocate() }
        var check = UTF8Check()
        var lineFeeds = 0
        while true {
            let got = try file.fill(chunk, count: CSVRecordReader.chunkSize)
            if got == 0 { break }
            // A byte-order mark is UTF-8 too; UTF-16 is not, and is refused with advice below.
            let bytes = UnsafeBufferPointer(start: chunk, count: got)
            lineFeeds += Self.countLineFeeds(bytes)
            check.feed(bytes)
        }
        if check.finish() {
            encoding = "UTF-8"
            decoded = nil
            self.lineFeeds = lineFeeds
        } else {
            let text = try CSVText(bytes: try FileBytes(path: path).readAll(), file: path)
            encoding = text.encoding
            decoded = Array(text.text.utf8)
            self.lineFeeds = decoded!.withUnsafeBufferPointer(Self.countLineFeeds)
        }
    }

    /// A reader over the file's records, from the first (the header).
    func records() throws(ImportIssue) -> CSVRecordReader {
        if let decoded { return CSVRecordReader(file: path, bytes: decoded) }
        return CSVRecordReader(file: path, source: try FileBytes(path: path))
    }

    private static func countLineFeeds(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard var cursor = UnsafeRawPointer(bytes.baseAddress) else { return 0 }
        let stop = cursor + bytes.count
        var count = 0
        while cursor < stop, let found = memchr(cursor, Int32(UInt8(ascii: "\n")), stop - cursor) {
            count += 1
            cursor = UnsafeRawPointer(found) + 1
        }
        return count
    }
}
