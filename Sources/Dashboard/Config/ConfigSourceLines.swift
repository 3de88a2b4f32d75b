/// Where each key of a TOML text stands: TOMLKit gives a parse error's line but not a key's,
/// and an error about a value must name the line the officer has to edit.
///
/// Scans the text once, as TOML is written: `[table]` and `[[array]]` headers, `key = value`
/// lines with dotted and quoted keys, inline tables `{ a = 1 }` and arrays, strings (basic,
/// literal, multi-line) and comments. A path is the keys from the root, with an array
/// element's index as a component ("triage", "escalation", "1", "days"). Text that is not TOML
/// only yields fewer paths: TOMLKit has already refused such a file.
struct ConfigSourceLines: Sendable {
    private(set) var lines: [[String]: Int] = [:]

    /// The 1-based line of `path`: where its key is written, or its `[table]` header; nil
    /// when the text never writes it.
    func line(of path: [String]) -> Int? {
        lines[path]
    }

    /// The line of `path`, else of the nearest enclosing key that is written.
    func nearestLine(of path: [String]) -> Int? {
        var path = path
        while !path.isEmpty {
            if let line = lines[path] { return line }
            path.removeLast()
        }
        return nil
    }

    private enum Container {
        case table([String])
        case array([String], index: Int)
    }

    init(_ text: String) {
        var scanner = Scanner(Array(text.unicodeScalars))
        var table: [String] = []
        var arrayCounts: [[String]: Int] = [:]
        var stack: [Container] = []
        var expectingKey = true
        while let scalar = scanner.peek {
            switch scalar {
            case "\n":
                scanner.advance()
                if stack.isEmpty { expectingKey = true }
            case " ", "\t", "\r":
                scanner.advance()
            case "#":
                scanner.skipComment()
            case "[" where stack.isEmpty && expectingKey:
                // A header: [a.b] or [[a.b]] (an element of an array of tables).
                let line = scanner.line
                scanner.advance()
                let isArray = scanner.peek == "["
                if isArray { scanner.advance() }
                let path = scanner.readKey()
                scanner.skip(past: "]")
                if isArray {
                    let index = arrayCounts[path, default: 0]
                    arrayCounts[path] = index + 1
                    if lines[path] == nil { lines[path] = line }
                    table = path + [String(index)]
                } else {
                    table = path
                }
                if lines[table] == nil { lines[table] = line }
                expectingKey = false
            case _ where expectingKey:
                let line = scanner.line
                let key = scanner.readKey()
                guard !key.isEmpty else {
                    // `{}` or a stray character: the closing bracket is the loop's to take.
                    expectingKey = false
                    if scalar != "}" && scalar != "]" { scanner.advance() }
                    continue
                }
                let base: [String] = switch stack.last {
                case .table(let path): path
                case .array(let path, _): path
                case nil: table
                }
                let path = base + key
                if lines[path] == nil { lines[path] = line }
                scanner.skipSpaces()
                if scanner.peek == "=" { scanner.advance() }
                scanner.skipSpaces()
                expectingKey = false
                openValue(path: path, scanner: &scanner, stack: &stack, expectingKey: &expectingKey)
            case ",":
                scanner.advance()
                switch stack.last {
                case .table: expectingKey = true
                case .array(let path, let index):
                    stack[stack.count - 1] = .array(path, index: index + 1)
                    skipToValue(scanner: &scanner)
                    openValue(path: path + [String(index + 1)], scanner: &scanner, stack: &stack, expectingKey: &expectingKey)
                case nil: break
                }
            case "}", "]":
                scanner.advance()
                if !stack.isEmpty { stack.removeLast() }
            case "\"", "'":
                scanner.skipString()
            default:
                scanner.advance()
            }
        }
    }

    /// At the start of a value for `path`: records where it is and, for `{` or `[`, enters it.
    private mutating func openValue(path: [String], scanner: inout Scanner, stack: inout [Container], expectingKey: inout Bool) {
        if lines[path] == nil { lines[path] = scanner.line }
        switch scanner.peek {
        case "{":
            scanner.advance()
            stack.append(.table(path))
            expectingKey = true
        case "[":
            scanner.advance()
            stack.append(.array(path, index: 0))
            skipToValue(scanner: &scanner)
            openValue(path: path + ["0"], scanner: &scanner, stack: &stack, expectingKey: &expectingKey)
        case "\"", "'":
            scanner.skipString()
        default:
            break
        }
    }

    /// Past blanks, newlines and comments inside an array, to where the next element starts.
    private func skipToValue(scanner: inout Scanner) {
        while let scalar = scanner.peek {
            if scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\n" {
                scanner.advance()
            } else if scalar == "#" {
                scanner.skipComment()
            } else {
                return
            }
        }
    }

    /// A cursor over the text that counts lines.
    private struct Scanner {
        let text: [Unicode.Scalar]
        var index = 0
        var line = 1

        init(_ text: [Unicode.Scalar]) { self.text = text }

        var peek: Unicode.Scalar? { index < text.count ? text[index] : nil }

        mutating func advance() {
            if text[index] == "\n" { line += 1 }
            index += 1
        }

        mutating func skipSpaces() {
            while let scalar = peek, scalar == " " || scalar == "\t" { advance() }
        }

        mutating func skipComment() {
            while let scalar = peek, scalar != "\n" { advance() }
        }

        mutating func skip(past end: Unicode.Scalar) {
            while let scalar = peek {
                advance()
                if scalar == end {
                    if peek == end { advance() }
                    return
                }
            }
        }

        /// A string at the cursor, single- or triple-quoted, with escapes in basic strings.
        mutating func skipString() {
            guard let quote = peek else { return }
            let triple = index + 2 < text.count && text[index + 1] == quote && text[index + 2] == quote
            for _ in 0..<(triple ? 3 : 1) { advance() }
            while let scalar = peek {
                if scalar == "\\" && quote == "\"" {
                    advance()
                    if peek != nil { advance() }
                    continue
                }
                advance()
                if scalar == quote {
                    guard triple else { return }
                    if peek == quote, index + 1 < text.count, text[index + 1] == quote {
                        advance()
                        advance()
                        return
                    }
                }
                if scalar == "\n" && !triple { return }
            }
        }

        /// A dotted key (bare or quoted parts); stops before `=`, `]` or the end of the line.
        mutating func readKey() -> [String] {
            var parts: [String] = []
            while true {
                skipSpaces()
                guard let scalar = peek else { return parts }
                if scalar == "\"" || scalar == "'" {
                    parts.append(readQuoted(scalar))
                } else {
                    var bare = ""
                    while let character = peek, character.properties.isAlphabetic || ("0"..."9").contains(character)
                            || character == "_" || character == "-" {
                        bare.unicodeScalars.append(character)
                        advance()
                    }
                    guard !bare.isEmpty else { return parts }
                    parts.append(bare)
                }
                skipSpaces()
                guard peek == "." else { return parts }
                advance()
            }
        }

        private mutating func readQuoted(_ quote: Unicode.Scalar) -> String {
            advance()
            var value = ""
            while let scalar = peek, scalar != quote, scalar != "\n" {
                if scalar == "\\" && quote == "\"" {
                    advance()
                    guard let escaped = peek else { break }
                    switch escaped {
                    case "n": value += "\n"
                    case "t": value += "\t"
                    default: value.unicodeScalars.append(escaped)
                    }
                    advance()
                    continue
                }
                value.unicodeScalars.append(scalar)
                advance()
            }
            if peek == quote { advance() }
            return value
        }
    }
}
