import Dispatch
import Foundation
import Logging
import PostgresNIO

/// The synchronous door to PostgresNIO's async `PostgresClient`: the store protocols are
/// synchronous `throws` (the console calls them off its input thread, the command line from
/// `main`), so each call blocks its calling thread on a semaphore while the async work runs.
///
/// Why it cannot deadlock: the async work never runs on the thread that waits. Every task the
/// bridge starts — the pool's `run()` and each call — prefers `PostgresTaskExecutor`, which runs
/// jobs on a Dispatch queue of its own, not on Swift's cooperative pool (a caller may itself be
/// one of those few threads, e.g. a Swift Testing test: blocking them all while the work waits
/// for one of them would hang) and not on a NIO event loop (whose thread the I/O needs).
/// Calling the bridge *from* a NIO event-loop thread would block the I/O it waits for, so it
/// is refused with a precondition.
final class PostgresBridge: Sendable {
    let client: PostgresClient
    let executor: PostgresTaskExecutor
    private let running: Task<Void, Never>
    /// PostgresNIO logs nothing unless told; a disabled logger keeps the console's screen clean.
    static let logger = Logger(label: "safetyboard.postgresql", factory: { _ in SwiftLogNoOpLogHandler() })

    init(configuration: PostgresClient.Configuration) {
        let client = PostgresClient(configuration: configuration, backgroundLogger: Self.logger)
        let executor = PostgresTaskExecutor()
        self.client = client
        self.executor = executor
        running = Task(executorPreference: executor) { await client.run() }
    }

    deinit {
        running.cancel()
    }

    /// Runs `body` with the client and waits for its result on the calling thread.
    func run<Result: Sendable>(_ body: @escaping @Sendable (PostgresClient) async throws -> Result) throws -> Result {
        try start(body).wait().get()
    }

    /// Starts `body` with the client and returns at once; its result is the outcome's, to be
    /// waited for once (on any thread but a NIO event loop's).
    func start<Result: Sendable>(_ body: @escaping @Sendable (PostgresClient) async throws -> Result) -> Outcome<Result> {
        precondition(MultiThreadedEventLoopGroup.currentEventLoop == nil,
                     "the PostgreSQL store's synchronous calls must not run on a NIO event loop: they would block the I/O they wait for")
        let outcome = Outcome<Result>()
        let client = client
        Task(executorPreference: executor) {
            do { outcome.set(.success(try await body(client))) } catch { outcome.set(.failure(error)) }
        }
        return outcome
    }

    /// Runs `body` with one connection leased from the pool for its whole duration, so that a
    /// transaction's statements (BEGIN … COMMIT) all go to the same server session. `body` is
    /// synchronous: each statement it runs on the session is one bridged call.
    func withSession<Result>(_ body: (PostgresSession) throws -> Result) throws -> Result {
        let lease = Lease()
        let client = client
        let leasing = Task(executorPreference: executor) {
            do {
                try await client.withConnection { connection in
                    lease.hand(.success(connection))
                    await lease.waitForReturn()
                }
            } catch {
                lease.hand(.failure(error))
            }
        }
        let connection: PostgresConnection
        do {
            connection = try lease.take().get()
        } catch {
            throw PostgresFailure(error)
        }
        defer {
            lease.giveBack()
            // The connection is back in the pool once the leasing task ends.
            _ = leasing
        }
        return try body(PostgresSession(connection: connection, bridge: self))
    }

    /// Shuts the pool down (the store is done).
    func close() {
        running.cancel()
    }
}

/// A result left by one thread for another to wait for (once).
final class Outcome<Value>: @unchecked Sendable {
    private let semaphore = DispatchSemaphore(value: 0)
    private var value: Swift.Result<Value, any Error>?

    func set(_ result: Swift.Result<Value, any Error>) {
        value = result
        semaphore.signal()
    }

    func wait() -> Swift.Result<Value, any Error> {
        semaphore.wait()
        return value!
    }
}

/// A connection lent by the pool to a synchronous caller until it gives it back.
private final class Lease: @unchecked Sendable {
    private let handed = Outcome<PostgresConnection>()
    private let lock = NSLock()
    private var returned = false
    private var waiter: CheckedContinuation<Void, Never>?

    func hand(_ result: Swift.Result<PostgresConnection, any Error>) { handed.set(result) }
    func take() -> Swift.Result<PostgresConnection, any Error> { handed.wait() }

    func waitForReturn() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            lock.lock()
            if returned {
                lock.unlock()
                continuation.resume()
            } else {
                waiter = continuation
                lock.unlock()
            }
        }
    }

    func giveBack() {
        lock.lock()
        returned = true
        let waiter = waiter
        self.waiter = nil
        lock.unlock()
        waiter?.resume()
    }
}

/// Runs the bridge's tasks on a Dispatch queue of their own (see ``PostgresBridge``): Dispatch
/// adds threads when these block, Swift's cooperative pool does not.
final class PostgresTaskExecutor: TaskExecutor {
    private let queue = DispatchQueue(label: "safetyboard.postgresql", attributes: .concurrent)

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }
}
