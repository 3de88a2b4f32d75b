/// The console's live data: the store reads what the console asks for, off the input loop,
/// again whenever anyone commits a change, and leaves the newest result to be taken.
public protocol LiveFeed: Sendable {
    /// Replaces what is read; a different request is read at once.
    func request(_ request: ConsoleRequest)
    /// The newest update since the last call, and the last read failure if the newest read failed.
    func take() -> (update: ConsoleUpdate?, failure: ConsoleFeedFailure?)
    /// Stops reading after the current read.
    func stop()
}
