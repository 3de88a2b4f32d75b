import Foundation
import SafetyCore
public import SafetyStore

/// Runs the console's writes, and the reads of its enterprise pages, against the store on
/// the effect runner's thread (its panels' reads are the feed's).
public struct ConsoleEffects: Sendable {
    private let database: any Scheduling & EnterpriseFiles
    private let operatorName: String
    private let clock: any BoardClock

    public init(database: any Scheduling & EnterpriseFiles, operatorName: String, clock: any BoardClock) {
        self.database = database
        self.operatorName = operatorName
        self.clock = clock
    }

    /// The actions `effect` ends in.
    public func run(_ effect: ConsoleEffect) -> [ConsoleAction] {
        switch effect {
        case let .recordInspection(id, day, hazards, today):
            do {
                try database.recordInspection(id, doneOn: day, hazards: hazards,
                                              stamp: AuditStamp(operatorName: operatorName, at: ISO8601DateFormatter().string(from: clock.now())),
                                              today: today)
                return [.inspectionRecorded(id: id, day: day, hazards: hazards.count)]
            } catch {
                return [.inspectionFailed("\(error)")]
            }
        case let .readCountyEnterprises(county, offset, limit):
            do {
                return [.countyEnterprises(.read(try database.enterprises(county: county, offset: offset, limit: limit)))]
            } catch {
                return [.countyEnterprises(.readFailed("\(error)"))]
            }
        case let .readEnterpriseFile(id):
            do {
                return [.enterpriseFile(.read(try database.enterpriseFile(id)))]
            } catch {
                return [.enterpriseFile(.readFailed("\(error)"))]
            }
        case .requestFeed, .ringBell, .show, .quit:
            return []
        }
    }
}
