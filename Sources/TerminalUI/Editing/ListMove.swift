/// How a key moves the selection of a list: the keys of htop, tig and less.
public enum ListMove: Sendable, Equatable, CaseIterable {
    case up, down, pageUp, pageDown, top, bottom

    /// The move a key makes (`j`/`k`/arrows, PgUp/PgDn, `g`/`G`/Home/End), or nil.
    public init?(_ key: Key) {
        switch key {
        case .up, .char("k"): self = .up
        case .down, .char("j"): self = .down
        case .pageUp: self = .pageUp
        case .pageDown: self = .pageDown
        case .home, .char("g"): self = .top
        case .end, .char("G"): self = .bottom
        default: return nil
        }
    }
}
