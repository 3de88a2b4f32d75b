import PostgresNIO

/// Reading a row's columns by name, as GRDB's `row["name"]` does in the SQLite code.
extension PostgresRow {
    subscript(_ column: String) -> PostgresCell { makeRandomAccess()[column] }

    func text(_ column: String) throws -> String { try self[column].decode(String.self) }
    func optionalText(_ column: String) throws -> String? { try self[column].decode(String?.self) }
    func int(_ column: String) throws -> Int { try self[column].decode(Int.self) }
    func optionalInt(_ column: String) throws -> Int? { try self[column].decode(Int?.self) }

    /// Every column as text (NULL as nil), in order: summary rows and digests compare rows this way.
    func texts() throws -> [String?] {
        try makeRandomAccess().map { cell -> String? in
            guard cell.bytes != nil else { return nil }
            switch cell.dataType {
            case .int8, .int4, .int2: return String(try cell.decode(Int.self))
            case .float8, .float4: return String(try cell.decode(Double.self))
            case .bool: return try cell.decode(Bool.self) ? "1" : "0"
            default: return try cell.decode(String.self)
            }
        }
    }
}
