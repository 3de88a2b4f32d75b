import Testing
import TerminalUI

/// Prompt editing: the cursor, both deletes, pasted Chinese text, and Tab completion.
struct TextFieldTests {
    private func field(_ text: String, _ edits: [TextEdit]) -> TextField {
        var field = TextField(text)
        for edit in edits { field.apply(edit) }
        return field
    }

    @Test(arguments: [
        ("", [TextEdit.insert("a"), .insert("b")], "ab", 2),
        ("ab", [.left, .insert("x")], "axb", 2),
        ("ab", [.home, .insert("x")], "xab", 1),
        ("abc", [.home, .right, .delete], "ac", 1),
        ("abc", [.left, .backspace], "ac", 1),
        ("abc", [.home, .backspace], "abc", 0),
        ("abc", [.delete], "abc", 3),
        ("abc", [.home, .end, .right, .right], "abc", 3),
        ("abc", [.home, .left], "abc", 0),
        ("消防", [.left, .insert("通道")], "消通道防", 3),
        ("", [.insert("消防通道堵塞")], "消防通道堵塞", 6),
        ("整改", [.backspace], "整", 1),
    ])
    func editsLandAtTheCursor(start: String, edits: [TextEdit], text: String, cursor: Int) {
        let result = field(start, edits)
        #expect(result.text == text)
        #expect(result.cursor == cursor)
    }

    @Test(arguments: [
        (Key.char("x"), TextEdit.insert("x")), (.char("中"), .insert("中")), (.backspace, .backspace), (.delete, .delete),
        (.left, .left), (.right, .right), (.home, .home), (.end, .end), (.ctrl("a"), .home), (.ctrl("e"), .end),
    ])
    func keysAreEdits(key: Key, edit: TextEdit) {
        #expect(TextEdit(key) == edit)
    }

    @Test(arguments: [Key.enter, .escape, .tab, .up, .down, .pageDown])
    func keysTheViewDecidesAreNotEdits(key: Key) {
        #expect(TextEdit(key) == nil)
    }

    @Test func tabCyclesThroughTheCandidatesAndAnEditEndsTheCycle() {
        var field = TextField("安全")
        #expect(field.nextCompletion() == "安全", "no candidates yet: the caller looks them up")
        field.offer(["安全科", "安全办"], for: "安全")
        #expect(field.text == "安全科")
        #expect(field.cursor == 3)
        #expect(field.nextCompletion() == nil)
        #expect(field.text == "安全办")
        #expect(field.nextCompletion() == nil)
        #expect(field.text == "安全科", "round to the first")
        field.apply(.insert(" 王"))
        #expect(field.completion == nil)
        #expect(field.nextCompletion() == "安全科 王")
    }

    @Test func candidatesForTextThatChangedSinceAreIgnored() {
        var field = TextField("安")
        _ = field.nextCompletion()
        field.apply(.insert("监"))
        field.offer(["安全科"], for: "安")
        #expect(field.text == "安监")
    }

    @Test func typingACandidateExactlyMovesToTheNextOne() {
        var field = TextField("安全科")
        _ = field.nextCompletion()
        field.offer(["安全科", "安全办"], for: "安全科")
        #expect(field.text == "安全办")
    }

    @Test(arguments: [
        ("abc", 3, 10, "abc▏"),
        ("消防通道堵塞", 6, 7, "道堵塞▏"),
        ("消防通道堵塞", 0, 7, "▏消防通"),
        ("abcdef", 2, 4, "ab▏c"),
        ("消防", 1, 2, "▏"),
    ])
    func theDisplayFitsItsColumnsAndKeepsTheCursor(text: String, cursor: Int, width: Int, shown: String) {
        var field = TextField(text)
        field.apply(.home)
        for _ in 0..<cursor { field.apply(.right) }
        let display = field.display(width: width)
        #expect(display == shown)
        #expect(display.displayWidth <= width)
    }
}
