import Crypto
import Foundation

/// A file's SHA-256 and size, read a megabyte at a time (a photo or a scanned report may be
/// large; memory does not grow with it).
struct FileDigest: Equatable {
    let sha256: String
    let size: Int64

    /// The digest of the regular file at `path`, or nil when there is none to read.
    static func of(_ path: String) -> FileDigest? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
              let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var hasher = SHA256()
        var size: Int64 = 0
        while true {
            let chunk: Data?
            do { chunk = try handle.read(upToCount: 1 << 20) } catch { return nil }
            // nil or empty: the end of the file.
            guard let chunk, !chunk.isEmpty else { break }
            hasher.update(data: chunk)
            size += Int64(chunk.count)
        }
        let hex = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        return FileDigest(sha256: hex, size: size)
    }
}
