import ArgumentParser
import Foundation
import SafetyCore
import SafetyStore

extension HazardCommand {
    /// `safetyboard hazard attach ID FILE [--note TEXT]`: evidence recorded by path, SHA-256
    /// and size; the file stays where it is.
    struct Attach: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a photo or document as evidence of a hazard: its path, SHA-256 and size (the file is not copied).",
            discussion: "`hazard show` lists attachments and flags a file that has changed or gone since.")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The hazard's id.") var id: String
        @Argument(help: "The file.") var file: String
        @Option(help: "What the file shows; goes to the history.") var note: String?

        func run() throws {
            let database = try DatabaseLocation.open(global)
            let attachment = try HazardCommand.refusalsExit {
                try database.attach(id, file: file, note: note, stamp: DatabaseLocation.stamp(global))
            }
            print("\(id): attached \(attachment.path) (sha256 \(attachment.sha256), \(attachment.size) B)")
        }
    }
}
