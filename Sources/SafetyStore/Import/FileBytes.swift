#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file read from start to end a chunk at a time, straight through the file descriptor:
/// the import's memory stays one chunk whatever the file's size.
final class FileBytes {
    let path: String
    private let descriptor: Int32

    /// Opens `path` for reading; the issue says what to check when it cannot be opened.
    init(path: String) throws(ImportIssue) {
        self.path = path
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw ImportIssue(file: path, line: 0, column: "", message: "cannot read the file; check the path and permissions")
        }
    }

    deinit { close(descriptor) }

    /// Reads up to `count` bytes into `buffer`; 0 at the end of the file.
    func fill(_ buffer: UnsafeMutablePointer<UInt8>, count: Int) throws(ImportIssue) -> Int {
        while true {
            let got = read(descriptor, buffer, count)
            if got >= 0 { return got }
            if errno == EINTR { continue }
            let reason = String(cString: strerror(errno))
            throw ImportIssue(file: path, line: 0, column: "", message: "cannot read the file (\(reason)); check the disk and run the import again")
        }
    }

    /// The whole file, for the small files that are decoded rather than streamed.
    func readAll() throws(ImportIssue) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let got = try chunk.withUnsafeMutableBufferPointer { buffer throws(ImportIssue) in
                try fill(buffer.baseAddress!, count: buffer.count)
            }
            if got == 0 { return bytes }
            bytes.append(contentsOf: chunk[..<got])
        }
    }
}
