import Foundation
import SafetyCore
public import SafetyStore

/// Runs the console's writes against the store on the effect runner's thread (its reads
/// are the feed's).
public struct ConsoleEffects: Sendable {
    private let database: any Scheduling
    private let operatorName: String
    private let clock: any BoardClock

    public init(database: any Scheduling, operatorName: String, clock: any BoardClock) {
        self.database = database
        self.operatorName = operatorName
        self.clock = clock
    }

    /// The actions `effect` ends in.
    public func run(_ effect: ConsoleEffect) -> [ConsoleAction] {
        guard case let .recordInspection(id, day, hazards, today) = effect else { return [] }
        do {
            try database.recordInspection(id, doneOn: day, hazards: hazards,
                                          stamp: AuditStamp(operatorName: operatorName, at: ISO8601DateFormatter().string(from: clock.now())),
                                          today: today)
            return [.inspectionRecorded(id: id, day: day, hazards: hazards.count)]
        } catch {
            return [.inspectionFailed("\(error)")]
        }
    }
}
