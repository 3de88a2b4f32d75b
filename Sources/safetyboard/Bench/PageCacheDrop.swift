import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `bench --cold`: the database's pages dropped from the operating system's page cache, as on
/// a server that has not read the file since it booted — without root, by
/// `posix_fadvise(POSIX_FADV_DONTNEED)` on the file and its WAL after flushing them (the
/// kernel keeps dirty pages), then checked with `mincore(2)`.
enum PageCacheDrop {
    /// Drops the pages of `path` and of `path-wal`; returns the bytes still resident after.
    static func drop(databaseAt path: String) throws -> Int {
        var resident = 0
        for file in [path, path + "-wal"] where FileManager.default.fileExists(atPath: file) {
            let fd = open(file, O_RDONLY)
            guard fd >= 0 else { throw CommandFailure("cannot open \(file) to drop its pages: \(String(cString: strerror(errno)))") }
            defer { close(fd) }
            fdatasync(fd)
            let result = posix_fadvise(fd, 0, 0, Int32(POSIX_FADV_DONTNEED))
            guard result == 0 else { throw CommandFailure("posix_fadvise on \(file) failed: \(String(cString: strerror(result)))") }
            resident += residentBytes(fd)
        }
        return resident
    }

    /// Bytes of the open file `fd` in the page cache, from `mincore(2)` over a mapping of it.
    private static func residentBytes(_ fd: Int32) -> Int {
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size > 0 else { return 0 }
        let length = Int(info.st_size)
        guard let map = mmap(nil, length, PROT_READ, MAP_SHARED, fd, 0), map != MAP_FAILED else { return 0 }
        defer { munmap(map, length) }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        var vector = [UInt8](repeating: 0, count: (length + page - 1) / page)
        guard mincore(map, length, &vector) == 0 else { return 0 }
        return vector.reduce(0) { $0 + Int($1 & 1) } * page
    }
}
