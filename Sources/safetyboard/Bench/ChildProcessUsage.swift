import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the kernel says a process has used, from `/proc/PID/stat` and `/proc/PID/status`.
enum ChildProcessUsage {
    /// User plus system CPU time in seconds (fields 14 and 15 of `stat`), or nil when unreadable.
    static func cpuSeconds(of pid: Int32) -> Double? {
        // utime and stime are the 14th and 15th fields.
        guard let fields = statFields(of: pid), fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12])
        else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// The fields of `/proc/PID/stat` after "pid (name)": index 0 is the third field (state),
    /// so field N is at index N - 3. The name may hold spaces and parentheses, hence the last ")".
    static func statFields(of pid: Int32) -> [Substring]? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let end = stat.lastIndex(of: ")") else { return nil }
        return stat[stat.index(after: end)...].split(separator: " ")
    }

    /// The peak resident set (VmHWM) in MiB, or nil when unreadable.
    static func peakResidentMegabytes(of pid: Int32) -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first.flatMap({ Double($0) }) else { return nil }
        return kilobytes / 1024
    }
}
