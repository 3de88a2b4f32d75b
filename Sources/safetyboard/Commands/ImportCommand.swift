import SafetyCore
import ArgumentParser
import Foundation
import SafetyStore

/// `safetyboard import FILE...`: load CSV files, all or nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Load CSV files of the data contract, all or nothing.",
        discussion: """
            Each file's kind (jurisdictions, enterprises, hazards, trainings, inspections, facts,
            inspectors) is recognised by its header. Any bad row rejects the whole call, with
            file:line: column: what is wrong, and the database is left as it was.
            With --update, a row whose id is stored (enterprise, hazard, inspection) changes
            that record — a hazard only through the lifecycle — audited as `import`.
            """)

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Take rows whose id is stored as changes of those records (an upstream export imported again).")
    var update = false

    @Argument(help: "CSV files (UTF-8, with or without BOM; GB18030/GBK is decoded).")
    var files: [String]

    func run() throws {
        let path = DatabaseLocation.path(global)
        let isNew = !FileManager.default.fileExists(atPath: path)
        let database = try DatabaseLocation.open(global, missing: .create)
        let bar = ProgressBar("import", total: 1)
        let options = ImportOptions(today: global.today, stamp: DatabaseLocation.stamp(global),
                                    progress: { done, total in bar.set(done, of: total) }, update: update)
        do {
            let summary = try database.importFiles(files, options: options)
            Self.printSummary(summary)
            if update { Self.printChanges(summary) }
            bar.finish()
        } catch {
            // All or nothing, the file included: a rejected import into a new path leaves no database behind.
            if isNew { DatabaseLocation.remove(path) }
            guard let failure = error as? ImportFailure else { throw error }
            FileHandle.standardError.write(Data("\(failure)\n".utf8))
            throw ExitCode(1)
        }
    }

    /// "12 new, 3 updated, 2,140 unchanged": what `--update` did over all files.
    static func printChanges(_ summary: ImportSummary) {
        let (added, updated, unchanged) = summary.files.reduce((0, 0, 0)) { ($0.0 + $1.added, $0.1 + $1.updated, $0.2 + $1.unchanged) }
        print("\(added) new, \(updated) updated, \(unchanged) unchanged")
    }

    static func printSummary(_ summary: ImportSummary) {
        for file in summary.files {
            let note = file.encoding == "UTF-8" ? "" : " (decoded from \(file.encoding))"
            print("imported \(file.rows) \(file.kind.rawValue) from \(file.path)\(note)")
        }
    }
}
