/// The numbered placeholders of a statement built piece by piece: each value bound returns
/// its `$n`, so a condition added or left out never shifts the numbers of the others.
struct PostgresBinds {
    private(set) var values: [SQLBind] = []

    /// Binds `value` and returns its placeholder.
    mutating func callAsFunction(_ value: SQLBind) -> String {
        values.append(value)
        return "$\(values.count)"
    }

    /// `sql` written with SQLite's `?` placeholders (none inside a literal) with each numbered
    /// in turn, binding `binds` in their order: a statement both backends build from one text.
    mutating func numbering(_ sql: String, _ binds: [SQLBind]) -> String {
        var binds = binds.makeIterator()
        var numbered = ""
        for character in sql {
            if character == "?", let value = binds.next() {
                numbered += self(value)
            } else {
                numbered.append(character)
            }
        }
        return numbered
    }
}
