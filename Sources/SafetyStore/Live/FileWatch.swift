import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the console feed's thread sleeps on: inotify events on a database file and its WAL,
/// and a wake-up pipe that another thread writes to. One `poll(2)` waits on both, so an idle
/// feed uses no CPU and a request or a commit is seen at once.
///
/// The directory is watched only for a WAL being created or moved in (it does not exist
/// before the first write and is recreated after the last connection deletes it); the files
/// themselves are watched for writes. When inotify cannot be used (no instances left, a
/// filesystem without it) `watchesFiles` is false and only the wake-up pipe and the caller's
/// timeout remain: the caller polls.
final class FileWatch: @unchecked Sendable {
    // `wait` and its bookkeeping run on the feed's thread alone; other threads only call
    // `wake()`, which writes one byte to a pipe.
    /// Why `wait` returned.
    struct Wake: Equatable {
        /// The database file or its WAL was written, created or replaced.
        var filesChanged = false
        /// `wake()` was called.
        var woken = false
    }

    private let names: Set<String>
    private let directory: String
    private let inotify: Int32
    private var directoryWatch: Int32 = -1
    /// Watch descriptor → file name, for the files watched directly.
    private var fileWatches: [Int32: String] = [:]
    private let pipeRead: Int32
    private let pipeWrite: Int32

    /// True when writes to the files wake `wait`; false means the caller must poll.
    var watchesFiles: Bool { inotify >= 0 && directoryWatch >= 0 }

    /// Watches `path` and `path-wal`. Never fails: without inotify it is a wake-up pipe alone.
    init(path: String) {
        let url = URL(fileURLWithPath: path)
        directory = url.deletingLastPathComponent().path
        let base = url.lastPathComponent
        names = [base, base + "-wal"]
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends {
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
                _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            }
        }
        pipeRead = ends[0]
        pipeWrite = ends[1]
        inotify = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard inotify >= 0 else { return }
        directoryWatch = inotify_add_watch(inotify, directory, UInt32(IN_CREATE | IN_MOVED_TO))
        for name in names { watchFile(name) }
    }

    deinit {
        if inotify >= 0 { close(inotify) }
        if pipeRead >= 0 { close(pipeRead) }
        if pipeWrite >= 0 { close(pipeWrite) }
    }

    /// Makes the current or next `wait` return with `woken`. Safe from any thread.
    func wake() {
        var byte: UInt8 = 1
        // A full pipe already holds a wake-up; nothing is lost when this write fails.
        _ = write(pipeWrite, &byte, 1)
    }

    /// Sleeps until a watched file changes, `wake()` is called, or `timeout` passes (nil:
    /// no timeout). Reads every pending event, so a burst of writes is one return.
    func wait(timeout: Duration?) -> Wake {
        var descriptors = [pollfd(fd: pipeRead, events: Int16(POLLIN), revents: 0)]
        if inotify >= 0 { descriptors.append(pollfd(fd: inotify, events: Int16(POLLIN), revents: 0)) }
        let milliseconds = timeout.map { duration -> Int32 in
            let ms = duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
            return Int32(clamping: max(0, ms))
        } ?? -1
        let ready = poll(&descriptors, nfds_t(descriptors.count), milliseconds)
        guard ready > 0 else { return Wake() }
        var wake = Wake()
        if descriptors[0].revents != 0 { wake.woken = drainPipe() }
        if descriptors.count > 1, descriptors[1].revents != 0 { wake.filesChanged = readEvents() }
        return wake
    }

    /// Empties the wake-up pipe; true when it held anything.
    private func drainPipe() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 64)
        var any = false
        while read(pipeRead, &buffer, buffer.count) > 0 { any = true }
        return any
    }

    /// Reads every pending inotify event; true when one concerns a watched file. A file created
    /// or moved in under a watched name (a new WAL) is watched from now on.
    private func readEvents() -> Bool {
        let headerSize = MemoryLayout<inotify_event>.size
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        var changed = false
        while true {
            let count = read(inotify, &buffer, buffer.count)
            guard count > 0 else { break }
            var offset = 0
            while offset + headerSize <= count {
                let (descriptor, mask, nameLength) = buffer.withUnsafeBytes { raw in
                    let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    return (event.wd, event.mask, Int(event.len))
                }
                let nameBytes = buffer[(offset + headerSize)..<min(count, offset + headerSize + nameLength)]
                let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
                offset += headerSize + nameLength
                if descriptor == directoryWatch {
                    if names.contains(name) {
                        watchFile(name)
                        changed = true
                    }
                } else if mask & UInt32(IN_IGNORED) != 0 {
                    // The file was deleted (a WAL after the last connection closed): the
                    // directory watch sees its successor created.
                    fileWatches[descriptor] = nil
                } else if fileWatches[descriptor] != nil {
                    changed = true
                }
            }
        }
        return changed
    }

    /// Watches the file `name` in the directory for writes, if it exists.
    private func watchFile(_ name: String) {
        let path = (directory as NSString).appendingPathComponent(name)
        let descriptor = inotify_add_watch(inotify, path, UInt32(IN_MODIFY | IN_CLOSE_WRITE))
        // inotify returns the same descriptor for the same inode: this is idempotent.
        if descriptor >= 0 { fileWatches[descriptor] = name }
    }
}
