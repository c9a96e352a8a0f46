import Foundation
import Testing
@testable import CircleKit
@testable import CircleStorePostgres

/// The PostgreSQL store against a real server: its schema's versions, what it refuses, and the
/// clear errors for a server it cannot use.
@Suite(.enabled(if: PostgresFixture.enabled)) struct PostgresStoreTests {
    @Test func aServerIsMigratedOnlyWhenAskedAndOnlyOnce() async throws {
        try await PostgresFixture.with(migrated: false) { database in
            let unmigrated = await #expect(throws: CircleError.self) { _ = try await database.store() }
            #expect(unmigrated?.description.contains("holds no Circle store yet: run `circle store migrate --store 'postgres://circle_admin@") == true)
            #expect(unmigrated?.description.contains("?sslrootcert=") == true)
            #expect(try await PostgresThemeStore.migrate(database.url) == [1, 2])
            #expect(try await PostgresThemeStore.migrate(database.url) == [])
            #expect(try await database.run("SELECT string_agg(version::text, ',' ORDER BY version) FROM circle_schema") == ["1,2"])
            let store = try await database.store()
            await store.disconnect()
        }
    }

    @Test func aSchemaBehindOrAheadIsRefused() async throws {
        try await PostgresFixture.with() { database in
            _ = try await database.run("INSERT INTO circle_schema (version, description) VALUES (99, 'from the future') RETURNING 'x'")
            let ahead = await #expect(throws: CircleError.self) { _ = try await database.store() }
            #expect(ahead?.description.contains("version 99, made by a newer Circle") == true)
            let migrate = await #expect(throws: CircleError.self) { try await PostgresThemeStore.migrate(database.url) }
            #expect(migrate?.description.contains("newer Circle") == true)
            _ = try await database.run("DELETE FROM circle_schema WHERE version >= 2 RETURNING 'x'")
            let behind = await #expect(throws: CircleError.self) { _ = try await database.store() }
            #expect(behind?.description.contains("schema is version 1 and this Circle needs 2: run `circle store migrate") == true)
        }
    }

    @Test func aSessionWhoseTeamHasNoServiceAreaIsRefusedWholeBundle() async throws {
        let organisation = Organisation(name: "Test", teams: [.init(code: "EAST", service: "Everyone"), .init(code: "NORTH")])
        try await PostgresFixture.with(organisation: organisation) { database in
            let store = try await database.store()
            let error = await #expect(throws: CircleError.self) { try await store.add(StoreFixture.sample(), received: nil) }
            #expect(error?.description.contains("teams NORTH, SOUTH, WEST have no service area in the store") == true)
            #expect(error?.description.contains("circle store teams --organisation FILE") == true)
            #expect(try await store.records(.init()).isEmpty)
            // Without a team code a session belongs to no service: kept, and read by the directorate only.
            #expect(try await store.add([StoreFixture.record(1, team: nil, week: "2026-W40", themes: ["workload"])], received: nil) == 1)
            await store.disconnect()
        }
    }

    @Test func aTeamMovedToAnotherServiceTakesItsSessionsWithIt() async throws {
        try await PostgresFixture.with(organisation: BackendFixture.sampleOrganisation) { database in
            let store = try await database.store()
            try await store.add(StoreFixture.sample(), received: nil)
            let moved = Organisation(name: "Test", teams: [.init(code: "EAST", service: "East and West")] + BackendFixture.sampleOrganisation.teams.filter { $0.code != "EAST" })
            #expect(try await store.loadTeams(of: moved) == .init(teams: 4, withoutService: []))
            let queries = [
                "SELECT string_agg(DISTINCT service, ',') FROM session WHERE team = 'EAST'",
                "SELECT string_agg(DISTINCT service, ',') FROM session_theme WHERE team = 'EAST'",
                "SELECT string_agg(DISTINCT i.service, ',') FROM item i JOIN session s ON s.key = i.session WHERE s.team = 'EAST'",
            ]
            for query in queries { #expect(try await database.run(query) == ["East and West"], "\(query)") }
            await store.disconnect()
        }
    }

    @Test func aWrongPasswordIsAClearError() async throws {
        let wrong = await #expect(throws: CircleError.self) { _ = try await PostgresThemeStore.open(PostgresFixture.server!, environment: ["PGPASSWORD": "not-the-password"]) }
        #expect(wrong?.description.contains("the server refused the password for circle_admin: check PGPASSWORD") == true)
        let none = await #expect(throws: CircleError.self) { _ = try await PostgresThemeStore.open(PostgresFixture.server!, environment: ["PGPASSFILE": "/nonexistent"]) }
        #expect(none?.description.contains("asks for circle_admin's password and none was found") == true)
    }

    @Test func anUnreachableServerIsAClearError() async throws {
        var url = URLComponents(string: PostgresFixture.server!)!
        url.port = 9  // discard: nothing listens there
        let error = await #expect(throws: CircleError.self) { _ = try await PostgresThemeStore.open(url.string!) }
        #expect(error?.description.contains("cannot reach the server at 127.0.0.1:9") == true)
    }

    @Test func aServerCertificateNotSignedByTheTrustedCAIsATLSFailure() async throws {
        // verify-full with the system's CAs, which never signed the test server's certificate.
        let url = PostgresFixture.server!.replacingOccurrences(of: #"&sslrootcert=[^&]*"#, with: "", options: .regularExpression)
        let untrusted = await #expect(throws: CircleError.self) { _ = try await PostgresThemeStore.open(url) }
        #expect(untrusted?.description.contains("TLS with the server failed") == true)
        // sslmode=require encrypts without checking: it connects.
        let require = PostgresFixture.server!.replacingOccurrences(of: #"\?.*$"#, with: "?sslmode=require", options: .regularExpression)
        try await PostgresFixture.with() { database in
            let store = try await PostgresThemeStore.open(require.replacingOccurrences(of: "/postgres?", with: "/\(database.name)?"))
            #expect(try await store.records(.init()).isEmpty)
            #expect(try await database.run("SELECT bool_and(ssl)::text FROM pg_stat_ssl JOIN pg_stat_activity USING (pid) WHERE datname = current_database()") == ["true"])
            await store.disconnect()
        }
    }
}
