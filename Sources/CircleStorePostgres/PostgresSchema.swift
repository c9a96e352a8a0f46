import CircleKit
import Foundation
import PostgresNIO

/// The PostgreSQL store's schema: versioned migrations (the SQL in `Migrations/`), applied in
/// order by `circle store migrate` only, each in its own transaction with its version recorded in
/// `circle_schema`. Every other command checks the version first and refuses a server that is
/// behind (migrate it) or ahead (a newer Circle made it).
enum PostgresSchema {
    struct Migration {
        let version: Int
        let description: String
        let sql: [UInt8]
    }

    static let migrations = [
        Migration(version: 1, description: "sessions, themes, items, responses; teams and service areas", sql: PackageResources.schema_v1_sql),
        Migration(version: 2, description: "row-level security by service area", sql: PackageResources.row_security_v2_sql),
    ]

    /// The version this Circle reads and writes.
    static var current: Int { migrations.last!.version }

    /// An advisory lock's key, so that two migrations run at once take turns.
    static let migrationLock = 0x43_69_72_63_6C_65  // "Circle"

    /// The schema's version on `connection`'s database: 0 when it holds no Circle store.
    static func version(_ connection: PostgresConnection) async throws -> Int {
        let logger = PostgresThemeStore.logger
        for try await exists in try await connection.query("SELECT to_regclass('circle_schema') IS NOT NULL", logger: logger).decode(Bool.self) where !exists {
            return 0
        }
        for try await version in try await connection.query("SELECT coalesce(max(version), 0)::bigint FROM circle_schema", logger: logger).decode(Int.self) {
            return version
        }
        return 0
    }

    /// Refuses a database whose schema is not this Circle's version.
    static func check(_ connection: PostgresConnection, at address: PostgresAddress) async throws {
        let found = try await version(connection)
        if found == 0 {
            throw CircleError(
                .store, "\(address.display): the database holds no Circle store yet: run `circle store migrate --store \(address.argument)` as the role that owns Circle's tables (docs/organisation.md)")
        }
        if found < current {
            throw CircleError(
                .store, "\(address.display): the store's schema is version \(found) and this Circle needs \(current): run `circle store migrate --store \(address.argument)` as the role that owns Circle's tables (take a backup with pg_dump first)")
        }
        if found > current { throw newer(found, at: address) }
    }

    /// Applies the migrations the database lacks, in order; returns their versions.
    static func migrate(_ connection: PostgresConnection, at address: PostgresAddress) async throws -> [Int] {
        let found = try await version(connection)
        if found > current { throw newer(found, at: address) }
        var applied: [Int] = []
        for migration in migrations where migration.version > found {
            let ran = try await connection.withTransaction(logger: PostgresThemeStore.logger) { connection -> Bool in
                try await connection.query("SELECT pg_advisory_xact_lock(\(migrationLock))", logger: PostgresThemeStore.logger)
                // Another `circle store migrate` may have applied it while this one waited.
                guard try await version(connection) == migration.version - 1 else { return false }
                for statement in statements(of: String(decoding: migration.sql, as: UTF8.self)) {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: PostgresThemeStore.logger)
                }
                try await connection.query(
                    "INSERT INTO circle_schema (version, description) VALUES (\(migration.version), \(migration.description))",
                    logger: PostgresThemeStore.logger)
                return true
            }
            if ran { applied.append(migration.version) }
        }
        return applied
    }

    /// A migration file's statements, one at a time (the extended protocol takes one per query): each
    /// ends with a semicolon at the end of a line, outside a `$body$` function body; `--` lines are comments.
    static func statements(of sql: String) -> [String] {
        var statements: [String] = []
        var current: [Substring] = []
        var inBody = false
        for line in sql.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if !inBody, trimmed.hasPrefix("--") || trimmed.isEmpty { continue }
            current.append(line)
            if line.components(separatedBy: "$body$").count % 2 == 0 { inBody.toggle() }
            if !inBody, trimmed.hasSuffix(";") {
                statements.append(current.joined(separator: "\n"))
                current = []
            }
        }
        return statements
    }

    static func newer(_ found: Int, at address: PostgresAddress) -> CircleError {
        CircleError(
            .store, "\(address.display): the store's schema is version \(found), made by a newer Circle (this one knows up to version \(current)): install the newer Circle")
    }
}
