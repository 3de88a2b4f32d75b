/// A hazard that could be the original of others in a triage window: of the same enterprise
/// as one of them, found in the days before it (``DuplicateRule/earliestOriginal(of:)``), not
/// merged itself.
public struct DuplicateCandidate: Sendable, Equatable {
    public var id: String
    public var enterpriseId: String
    public var foundOn: Day
    /// Compared by ``DuplicateRule/isSimilar(_:_:)``.
    public var description: String

    public init(id: String, enterpriseId: String, foundOn: Day, description: String) {
        self.id = id
        self.enterpriseId = enterpriseId
        self.foundOn = foundOn
        self.description = description
    }
}

extension DuplicateRule {
    /// The first day a hazard found on `hazard.foundOn` may repeat one of.
    public func earliestOriginal(of hazard: Hazard) -> Day {
        hazard.foundOn.adding(days: -withinDays)
    }

    /// The likely original of each of `hazards` that has one, by hazard id: the first of its
    /// candidates with a similar description. `candidates` are the unmerged hazards of the
    /// window's enterprises over the days its hazards may repeat, each once, in the store's
    /// order of found day then id — the window's own unmerged hazards among them, so a
    /// hazard's candidates are those before it found from its earliest day on, and the one
    /// kept is the earliest report, as ``original(of:_:)`` chooses. (Each candidate once, not
    /// once per hazard it may be the original of: a hundred reports of one enterprise in a
    /// week were five thousand pairs to read.) A hazard already merged has none.
    public func likelyOriginals(of hazards: [Hazard], candidates: [DuplicateCandidate]) -> [String: String] {
        var byEnterprise: [String: [Int]] = [:]
        for (index, candidate) in candidates.enumerated() { byEnterprise[candidate.enterpriseId, default: []].append(index) }
        var bigrams: [Int: DescriptionBigrams] = [:]
        var originals: [String: String] = [:]
        for hazard in hazards where hazard.duplicateOf == nil {
            guard let indices = byEnterprise[hazard.enterpriseId] else { continue }
            let own = DescriptionBigrams(hazard.description)
            let earliest = earliestOriginal(of: hazard)
            for index in indices {
                let candidate = candidates[index]
                // The hazard itself ends its candidates (the same day, a larger id comes after it).
                if candidate.id == hazard.id || candidate.foundOn > hazard.foundOn { break }
                guard candidate.foundOn >= earliest else { continue }
                let other = bigrams[index] ?? DescriptionBigrams(candidate.description)
                bigrams[index] = other
                if isSimilar(own, other) {
                    originals[hazard.id] = candidate.id
                    break
                }
            }
        }
        return originals
    }
}
