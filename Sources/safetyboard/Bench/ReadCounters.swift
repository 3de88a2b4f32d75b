import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// How much a process has read so far, from `/proc/PID/io` and `/proc/PID/stat`: what
/// `bench` reports as the reads a key or the first frame cost.
///
/// `reads` is read calls (`syscr`: SQLite's page reads, but also the key's own bytes from the
/// terminal and the loop's wake-ups, a few per key) plus major page faults (a page of a
/// mapped file or of the program that had to come from storage), so a memory-mapped database
/// cannot hide its reads from the figure.
struct ReadCounters: Equatable {
    var readCalls = 0
    var majorFaults = 0
    /// Bytes the process caused to be fetched from storage (`read_bytes`: 0 when warm).
    var storageBytes = 0

    var reads: Int { readCalls + majorFaults }

    /// The counters of `pid` now, or nil when its `/proc` files cannot be read.
    static func of(_ pid: Int32) -> ReadCounters? {
        guard let io = try? String(contentsOfFile: "/proc/\(pid)/io", encoding: .utf8),
              let fields = ChildProcessUsage.statFields(of: pid) else { return nil }
        var counters = ReadCounters()
        for line in io.split(separator: "\n") {
            let parts = line.split(separator: ":").map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let value = Int(parts[1]) else { continue }
            switch parts[0] {
            case "syscr": counters.readCalls = value
            case "read_bytes": counters.storageBytes = value
            default: break
            }
        }
        // majflt is the 12th field.
        guard fields.count > 9, let majorFaults = Int(fields[9]) else { return nil }
        counters.majorFaults = majorFaults
        return counters
    }

    static func - (after: ReadCounters, before: ReadCounters) -> ReadCounters {
        ReadCounters(readCalls: after.readCalls - before.readCalls, majorFaults: after.majorFaults - before.majorFaults,
                     storageBytes: after.storageBytes - before.storageBytes)
    }
}
