public import TerminalUI

/// The three views' key tables after a config file's `[keys]`: what the key bar, the `?` help
/// and the input loop of each view read. Each binding carries its action's `[keys]` name.
public struct KeyTables: Sendable, Equatable {
    public var console: [KeyBinding<ConsoleAction>]
    public var counties: [KeyBinding<CountiesAction>]
    public var triage: [KeyBinding<TriageAction>]

    /// The built-in tables, named.
    public static let standard = KeyTables(
        console: ConsoleKeyMap.bindings.named(\.configName),
        counties: CountiesKeyMap.bindings.named(\.configName),
        triage: TriageKeyMap.bindings.named(\.configName))

    public init(console: [KeyBinding<ConsoleAction>], counties: [KeyBinding<CountiesAction>], triage: [KeyBinding<TriageAction>]) {
        self.console = console
        self.counties = counties
        self.triage = triage
    }

    /// Every `[keys]` name some view has.
    public static var actionNames: Set<String> {
        Set(standard.console.compactMap(\.name) + standard.counties.compactMap(\.name) + standard.triage.compactMap(\.name))
    }

    /// A key of two bindings in one view.
    public struct Collision: Error, Equatable, Sendable {
        public var key: Key
        /// The two actions' names, the rebound one first when one was rebound.
        public var actions: [String]
        /// "console", "counties" or "triage".
        public var view: String
    }

    /// The standard tables with `keys` (action name → its new keys) applied in every view that
    /// has the action. Throws the first key two actions of one view would share; in the
    /// counties and triage views the console's `acknowledge` counts too, since it works there.
    public static func rebinding(_ keys: [String: [Key]]) throws(Collision) -> KeyTables {
        let tables = KeyTables(
            console: standard.console.rebound(keys), counties: standard.counties.rebound(keys),
            triage: standard.triage.rebound(keys))
        let acknowledge = tables.console.filter { $0.action == .acknowledge }.map { ($0.name ?? "", $0.keys) }
        try check(tables.console.map { ($0.name ?? "", $0.keys) }, view: "console", rebound: keys)
        try check(acknowledge + tables.counties.map { ($0.name ?? "", $0.keys) }, view: "counties", rebound: keys)
        try check(acknowledge + tables.triage.map { ($0.name ?? "", $0.keys) }, view: "triage", rebound: keys)
        return tables
    }

    private static func check(_ bindings: [(name: String, keys: [Key])], view: String, rebound: [String: [Key]]) throws(Collision) {
        var owner: [Key: String] = [:]
        for binding in bindings {
            for key in binding.keys {
                if let other = owner[key], other != binding.name {
                    // Name the action the file moved first: it is the one to change.
                    let pair = rebound[binding.name] != nil || rebound[other] == nil ? [binding.name, other] : [other, binding.name]
                    throw Collision(key: key, actions: pair, view: view)
                }
                owner[key] = binding.name
            }
        }
    }
}

extension Array {
    /// The bindings with their actions' `[keys]` names.
    func named<Action>(_ name: (Action) -> String?) -> [KeyBinding<Action>] where Element == KeyBinding<Action> {
        map { binding in
            var named = binding
            named.name = name(binding.action)
            return named
        }
    }

    /// The bindings with the keys of those `keys` names replaced (the label follows the keys).
    func rebound<Action>(_ keys: [String: [Key]]) -> [KeyBinding<Action>] where Element == KeyBinding<Action> {
        map { binding in
            guard let name = binding.name, let replacement = keys[name] else { return binding }
            var rebound = binding
            rebound.keys = replacement
            rebound.keyLabel = replacement.map(\.description).joined(separator: "/")
            return rebound
        }
    }
}
