import SafetyCore
@testable import SafetyStore
import Testing

/// What a live feed reads after a check, for both backends: the rule of ``FeedMemory``.
struct FeedMemoryTests {
    static let today = Day(iso: "2025-06-30")!
    static let console = ConsoleRequest(scope: nil, asOf: today, hazardRows: 10)

    /// The request of a check: the console's, scrolled, of another scope, zoomed on another
    /// county, both scrolled and zoomed, or with another view on screen.
    enum Asked: String, CaseIterable, Sendable {
        case same, scrolled, otherScope, otherBreakdown, scrolledAndOtherBreakdown, offScreen, offScreenScrolled
        var request: ConsoleRequest {
            var request = FeedMemoryTests.console
            switch self {
            case .same: break
            case .scrolled: request.hazardOffset = 10
            case .otherScope: request.scope = "新泰市"
            case .otherBreakdown: request.breakdownCounty = "荔城区"
            case .scrolledAndOtherBreakdown:
                request.hazardOffset = 10
                request.breakdownCounty = "荔城区"
            case .offScreen: request.consoleShown = false
            case .offScreenScrolled:
                request.consoleShown = false
                request.hazardOffset = 10
            }
            return request
        }
    }

    /// (asked, request changed, data changed, changed elsewhere, what is read).
    @Test(arguments: [
        (Asked.same, false, false, false, FeedMemory.Read.nothing),
        (.same, false, true, false, .snapshot),
        (.same, false, true, true, .snapshot),
        (.scrolled, true, false, false, .part(.window)),
        (.scrolled, true, true, false, .snapshot),
        (.otherScope, true, false, false, .snapshot),
        (.otherBreakdown, true, false, false, .part(.breakdown)),
        (.otherBreakdown, true, true, false, .snapshot),
        (.scrolledAndOtherBreakdown, true, false, false, .snapshot),
        (.offScreen, true, false, false, .nothing),
        (.offScreen, false, true, false, .nothing),
        (.offScreen, false, true, true, .snapshot),
        (.offScreenScrolled, true, false, false, .nothing),
    ])
    func aCheckReadsWhatTheConsoleWouldShow(asked: Asked, requestChanged: Bool, dataChanged: Bool, changedElsewhere: Bool,
                                            read: FeedMemory.Read) throws {
        var memory = try Self.memoryAfterAFirstRead()
        #expect(memory.read(for: asked.request, requestChanged: requestChanged, dataChanged: dataChanged,
                            changedElsewhere: changedElsewhere) == read)
    }

    @Test func nothingIsReadBeforeTheFirstSnapshotButTheSnapshot() {
        var memory = FeedMemory()
        #expect(memory.read(for: Self.console, requestChanged: false, dataChanged: false, changedElsewhere: false) == .snapshot)
    }

    /// The first request names no zoom county and is read with the snapshot's own (the
    /// reddest); the console then names that county: the same read, not a new breakdown, so
    /// the window that follows the first frame is read alone.
    @Test(arguments: [
        (nil as String?, 0, FeedMemory.Read.nothing),
        ("荔城区", 0, .nothing),
        ("荔城区", 10, .part(.window)),
        ("新泰市", 0, .part(.breakdown)),
        ("新泰市", 10, .snapshot),
    ])
    func theSnapshotsOwnZoomCountyNamedIsTheSameRead(county: String?, offset: Int, read: FeedMemory.Read) throws {
        var memory = FeedMemory()
        _ = try memory.refresh(Self.console, requestChanged: true, dataChanged: false, changedElsewhere: false,
                               situation: { request, _ in
                                   var snapshot = ConsoleSnapshot(asOf: request.asOf, scope: request.scope)
                                   snapshot.breakdownCounty = "荔城区"
                                   return (snapshot, [])
                               },
                               part: { _, _, kept in kept })
        var request = Self.console
        request.breakdownCounty = county
        request.hazardOffset = offset
        #expect(memory.read(for: request, requestChanged: true, dataChanged: false, changedElsewhere: false) == read)
    }

    /// This console's own writes made off screen are read when it is shown again, as a change.
    @Test func ownWritesOffScreenAreReadWhenTheConsoleIsShownAgain() throws {
        var memory = try Self.memoryAfterAFirstRead()
        var away = Self.console
        away.consoleShown = false
        #expect(try Self.refresh(&memory, away, requestChanged: true) == nil, "switching away reads nothing")
        #expect(try Self.refresh(&memory, away, dataChanged: true) == nil, "a triage write waits")
        #expect(memory.ownChangesUnread)
        let back = try #require(try Self.refresh(&memory, Self.console, requestChanged: true))
        #expect(back.dataChanged, "the header shows that the data changed")
        #expect(!memory.ownChangesUnread)
        #expect(try Self.refresh(&memory, away, requestChanged: true) == nil)
        #expect(try Self.refresh(&memory, Self.console, requestChanged: true) == nil, "back again with nothing new: nothing to read")
    }

    private static func memoryAfterAFirstRead() throws -> FeedMemory {
        var memory = FeedMemory()
        _ = try refresh(&memory, console)
        return memory
    }

    /// The update a refresh leaves, with reads that return an empty snapshot of the request.
    private static func refresh(_ memory: inout FeedMemory, _ request: ConsoleRequest, requestChanged: Bool = false,
                                dataChanged: Bool = false, changedElsewhere: Bool = false) throws -> ConsoleUpdate? {
        try memory.refresh(request, requestChanged: requestChanged, dataChanged: dataChanged, changedElsewhere: changedElsewhere,
                           situation: { request, _ in (ConsoleSnapshot(asOf: request.asOf, scope: request.scope), []) },
                           part: { _, _, kept in kept })
    }
}
