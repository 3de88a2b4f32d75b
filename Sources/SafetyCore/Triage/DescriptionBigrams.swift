/// The character bigrams of a hazard description, lower-cased and without spaces or
/// punctuation, kept sorted so that two are compared in one merge: a triage window compares
/// each of its rows with the enterprise's nearby hazards, hundreds of comparisons per key.
public struct DescriptionBigrams: Sendable, Equatable {
    /// Each bigram as its two scalars packed in one word, sorted, repeats kept.
    let pairs: [UInt64]

    public init(_ text: String) {
        var letters: [UInt32] = []
        letters.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { Self.appendLowercased(scalar, to: &letters) }
        // A one-character text is its own "bigram", so that "漏" still matches "漏".
        if letters.count == 1 {
            pairs = [UInt64(letters[0]) << 32 | UInt64(UInt32.max)]
            return
        }
        var pairs: [UInt64] = []
        pairs.reserveCapacity(max(0, letters.count - 1))
        for index in letters.indices.dropLast() {
            pairs.append(UInt64(letters[index]) << 32 | UInt64(letters[index + 1]))
        }
        pairs.sort()
        self.pairs = pairs
    }

    /// Dice similarity, 0…1: twice the shared bigrams over all bigrams of both.
    public func similarity(to other: DescriptionBigrams) -> Double {
        guard !pairs.isEmpty || !other.pairs.isEmpty else { return 1 }
        var shared = 0, i = 0, j = 0
        while i < pairs.count, j < other.pairs.count {
            if pairs[i] == other.pairs[j] {
                shared += 1
                i += 1
                j += 1
            } else if pairs[i] < other.pairs[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return Double(2 * shared) / Double(pairs.count + other.pairs.count)
    }

    /// Letters and digits only, lower-cased; ASCII without a trip through Unicode tables.
    private static func appendLowercased(_ scalar: Unicode.Scalar, to letters: inout [UInt32]) {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x41...0x5A: letters.append(value + 0x20)
            case 0x61...0x7A, 0x30...0x39: letters.append(value)
            default: break
            }
            return
        }
        let properties = scalar.properties
        guard isLetter(properties.generalCategory) || properties.numericType != nil else { return }
        if properties.changesWhenLowercased {
            letters.append(contentsOf: properties.lowercaseMapping.unicodeScalars.map(\.value))
        } else {
            letters.append(value)
        }
    }

    private static func isLetter(_ category: Unicode.GeneralCategory) -> Bool {
        switch category {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: true
        default: false
        }
    }
}
