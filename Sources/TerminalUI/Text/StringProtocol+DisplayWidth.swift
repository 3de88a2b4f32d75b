extension StringProtocol {
    /// Terminal columns this text occupies (see ``DisplayWidth``); not its `count`, which
    /// counts a Chinese character as one although it takes two columns.
    public var displayWidth: Int { DisplayWidth.of(self) }
}
