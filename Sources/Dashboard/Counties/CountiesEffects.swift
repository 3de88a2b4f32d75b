public import Foundation
import SafetyCore
public import SafetyStore
public import TerminalUI

/// Runs the counties view's effects against the store, on the effect runner's thread: the
/// only place the view's reads and its bulletin file happen.
public struct CountiesEffects: Sendable {
    private let database: any CountiesReading
    /// Where `x` writes the bulletin.
    private let bulletinFolder: String
    private let language: Language

    public init(database: any CountiesReading, language: Language, bulletinFolder: String = FileManager.default.currentDirectoryPath) {
        self.database = database
        self.language = language
        self.bulletinFolder = bulletinFolder
    }

    /// The actions `effect` ends in; failures become `readFailed` / `bulletinFailed`.
    public func run(_ effect: CountiesEffect) -> [CountiesAction] {
        do {
            switch effect {
            case .readCountyNames:
                return [.countyNamesRead(try database.countyNames())]
            case .readCountyPage(let county, let day):
                return [.countyPageRead(county: county, try database.countyPage(county, asOf: day))]
            case .readTownFigures(let county, let day):
                return [.townFiguresRead(county: county, try database.townFigures(county, asOf: day))]
            case .readCountyRanking(let counties, let day):
                return [.rankingRead(try database.countyRanking(counties, asOf: day))]
            case .writeBulletin(let month, let county):
                do {
                    let bulletin = try MonthlyBulletin.read(database, month: month, county: county)
                    let path = (bulletinFolder as NSString).appendingPathComponent(bulletin.fileName(extension: "md"))
                    try bulletin.markdown(language).write(toFile: path, atomically: true, encoding: .utf8)
                    return [.bulletinWritten(month: month, path: path)]
                } catch {
                    return [.bulletinFailed("\(error)")]
                }
            case .show, .quit:
                return []
            }
        } catch {
            return [.readFailed("\(error)")]
        }
    }
}
