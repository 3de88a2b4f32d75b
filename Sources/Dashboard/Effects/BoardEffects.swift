/// Where each view's effects run against the store: one handler per view, called only on
/// the ``EffectRunner``'s thread. A view without a handler is not offered (`2`/`3` say so).
public struct BoardEffects: Sendable {
    public var console: ConsoleEffects?
    public var counties: CountiesEffects?
    public var triage: TriageEffects?

    public init(console: ConsoleEffects? = nil, counties: CountiesEffects? = nil, triage: TriageEffects? = nil) {
        self.console = console
        self.counties = counties
        self.triage = triage
    }
}
