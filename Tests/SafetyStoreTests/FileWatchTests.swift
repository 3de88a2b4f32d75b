import Foundation
@testable import SafetyStore
import Testing

/// The feed's sleep: inotify on a database and its WAL (which may not exist yet, and may be
/// deleted and created again), and the wake-up pipe. Events are queued by the kernel inside
/// the writing call, so "no event" is checked with a zero timeout right after a write.
struct FileWatchTests {
    private func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sb-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    private func append(_ text: String, to url: URL) throws {
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
    }

    @Test func aWriteToTheDatabaseOrAWALCreatedLaterWakesTheWaitAndAnotherFileDoesNot() throws {
        let dir = try folder()
        let database = dir.appendingPathComponent("board.sqlite")
        let wal = dir.appendingPathComponent("board.sqlite-wal")
        try Data("db".utf8).write(to: database)
        let watch = FileWatch(path: database.path)
        try #require(watch.watchesFiles, "inotify is available on the test machine")
        #expect(watch.wait(timeout: .zero) == FileWatch.Wake(), "nothing happened yet")

        try append("more", to: database)
        #expect(watch.wait(timeout: .seconds(5)).filesChanged, "a write to the database file")

        #expect(FileManager.default.createFile(atPath: wal.path, contents: Data("frame".utf8)), "could not write the test file")
        #expect(watch.wait(timeout: .seconds(5)).filesChanged, "the WAL appearing")
        _ = watch.wait(timeout: .zero)
        try append("commit", to: wal)
        #expect(watch.wait(timeout: .seconds(5)).filesChanged, "a write to a WAL created after the watch began")

        try FileManager.default.removeItem(at: wal)
        _ = watch.wait(timeout: .zero)
        #expect(FileManager.default.createFile(atPath: wal.path, contents: Data()), "could not write the test file")
        _ = watch.wait(timeout: .seconds(5))
        try append("commit", to: wal)
        #expect(watch.wait(timeout: .seconds(5)).filesChanged, "a write to a WAL created again")

        #expect(FileManager.default.createFile(atPath: dir.appendingPathComponent("other.csv").path, contents: Data("x".utf8)), "could not write the test file")
        try append("y", to: dir.appendingPathComponent("other.csv"))
        #expect(!watch.wait(timeout: .zero).filesChanged, "another file in the folder is not the database")
    }

    @Test func wakeEndsAWaitWithoutATimeout() throws {
        let dir = try folder()
        let watch = FileWatch(path: dir.appendingPathComponent("board.sqlite").path)
        watch.wake()
        #expect(watch.wait(timeout: nil) == FileWatch.Wake(filesChanged: false, woken: true))
        #expect(watch.wait(timeout: .zero) == FileWatch.Wake(), "one wake-up is taken once")
    }
}
