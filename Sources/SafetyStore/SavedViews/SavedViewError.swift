import Foundation

/// Why a saved view was not read, written or deleted; nothing changed.
public enum SavedViewError: Error, Equatable, CustomStringConvertible {
    /// No view of `name`; `available` are the operator's views, by name.
    case notFound(name: String, available: [String])
    /// The name is empty, too long or holds a control character.
    case badName(String)

    public var description: String {
        switch self {
        case let .notFound(name, available) where available.isEmpty:
            "no saved view '\(name)': you have none yet — save one with V in the triage view or `safetyboard view save`"
        case let .notFound(name, available):
            "no saved view '\(name)' — your views: \(available.joined(separator: ", ")) (see `safetyboard view list`)"
        case let .badName(name):
            "'\(name)' is not a view name: give 1 to \(SavedView.maximumNameLength) characters, no control characters"
        }
    }

    /// Whether `name` may name a view.
    public static func check(_ name: String) throws(SavedViewError) {
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty, name.count <= SavedView.maximumNameLength,
              !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw .badName(name)
        }
    }
}
