import CircleKit
import Foundation
import Logging
import PostgresNIO

/// An organisation's theme store on a PostgreSQL server: the same records, counts and responses
/// as the SQLite ``ThemeStore``, through a pooled connection (postgres-nio's `PostgresClient`).
/// Each service area's rows are kept apart by row-level security, so the same commands, run with
/// a middle leader's database role, read and import only that service's sessions.
///
/// ``open(_:environment:)`` connects once first, so that an unreachable server, a wrong password,
/// a TLS failure or a schema that is not the one this Circle knows is a clear error straight away;
/// the schema is changed only by ``migrate(_:environment:)`` (`circle store migrate`).
public final class PostgresThemeStore: ThemeRepository {
    public let address: PostgresAddress
    let client: PostgresClient
    let running: Task<Void, Never>
    static let logger = Logger(label: "circle.store.postgres", factory: { _ in SwiftLogNoOpLogHandler() })

    public var location: String { address.display }

    /// Opens the store at `url` (`postgres://…`), refusing a server whose schema is behind or
    /// ahead of this Circle's (``PostgresSchema``).
    public static func open(_ url: String, environment: [String: String] = ProcessInfo.processInfo.environment) async throws -> PostgresThemeStore {
        let address = try PostgresAddress(url, environment: environment)
        let configuration = try Connecting(address: address, environment: environment)
        try await configuration.withConnection { connection in
            try await PostgresSchema.check(connection, at: address)
        }
        return PostgresThemeStore(address: address, configuration: configuration)
    }

    /// Brings the schema at `url` up to this Circle's version; returns the versions applied (none
    /// when it was up to date). Refuses a schema newer than this Circle's.
    @discardableResult
    public static func migrate(_ url: String, environment: [String: String] = ProcessInfo.processInfo.environment) async throws -> [Int] {
        let address = try PostgresAddress(url, environment: environment)
        return try await Connecting(address: address, environment: environment).withConnection { connection in
            try await PostgresSchema.migrate(connection, at: address)
        }
    }

    init(address: PostgresAddress, configuration: Connecting) {
        self.address = address
        var options = PostgresClient.Configuration.Options()
        options.maximumConnections = 8
        options.keepAliveBehavior = nil
        var pool = PostgresClient.Configuration(
            host: address.host, port: address.port, username: address.user, password: configuration.password,
            database: address.database, tls: configuration.clientTLS)
        pool.options = options
        let client = PostgresClient(configuration: pool, backgroundLogger: Self.logger)
        self.client = client
        running = Task { await client.run() }
    }

    /// Closes the pool's connections.
    public func disconnect() async {
        running.cancel()
        await running.value
    }

    /// Runs `body` in one transaction on a pooled connection; any failure is a ``CircleError`` saying
    /// what was being done (`doing`, e.g. "could not save to the theme store") and why.
    func transaction<Result: Sendable>(_ doing: String, _ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        do {
            return try await client.withTransaction(logger: Self.logger) { connection in try await body(connection) }
        } catch {
            throw PostgresFailure.describe(error, doing: doing, at: address)
        }
    }

    /// Runs `body` on a pooled connection, outside a transaction.
    func reading<Result: Sendable>(_ doing: String, _ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        do {
            return try await client.withConnection { connection in try await body(connection) }
        } catch {
            throw PostgresFailure.describe(error, doing: doing, at: address)
        }
    }
}
