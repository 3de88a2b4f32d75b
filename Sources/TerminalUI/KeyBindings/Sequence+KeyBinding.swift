extension Sequence {
    /// The action of the first binding that `key` triggers, for dispatching from the same
    /// table the key bar and help are drawn from.
    public func action<Action>(for key: Key) -> Action? where Element == KeyBinding<Action> {
        first { $0.matches(key) }?.action
    }
}
