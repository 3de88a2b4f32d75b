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
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "CSV files (UTF-8, with or without BOM; GB18030/GBK is decoded).")
    var files: [String]

    func run() throws {
        let path = DatabaseLocation.path(global)
        let isNew = !FileManager.default.fileExists(atPath: path)
        let database = try DatabaseLocation.open(global, missing: .create)
        let bar = ProgressBar("import", total: 1)
        let options = ImportOptions(today: global.today, stamp: DatabaseLocation.stamp(global),
                                    progress: { done, total in bar.set(done, of: total) })
        do {
            Self.printSummary(try database.importFiles(files, options: options))
            bar.finish()
        } catch {
            // All or nothing, the file included: a rejected import into a new path leaves no database behind.
            if isNew { DatabaseLocation.remove(path) }
            guard let failure = error as? ImportFailure else { throw error }
            FileHandle.standardError.write(Data("\(failure)\n".utf8))
            throw ExitCode(1)
        }
    }

    static func printSummary(_ summary: ImportSummary) {
        for file in summary.files {
            let note = file.encoding == "UTF-8" ? "" : " (decoded from \(file.encoding))"
            print("imported \(file.rows) \(file.kind.rawValue) from \(file.path)\(note)")
        }
    }
}
