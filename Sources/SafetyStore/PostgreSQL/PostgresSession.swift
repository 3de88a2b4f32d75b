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
        try startCopy(into: table, columns: columns, lines: lines).wait().get()
    }

    /// `copy(into:columns:lines:)` started and not waited for: the caller goes on (reading the
    /// next rows of a file) while the server takes these, and waits for the outcome before it
    /// runs anything else on this session.
    func startCopy(into table: String, columns: [String], lines: [String]) -> Outcome<Void> {
        let connection = connection
        return bridge.start { _ in
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
    ///
    /// Read as UTF-8 bytes, not Characters: these four are ASCII, which no other character's
    /// bytes contain, and Character iteration was a tenth of the import's own time; it also
    /// took a CRLF inside a quoted field for one Character matching none of them, and sent it
    /// unescaped, which COPY reads as the row's end.
    static func field(_ value: String?) -> String {
        guard let value else { return "\\N" }
        guard value.utf8.contains(where: { $0 == backslash || $0 == tab || $0 == lf || $0 == cr }) else { return value }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(value.utf8.count + 8)
        for byte in value.utf8 {
            switch byte {
            case backslash: escaped += [backslash, backslash]
            case tab: escaped += [backslash, UInt8(ascii: "t")]
            case lf: escaped += [backslash, UInt8(ascii: "n")]
            case cr: escaped += [backslash, UInt8(ascii: "r")]
            default: escaped.append(byte)
            }
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    private static let backslash = UInt8(ascii: "\\"), tab = UInt8(ascii: "\t"), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")

    static func line(_ values: [String?]) -> String {
        values.map(field).joined(separator: "\t")
    }
}
