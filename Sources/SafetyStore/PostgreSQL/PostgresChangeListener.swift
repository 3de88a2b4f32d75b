import Foundation
import NIOCore
import NIOSSL
import PostgresNIO
import Synchronization

/// The live feed's own connection to the server — not from the pool: it stays LISTENing on
/// the change channel for as long as the feed runs — and what it has heard since last asked.
final class PostgresChangeListener: Sendable {
    /// What was heard since the last `take()`.
    struct Heard: Sendable {
        var changes = 0
        /// A change was committed by a backend that is not one of the store's own.
        var elsewhere = false
        /// The highest change sequence number heard.
        var lastSeq: Int?
        /// The connection closed: the server went away, or someone terminated it.
        var lost = false
    }

    /// The channel every write notifies (`store_change_note`, pg v1).
    static let channel = "safetyboard_changes"
    /// How the connection shows in `pg_stat_activity`.
    static let applicationName = "safetyboard live feed"

    /// What the NIO callbacks write to: they hold this, not the listener.
    private final class Inbox: Sendable {
        let heard = Mutex(Heard())
    }

    private let session: PostgresSession
    private let inbox = Inbox()

    /// Connects and listens; returns once LISTEN is in force, so that every change committed
    /// after it returns is heard. `wake` is called (on a NIO thread) for each notification and
    /// when the connection closes.
    init(location: PostgreSQLLocation, bridge: PostgresBridge, own: PostgresOwnBackends,
         wake: @escaping @Sendable () -> Void) throws {
        let configuration = try location.listenConfiguration()
        let connection: PostgresConnection
        do {
            connection = try bridge.run { _ in
                try await PostgresConnection.connect(configuration: configuration, id: 0, logger: PostgresBridge.logger)
            }
        } catch {
            throw StoreError.serverUnreachable(location: location.description, reason: PostgresFailure(error).message)
        }
        session = PostgresSession(connection: connection, bridge: bridge)
        let inbox = inbox
        connection.addListener(channel: Self.channel) { _, notification in
            let seq = Self.seq(of: notification.payload)
            let elsewhere = !own.contains(notification.backendPID)
            inbox.heard.withLock { heard in
                heard.changes += 1
                heard.elsewhere = heard.elsewhere || elsewhere
                if let seq { heard.lastSeq = max(heard.lastSeq ?? seq, seq) }
            }
            wake()
        }
        connection.closeFuture.whenComplete { _ in
            inbox.heard.withLock { $0.lost = true }
            wake()
        }
        // `addListener` sends its own LISTEN; a connection runs its statements in order, so
        // when this one is done, that one is too.
        try session.execute("LISTEN \(Self.channel)")
    }

    /// The latest change sequence number committed (0 when none).
    func latestSeq() throws -> Int {
        try session.value(Int.self, "SELECT COALESCE(MAX(seq), 0) FROM store_change") ?? 0
    }

    /// What was heard since the last call.
    func take() -> Heard {
        inbox.heard.withLock { heard in
            defer { heard = Heard(lost: heard.lost) }
            return heard
        }
    }

    func close() {
        let connection = session.connection
        try? session.bridge.run { _ in try await connection.close() }
    }

    private struct Payload: Decodable { var seq: Int }

    private static func seq(of payload: String) -> Int? {
        try? JSONDecoder().decode(Payload.self, from: Data(payload.utf8)).seq
    }
}

extension PostgreSQLLocation {
    /// The configuration of one connection of its own (the live feed's), as the pool's.
    func listenConfiguration() throws -> PostgresConnection.Configuration {
        var configuration: PostgresConnection.Configuration
        if host.hasPrefix("/") {
            configuration = PostgresConnection.Configuration(
                unixSocketPath: (host as NSString).appendingPathComponent(".s.PGSQL.\(port)"),
                username: user, password: password, database: database)
        } else {
            let tls: PostgresConnection.Configuration.TLS = switch sslMode {
            case "disable": .disable
            case "allow", "prefer": .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
            default: .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
            }
            configuration = PostgresConnection.Configuration(host: host, port: port, username: user, password: password,
                                                             database: database, tls: tls)
        }
        configuration.options.connectTimeout = .seconds(10)
        configuration.options.additionalStartupParameters = [("application_name", PostgresChangeListener.applicationName)]
        return configuration
    }
}
