import Foundation
public import TerminalUI

extension Language {
    /// `--lang` when given (zh or en), else from the environment (LANG/LC_ALL/LC_MESSAGES).
    public static func resolve(_ flag: String?) -> Language {
        switch flag {
        case "zh": .zh
        case "en": .en
        default: detect(ProcessInfo.processInfo.environment)
        }
    }
}
