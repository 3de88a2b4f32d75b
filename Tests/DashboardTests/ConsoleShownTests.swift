import Dashboard
import Foundation
import SafetyCore
import SafetyStore
import Synchronization
import TerminalUI
import Testing

/// The console tells its feed whether it is on screen, so that the feed can leave this
/// console's own writes made in another view for when it is shown again.
struct ConsoleShownTests {
    /// A feed that only records what it is asked for.
    final class RecordingFeed: LiveFeed {
        let requests = Mutex<[ConsoleRequest]>([])
        func request(_ request: ConsoleRequest) { requests.withLock { $0.append(request) } }
        func take() -> (update: ConsoleUpdate?, failure: ConsoleFeedFailure?) { (nil, nil) }
        func stop() {}
        var last: ConsoleRequest? { requests.withLock { $0.last } }
    }

    @Test(arguments: [("3", false), ("2", false), ("1", true)])
    func theFeedIsToldWhetherTheConsoleIsOnScreen(key: Character, shown: Bool) throws {
        let f = try BoardFixture()
        let feed = RecordingFeed()
        let terminal = TestTerminal(size: Size(width: 140, height: 36))
        let effects = BoardEffects(console: ConsoleEffects(database: f.database, operatorName: "tester", clock: f.clock),
                                   counties: CountiesEffects(database: f.database, language: .en, bulletinFolder: f.folder.path),
                                   triage: TriageEffects(database: f.database, operatorName: "tester", clock: f.clock))
        let app = ConsoleApp(terminal: terminal, feed: feed,
                             options: ConsoleOptions(scope: nil, language: .en, operatorName: "tester", bell: false, pinnedDay: nil),
                             clock: f.clock, effects: effects, runner: EffectRunner(inline: true))
        app.start()
        app.settle()
        #expect(feed.last?.consoleShown == true, "the console opens on screen")
        // Away first, so that "1" comes back to it.
        app.press(.char(key == "1" ? "3" : "1"))
        app.press(.char(key))
        app.settle()
        #expect(feed.last?.consoleShown == shown)
    }
}
