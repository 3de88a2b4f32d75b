import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The text of an input file: UTF-8 with or without a byte-order mark, or GB18030/GBK as
/// Excel writes "CSV" on Chinese Windows (decoded, and said so).
struct CSVText {
    var text: String
    /// The encoding the file was read as, for the import summary.
    var encoding: String

    init(bytes: [UInt8], file: String) throws(ImportIssue) {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) {
            throw ImportIssue(file: file, line: 0, column: "", message:
                "the file is UTF-16; save it as \"CSV UTF-8\" (Excel: Save As → CSV UTF-8) and import again")
        }
        if let text = String(validating: body, as: UTF8.self) {
            self.text = text
            self.encoding = "UTF-8"
            return
        }
        if let text = CSVText.decodeGB18030(Array(body)) {
            self.text = text
            self.encoding = "GB18030"
            return
        }
        let offset = CSVText.firstInvalidUTF8(body)
        let line = 1 + body.prefix(offset).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        throw ImportIssue(file: file, line: line, column: "", message:
            "not UTF-8 text (byte \(offset)) and not GB18030/GBK either; convert it with `iconv -f GB18030 -t UTF-8` or save it as \"CSV UTF-8\"")
    }

    /// GB18030 (a superset of GBK and GB2312) through glibc's iconv; nil if the bytes are not
    /// valid GB18030 either.
    static func decodeGB18030(_ bytes: [UInt8]) -> String? {
        let converter = iconv_open("UTF-8", "GB18030")
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 2 + 16)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = inBuffer.baseAddress
                var inLeft = inBuffer.count
                var outPointer = outBuffer.baseAddress
                var outLeft = outBuffer.count
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                if result == -1 || inLeft != 0 { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let produced else { return nil }
        return String(validating: output[..<produced].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while case .valid(let scalar) = parser.parseScalar(from: &iterator) { offset += scalar.count }
        return offset
    }
}
