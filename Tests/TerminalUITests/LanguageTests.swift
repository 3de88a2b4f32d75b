import Testing
import TerminalUI

struct LanguageTests {
    @Test(arguments: [
        ([:], Language.en),
        (["LANG": "zh_CN.UTF-8"], .zh),
        (["LANG": "zh_TW.Big5"], .zh),
        (["LANG": "zh"], .zh),
        (["LANG": "ZH_cn.utf8"], .zh),
        (["LANG": "en_US.UTF-8"], .en),
        (["LANG": "C.UTF-8"], .en),
        (["LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"], .zh),
        (["LC_ALL": "C", "LANG": "zh_CN.UTF-8"], .en),
        (["LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"], .zh),
        (["LC_ALL": "en_GB.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"], .en),
        (["LC_ALL": "", "LANG": "zh_CN.UTF-8"], .zh),
        (["LC_CTYPE": "zh_CN.UTF-8"], .en),
    ])
    func detect(environment: [String: String], expected: Language) {
        #expect(Language.detect(environment) == expected)
    }
}
