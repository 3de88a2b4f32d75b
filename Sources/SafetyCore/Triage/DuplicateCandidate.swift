/// A hazard that could be the original of another in a triage window: same enterprise,
/// found in the days before it (``DuplicateRule/earliestOriginal(of:)``), not merged itself.
public struct DuplicateCandidate: Sendable, Equatable {
    /// The id of the hazard this one could be the original of.
    public var repeatedBy: String
    /// The candidate's id.
    public var id: String
    /// The candidate's description, compared by ``DuplicateRule/isSimilar(_:_:)``.
    public var description: String

    public init(repeatedBy: String, id: String, description: String) {
        self.repeatedBy = repeatedBy
        self.id = id
        self.description = description
    }
}

extension DuplicateRule {
    /// The first day a hazard found on `hazard.foundOn` may repeat one of.
    public func earliestOriginal(of hazard: Hazard) -> Day {
        hazard.foundOn.adding(days: -withinDays)
    }

    /// The likely original of each of `hazards` that has one, by hazard id: the first of its
    /// `candidates` with a similar description. `candidates` come earliest found first (then
    /// by id), so the one kept is the earliest report, as ``original(of:_:)`` chooses.
    /// A hazard already merged has none.
    public func likelyOriginals(of hazards: [Hazard], candidates: [DuplicateCandidate]) -> [String: String] {
        var unmerged: [String: DescriptionBigrams] = [:]
        for hazard in hazards where hazard.duplicateOf == nil {
            unmerged[hazard.id] = DescriptionBigrams(hazard.description)
        }
        var originals: [String: String] = [:]
        var candidateBigrams: [String: DescriptionBigrams] = [:]
        for candidate in candidates where originals[candidate.repeatedBy] == nil {
            guard let bigrams = unmerged[candidate.repeatedBy] else { continue }
            let other = candidateBigrams[candidate.id] ?? DescriptionBigrams(candidate.description)
            candidateBigrams[candidate.id] = other
            if isSimilar(bigrams, other) { originals[candidate.repeatedBy] = candidate.id }
        }
        return originals
    }
}
