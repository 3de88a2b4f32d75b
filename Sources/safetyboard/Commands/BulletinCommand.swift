import ArgumentParser
import Dashboard
import Foundation
import SafetyCore
import SafetyStore
import TerminalUI

/// `safetyboard bulletin --month YYYY-MM`: the monthly bulletin (一月一通报).
struct BulletinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bulletin",
        abstract: "The monthly bulletin: figures per county, ranking, changes, overdue and open major hazards.")

    enum Format: String, ExpressibleByArgument { case md, csv }

    @OptionGroup var global: GlobalOptions
    @Option(help: "The month, YYYY-MM.") var month: String
    @Option(help: "Only this county.") var county: String?
    @Option(help: "md (Markdown) or csv (the ranking table).") var format: Format = .md
    @Option(help: "Write to this file instead of standard output.") var out: String?

    func validate() throws {
        guard Month(iso: month) != nil else { throw ValidationError("--month '\(month)' is not a month — write it as YYYY-MM") }
    }

    func run() throws {
        let database = try DatabaseLocation.open(global)
        if let county { try DatabaseLocation.checkCounty(county, in: database) }
        let bulletin = try MonthlyBulletin.read(database, month: Month(iso: month)!, county: county)
        let language = Language.resolve(global.lang)
        // The head of the audit chain, published: a later rewrite of the trail no longer holds
        // it (`audit verify --head`).
        let head = try database.auditHead()
        let text = format == .md
            ? bulletin.markdown(language) + "\n" + (language == .zh ? "审计链：\(head.count) 条，链头 " : "Audit chain: \(head.count) rows, head ")
                + "`\(head.count):\(head.hash)`\n"
            : bulletin.csv()
        if let out {
            try text.write(toFile: out, atomically: true, encoding: .utf8)
            FileHandle.standardError.write(Data("wrote \(out)\n".utf8))
        } else {
            print(text, terminator: "")
        }
    }
}
