/// The characters a frame is drawn with.
public struct BoxGlyphs: Sendable, Hashable {
    /// ┌
    public var topLeft: Character
    /// ┐
    public var topRight: Character
    /// └
    public var bottomLeft: Character
    /// ┘
    public var bottomRight: Character
    /// ─
    public var horizontal: Character
    /// │
    public var vertical: Character
    /// ├, where a horizontal rule meets the left side.
    public var leftTee: Character
    /// ┤, where a horizontal rule meets the right side.
    public var rightTee: Character

    /// A custom set; every glyph must be one column wide.
    public init(topLeft: Character, topRight: Character, bottomLeft: Character, bottomRight: Character,
                horizontal: Character, vertical: Character, leftTee: Character, rightTee: Character) {
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomLeft = bottomLeft
        self.bottomRight = bottomRight
        self.horizontal = horizontal
        self.vertical = vertical
        self.leftTee = leftTee
        self.rightTee = rightTee
    }

    /// Light box-drawing lines: ┌─┐│└┘.
    public static let unicode = BoxGlyphs(topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
                                          horizontal: "─", vertical: "│", leftTee: "├", rightTee: "┤")
    /// Double lines ╔═╗║╚╝, to mark the focused panel without relying on colour.
    public static let double = BoxGlyphs(topLeft: "╔", topRight: "╗", bottomLeft: "╚", bottomRight: "╝",
                                         horizontal: "═", vertical: "║", leftTee: "╠", rightTee: "╣")
    /// Plain ASCII +-| for terminals or fonts without box drawing.
    public static let ascii = BoxGlyphs(topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
                                        horizontal: "-", vertical: "|", leftTee: "+", rightTee: "+")
}
