/// When two hazards are likely the same one reported twice (by the enterprise and by an
/// inspector, say): same enterprise, found within a few days, with similar descriptions.
public struct DuplicateRule: Sendable, Equatable {
    /// At most this many days between the two finds.
    public var withinDays: Int
    /// The least similarity of the descriptions, 0…1 (see ``similarity(_:_:)``).
    public var minimumSimilarity: Double

    public init(withinDays: Int = 7, minimumSimilarity: Double = 0.5) {
        self.withinDays = withinDays
        self.minimumSimilarity = minimumSimilarity
    }

    /// True when `a` and `b` look like one hazard: different records, same enterprise, found
    /// close together, similar text, and neither already merged.
    public func isLikelyDuplicate(_ a: Hazard, _ b: Hazard) -> Bool {
        a.id != b.id && a.enterpriseId == b.enterpriseId && a.duplicateOf == nil && b.duplicateOf == nil
            && abs(a.foundOn.days(since: b.foundOn)) <= withinDays
            && Self.similarity(a.description, b.description) >= minimumSimilarity
    }

    /// Of two duplicates, the one to keep: the earlier found, then the smaller id.
    public static func original(of a: Hazard, _ b: Hazard) -> Hazard {
        (a.foundOn, a.id) <= (b.foundOn, b.id) ? a : b
    }

    /// Dice similarity of the character bigrams of the two texts, ignoring spaces and
    /// punctuation: Chinese has no word breaks, and bigrams catch "消防通道堵塞" against
    /// "消防通道被堵塞" where whole-string equality would not.
    public static func similarity(_ a: String, _ b: String) -> Double {
        DescriptionBigrams(a).similarity(to: DescriptionBigrams(b))
    }

    /// Whether descriptions with these bigrams are similar enough to be one hazard.
    public func isSimilar(_ a: DescriptionBigrams, _ b: DescriptionBigrams) -> Bool {
        a.similarity(to: b) >= minimumSimilarity
    }
}
