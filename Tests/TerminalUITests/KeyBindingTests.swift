import Testing
import TerminalUI

struct KeyBindingTests {
    @Test func labelFollowsTheLanguage() {
        let binding = KeyBinding(.char("q"), action: "quit", english: "Quit", chinese: "退出")
        #expect(binding.label(for: .en) == "Quit")
        #expect(binding.label(for: .zh) == "退出")
    }

    @Test func keyLabelDefaultsToTheKeysDescriptions() {
        #expect(KeyBinding([.char("j"), .down], action: "down", english: "Down", chinese: "下移").keyLabel == "j/↓")
        #expect(KeyBinding(.tab, keyLabel: "⇥", action: "next", english: "Next", chinese: "下一个").keyLabel == "⇥")
    }

    @Test(arguments: [
        (Key.char("q"), SampleAction.quit),
        (.char("j"), .down),
        (.down, .down),
        (.up, .up),
        (.tab, .nextPanel),
        (.char("?"), .help),
    ])
    func theTableDispatchesKeys(key: Key, expected: SampleAction) {
        #expect(SampleAction.bindings.action(for: key) == expected)
    }

    @Test func unboundKeysHaveNoAction() {
        #expect(SampleAction.bindings.action(for: .char("x")) == nil)
        #expect(SampleAction.bindings.action(for: .char("Q")) == nil)
    }
}
