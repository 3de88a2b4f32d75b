import Foundation

/// SQL `LIKE` patterns for text a user typed: `%`, `_` and the escape character itself match
/// only themselves. Every `LIKE` of the store uses these, with `ESCAPE '\'`.
enum LikePattern {
    /// The `ESCAPE` clause the patterns are written for.
    static let escapeClause = "ESCAPE '\\'"

    /// Matches text that contains `text`.
    static func containing(_ text: String) -> String { "%" + escaped(text) + "%" }

    /// Matches text that starts with `text`.
    static func starting(with text: String) -> String { escaped(text) + "%" }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }
}
