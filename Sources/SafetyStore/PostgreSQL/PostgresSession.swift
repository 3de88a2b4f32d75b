import Foundation
import NIOCore
import PostgresNIO

/// A bound value of a statement: `nil` binds NULL. Strings, Ints, Doubles and Bools are what
/// the schema holds (dates are ISO text, as in the SQLite schema, so queries port 1:1).
typealias SQLBind = (any PostgresDynamicTypeEncodable)?

/// One server session (a connection leased from the pool), used synchronously: each call runs
/// one statement through the bridge and waits for it. Statements use `$1, $2…` placeholders.
///
/// Sums of integer columns are `numeric` in PostgreSQL: cast them (`SUM(x)::bigint`) before
/// decoding them as `Int`.
struct PostgresSession {
    let connection: PostgresConnection
    let bridge: PostgresBridge

    /// Runs a statement for its effect.
    func execute(_ sql: String, _ binds: [SQLBind] = []) throws {
        let query = try Self.query(sql, binds)
        let connection = connection
        try bridge.run { _ in
            let rows = try await connection.query(query, logger: PostgresBridge.logger)
            for try await _ in rows {}
        }
    }

    /// Runs statements one after the other, without binds (migrations, DDL).
    func execute(script statements: [String]) throws {
        for statement in statements { try execute(statement) }
    }

    /// Every row a query returns.
    func rows(_ sql: String, _ binds: [SQLBind] = []) throws -> [PostgresRow] {
        let query = try Self.query(sql, binds)
        let connection = connection
        return try bridge.run { _ in
            var rows: [PostgresRow] = []
            for try await row in try await connection.query(query, logger: PostgresBridge.logger) { rows.append(row) }
            return rows
        }
    }

    /// Calls `body` with each row as it arrives, without holding them all (a digest of millions
    /// of rows). `body` runs on the bridge's executor, one row after the other.
    func forEachRow(_ sql: String, _ binds: [SQLBind] = [], _ body: @escaping @Sendable (PostgresRow) throws -> Void) throws {
        let query = try Self.query(sql, binds)
        let connection = connection
        try bridge.run { _ in
            for try await row in try await connection.query(query, logger: PostgresBridge.logger) { try body(row) }
        }
    }

    /// The first row of a query, or nil.
    func row(_ sql: String, _ binds: [SQLBind] = []) throws -> PostgresRow? {
        try rows(sql, binds).first
    }

    /// The first column of the first row, decoded as `Value`.
    func value<Value: PostgresDecodable>(_ type: Value.Type, _ sql: String, _ binds: [SQLBind] = []) throws -> Value? {
        guard let cell = try row(sql, binds)?.makeRandomAccess()[0], cell.bytes != nil else { return nil }
        return try cell.decode(Value.self)
    }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    func transaction<Result>(_ body: () throws -> Result) throws -> Result {
        try execute("BEGIN")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// Streams `lines` (COPY's text format: tab-separated, `\N` for NULL, escaped by
    /// ``PostgresCopyText``) into `table`'s `columns` with `COPY … FROM STDIN`, in chunks.
    func copy(into table: String, columns: [String], lines: [String]) throws {
        let connection = connection
        try bridge.run { _ in
            try await connection.copyFrom(table: table, columns: columns, logger: PostgresBridge.logger) { writer in
                var buffer = ByteBuffer()
                for line in lines {
                    buffer.writeString(line)
                    buffer.writeInteger(UInt8(ascii: "\n"))
                    if buffer.readableBytes >= 1 << 20 {
                        try await writer.write(buffer)
                        buffer.clear()
                    }
                }
                if buffer.readableBytes > 0 { try await writer.write(buffer) }
            }
        }
    }

    static func query(_ sql: String, _ binds: [SQLBind]) throws -> PostgresQuery {
        var bindings = PostgresBindings(capacity: binds.count)
        for bind in binds {
            if let bind { bindings.append(bind) } else { bindings.appendNull() }
        }
        return PostgresQuery(unsafeSQL: sql, binds: bindings)
    }
}

/// COPY's text format for one value.
enum PostgresCopyText {
    /// `\N` for NULL; backslash, tab, newline and carriage return escaped.
    static func field(_ value: String?) -> String {
        guard let value else { return "\\N" }
        guard value.contains(where: { $0 == "\\" || $0 == "\t" || $0 == "\n" || $0 == "\r" }) else { return value }
        var escaped = ""
        for character in value {
            switch character {
            case "\\": escaped += "\\\\"
            case "\t": escaped += "\\t"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    static func line(_ values: [String?]) -> String {
        values.map(field).joined(separator: "\t")
    }
}
