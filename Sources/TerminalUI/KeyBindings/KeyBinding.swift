/// One entry of the application's key table: the keys, what they do, and how to describe it.
///
/// The same table drives key dispatch (``matches(_:)``), the bottom ``KeyBar`` and the
/// ``HelpOverlay``, so what the screen says a key does is what it does.
public struct KeyBinding<Action: Equatable & Sendable>: Sendable, Equatable {
    /// The keys that trigger the action (e.g. `.char("j")` and `.down`).
    public var keys: [Key]
    /// How the keys are shown: "q", "Tab", "j/k", "↑↓". Defaults to the keys' descriptions
    /// joined with "/".
    public var keyLabel: String
    /// What the keys do, as the application names it.
    public var action: Action
    /// A short description in English ("Quit").
    public var english: String
    /// A short description in Chinese ("退出").
    public var chinese: String
    /// Whether the binding appears in the bottom key bar (all bindings appear in the help).
    public var showsInKeyBar: Bool
    /// The action's name where a config file rebinds it ("quit", "next_panel"); the help
    /// lists it beside the description. nil for a binding that cannot be rebound.
    public var name: String?

    /// A binding; `keyLabel` defaults to the keys' descriptions joined with "/".
    public init(_ keys: [Key], keyLabel: String? = nil, action: Action, english: String, chinese: String, showsInKeyBar: Bool = true) {
        self.keys = keys
        self.keyLabel = keyLabel ?? keys.map(\.description).joined(separator: "/")
        self.action = action
        self.english = english
        self.chinese = chinese
        self.showsInKeyBar = showsInKeyBar
        self.name = nil
    }

    /// A binding for one key.
    public init(_ key: Key, keyLabel: String? = nil, action: Action, english: String, chinese: String, showsInKeyBar: Bool = true) {
        self.init([key], keyLabel: keyLabel, action: action, english: english, chinese: chinese, showsInKeyBar: showsInKeyBar)
    }

    /// The description in `language`.
    public func label(for language: Language) -> String {
        switch language {
        case .zh: chinese
        case .en: english
        }
    }

    /// True when `key` triggers this binding.
    public func matches(_ key: Key) -> Bool {
        keys.contains(key)
    }
}

extension KeyBinding: Hashable where Action: Hashable {}
