import CircleKit
import Foundation
import PostgresNIO
@testable import CircleStorePostgres

/// A throwaway database on the test server named by `$CIRCLE_TEST_POSTGRES` (a superuser's address,
/// its password in `$PGPASSFILE`: Scripts/tools/postgres-test-server.sh starts one). Each test makes
/// its own database and roles with random names, so tests run in parallel, and drops them after.
struct PostgresFixture {
    /// The server's address, when the PostgreSQL tests are to run.
    static let server = ProcessInfo.processInfo.environment["CIRCLE_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    static var enabled: Bool { server != nil }

    /// The new database's address, as the superuser.
    let url: String
    let name: String
    /// Roles made for this database (dropped with it).
    private(set) var roles: [String] = []

    /// A new, empty, migrated database (`migrated: false` leaves it empty).
    static func make(migrated: Bool = true, organisation: Organisation? = nil) async throws -> PostgresFixture {
        let name = "circle_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        try await admin("CREATE DATABASE \(name)")
        let fixture = PostgresFixture(url: address(of: String(name)), name: String(name))
        if migrated {
            try await PostgresThemeStore.migrate(fixture.url)
            if let organisation {
                let store = try await PostgresThemeStore.open(fixture.url)
                _ = try await store.loadTeams(of: organisation)
                await store.disconnect()
            }
        }
        return fixture
    }

    /// Runs `body` with a new database (see ``make(migrated:organisation:)``), dropped afterwards.
    static func with(migrated: Bool = true, organisation: Organisation? = nil, _ body: (PostgresFixture) async throws -> Void) async throws {
        let database = try await make(migrated: migrated, organisation: organisation)
        do {
            try await body(database)
        } catch {
            await database.drop()
            throw error
        }
        await database.drop()
    }

    /// `url` with `user` in place of the superuser.
    func address(as user: String) -> String { url.replacingOccurrences(of: "://circle_admin@", with: "://\(user)@") }

    /// The store, opened as the superuser.
    func store(environment: [String: String] = ProcessInfo.processInfo.environment) async throws -> PostgresThemeStore {
        try await PostgresThemeStore.open(url, environment: environment)
    }

    /// A login role with a random name and password; returns its name and the environment that connects as it.
    mutating func role(_ stem: String) async throws -> (name: String, environment: [String: String]) {
        let name = "\(stem)_\(UUID().uuidString.lowercased().prefix(8))"
        let password = UUID().uuidString
        try await Self.admin("CREATE ROLE \(name) LOGIN PASSWORD '\(password)'")
        roles.append(name)
        return (name, ["PGPASSWORD": password])
    }

    /// Drops the database and the roles.
    func drop() async {
        try? await Self.admin("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
        for role in roles { try? await Self.admin("DROP ROLE IF EXISTS \(role)") }
    }

    /// Runs `sql` on the database as `user` (the superuser when nil), returning the first column of each row as text.
    func run(_ sql: String, as user: (name: String, environment: [String: String])? = nil) async throws -> [String?] {
        let target = try PostgresAddress(user.map { address(as: $0.name) } ?? url)
        let environment = user?.environment ?? ProcessInfo.processInfo.environment
        return try await Connecting(address: target, environment: environment).withConnection { connection in
            var values: [String?] = []
            for try await row in try await connection.query(PostgresQuery(unsafeSQL: sql), logger: PostgresThemeStore.logger) {
                values.append(try row.decode(String?.self))
            }
            return values
        }
    }

    /// Runs `sql` on the server's own database as the superuser.
    static func admin(_ sql: String) async throws {
        let address = try PostgresAddress(server!)
        try await Connecting(address: address, environment: ProcessInfo.processInfo.environment).withConnection { connection in
            try await connection.query(PostgresQuery(unsafeSQL: sql), logger: PostgresThemeStore.logger)
        }
    }

    /// The server's address with another database.
    static func address(of database: String) -> String { PostgresAddress.onDatabase(database, of: server!) }
}

extension Sequence {
    /// `map` with an asynchronous transform, in order.
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var results: [T] = []
        for element in self { results.append(try await transform(element)) }
        return results
    }
}
