/// How many terminal columns text occupies, computed in pure Swift.
///
/// The rules follow what glibc's `wcwidth` does in a UTF-8 locale (and therefore what ncurses
/// assumes when it places characters), but without depending on the process locale, so
/// layout and tests give the same answer everywhere:
/// - East Asian Wide and Fullwidth characters (CJK ideographs, kana, Hangul syllables, CJK
///   punctuation such as 。，、「」（）, fullwidth forms, emoji with emoji presentation) take 2;
/// - combining marks (Mn, Me), format characters (Cf, e.g. the zero-width joiner), variation
///   selectors, Hangul medial and final jamo and control characters take 0;
/// - everything else, including East Asian Ambiguous characters such as "…" and "─", takes 1.
public enum DisplayWidth {
    /// The ellipsis that marks truncated text; one column wide.
    public static let ellipsis = "…"

    /// Columns taken by one Unicode scalar: 0, 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        // Printable ASCII is by far the most common case: answer it before any table lookup.
        if value >= 0x20 && value < 0x7F { return 1 }
        if value < 0x20 || (value >= 0x7F && value < 0xA0) { return 0 }
        if isZeroWidth(scalar) { return 0 }
        if value < 0x1100 { return 1 }
        return isWide(value) ? 2 : 1
    }

    /// Columns taken by one grapheme cluster.
    ///
    /// The widest scalar decides: a base letter with combining accents stays 1, a ZWJ emoji
    /// sequence or a skin-tone modified emoji stays 2 (not the sum of its parts), a lone
    /// combining mark or control character is 0.
    public static func of(_ character: Character) -> Int {
        var widest = 0
        for scalar in character.unicodeScalars {
            let width = of(scalar)
            if width == 2 { return 2 }
            widest = max(widest, width)
        }
        return widest
    }

    /// Columns taken by a string: the sum of its grapheme clusters' widths.
    public static func of<Text: StringProtocol>(_ text: Text) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// Shortens `text` to at most `width` columns, cutting only between grapheme clusters.
    ///
    /// Text that fits is returned unchanged. Text that does not fit keeps the longest prefix
    /// that leaves room for `ellipsis`, then the ellipsis; when a wide character would have
    /// straddled the limit, a space fills the column it leaves, so the result of truncation
    /// is always exactly `width` columns wide. A `width` of 0 or less gives "".
    public static func truncate(_ text: String, to width: Int, ellipsis: String = DisplayWidth.ellipsis) -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let ellipsisWidth = of(ellipsis)
        // An ellipsis wider than the room would itself need truncating: cut bare instead.
        let marker = ellipsisWidth <= width ? ellipsis : ""
        let budget = width - of(marker)
        var kept = ""
        var used = 0
        for character in text {
            let characterWidth = of(character)
            if used + characterWidth > budget { break }
            kept.append(character)
            used += characterWidth
        }
        kept += marker
        return kept + String(repeating: " ", count: width - used - of(marker))
    }

    /// Returns `text` occupying exactly `width` columns: truncated with an ellipsis when it is
    /// wider, padded with spaces on the side(s) `alignment` says when it is narrower.
    public static func pad(_ text: String, to width: Int, alignment: TextAlignment = .left) -> String {
        guard width > 0 else { return "" }
        let fitted = truncate(text, to: width)
        let gap = width - of(fitted)
        guard gap > 0 else { return fitted }
        switch alignment {
        case .left:
            return fitted + String(repeating: " ", count: gap)
        case .right:
            return String(repeating: " ", count: gap) + fitted
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + fitted + String(repeating: " ", count: gap - left)
        }
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        // Hangul medial vowels and final consonants combine with the leading consonant into one
        // wide syllable; they take no column of their own.
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return true }
        // The soft hyphen is Cf but terminals (and wcwidth) show it as a visible hyphen.
        if value == 0xAD { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control, .lineSeparator, .paragraphSeparator:
            return true
        default:
            return false
        }
    }

    private static func isWide(_ value: UInt32) -> Bool {
        let ranges = wideRanges
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = ranges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
