import ArgumentParser
import Foundation

/// `safetyboard generate`: a synthetic province in the data contract, for benchmarks.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a deterministic synthetic province (all CSV kinds and the roster) for benchmarks.",
        discussion: "The same seed and sizes give byte-identical files. Records cover 2025; import them with an --as-of on or after 2025-12-31 (or none).")

    @Option(help: "The folder to write into (created if missing).") var out: String
    @Option(help: "County-level jurisdictions.") var counties = 150
    @Option(help: "Enterprises.") var enterprises = 300_000
    @Option(help: "Hazards.") var hazards = 3_000_000
    @Option(help: "Seed of the generator.") var seed: UInt64 = 1

    func validate() throws {
        guard counties >= 1, enterprises >= 1, hazards >= 0 else {
            throw ValidationError("--counties and --enterprises must be at least 1, --hazards at least 0")
        }
    }

    func run() throws {
        let start = Date()
        let written = try ProvinceGenerator(counties: counties, enterprises: enterprises, hazards: hazards, seed: seed).write(to: out)
        for (file, rows) in written.sorted(by: { $0.key < $1.key }) { print("\(file)\t\(rows)") }
        FileHandle.standardError.write(Data("wrote \(out) in \(String(format: "%.1f", Date().timeIntervalSince(start))) s\n".utf8))
    }
}
