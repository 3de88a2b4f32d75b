/// The language of the interface.
public enum Language: String, Sendable, Hashable, CaseIterable {
    /// Chinese (简体中文).
    case zh
    /// English.
    case en

    /// The language the locale environment asks for: Chinese when the first of `LC_ALL`,
    /// `LC_MESSAGES`, `LANG` that is set and non-empty starts with "zh" (zh_CN.UTF-8,
    /// zh_TW, zh), English otherwise. That is POSIX precedence, so `LC_ALL=C` means English
    /// even under `LANG=zh_CN.UTF-8`. Takes the environment as a value to stay testable.
    public static func detect(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("zh") ? .zh : .en
        }
        return .en
    }
}
