@testable import SafetyStore
import Testing

/// The encoding check the import runs over a file a chunk at a time: a sequence cut by a
/// chunk's end is judged whole, with the next chunk.
@Suite struct UTF8CheckTests {
    private func check(_ bytes: [UInt8], cutAt cuts: [Int]) -> Bool {
        var check = UTF8Check()
        var from = 0
        for cut in cuts + [bytes.count] {
            bytes[from..<cut].withUnsafeBufferPointer { check.feed($0) }
            from = cut
        }
        return check.finish()
    }

    @Test func validTextIsValidWhereverTheChunksEnd() {
        let bytes = Array("id,名称\r\n1,福建省𠮷🚒,é\n".utf8)
        for cut in 0...bytes.count {
            #expect(check(bytes, cutAt: [cut]), "cut at \(cut)")
        }
        #expect(check(bytes, cutAt: Array(1..<bytes.count)), "one byte at a time")
    }

    @Test(arguments: [
        [0xC0, 0x80],              // overlong
        [0xED, 0xA0, 0x80],        // a UTF-16 surrogate
        [0xF5, 0x80, 0x80, 0x80],  // beyond U+10FFFF
        [0x80],                    // a continuation byte alone
        [0xE7, 0xA6],              // cut short at the end of the file
        [0xB8, 0xA3, 0xBD, 0xA8],  // 福建 in GB18030
    ] as [[UInt8]])
    func malformedBytesAreNot(bad: [UInt8]) {
        let bytes = Array("a,b\n".utf8) + bad + (bad == [0xE7, 0xA6] ? [] : Array(",c\n".utf8))
        for cut in 0...bytes.count {
            #expect(!check(bytes, cutAt: [cut]), "cut at \(cut)")
        }
    }
}
