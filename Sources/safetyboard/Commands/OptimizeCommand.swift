import ArgumentParser
import Foundation
import SafetyStore

/// `safetyboard optimize [--vacuum]`: planner statistics, and optionally a rewrite of the file
/// in consecutive pages, after a bulk import.
struct OptimizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "optimize",
        abstract: "Gather the query planner's statistics (ANALYZE) and, with --vacuum, rewrite the database in order.",
        discussion: """
            Run it after a bulk import of many files (a province's first load, a county's yearly \
            re-import): --vacuum puts each index in consecutive pages, so a console opened on a cold \
            server reads fewer, longer stretches of the disk. VACUUM needs free disk the size of the \
            database and holds the write lock while it runs; consoles keep reading. Changes no record.
            """)

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Also rewrite the database file (VACUUM).") var vacuum = false

    func run() throws {
        let database = try DatabaseLocation.open(global)
        let started = ContinuousClock.now
        let report = try database.optimize(vacuum: vacuum)
        let seconds = (ContinuousClock.now - started).components
        let elapsed = Double(seconds.seconds) + Double(seconds.attoseconds) / 1e18
        print("analyzed \(report.analyzed) tables and indexes" + (report.vacuumed ? ", vacuumed" : ""))
        print(String(format: "size %.1f MB → %.1f MB in %.1f s", Double(report.bytesBefore) / 1e6, Double(report.bytesAfter) / 1e6, elapsed))
    }
}
