import Foundation
import Testing
@testable import CircleKit
@testable import CircleStorePostgres

/// Imports into a PostgreSQL store at the same time, cut off half way, and across a server restart.
@Suite(.enabled(if: PostgresFixture.enabled)) struct PostgresFaultTests {
    /// `count` generated records over the teams of StoreFixture.organisation.
    static func records(_ count: Int, from first: Int = 0) -> [ThemeRecord] {
        let teams: [TeamCode] = ["CFS-EAST", "CFS-WEST", "EH-NORTH", "EH-SOUTH", "CIC-1"]
        let themes: [ThemeID] = ["workload", "peer-support", "moral-distress", "successes", "demands"]
        return (first..<first + count).map { n in
            StoreFixture.record(
                n, team: teams[n % teams.count], week: String(format: "2026-W%02d", 27 + n % 13), themes: Array(Set([themes[n % 5], themes[(n / 5) % 5]])),
                items: n % 4 == 0 ? [.init(kind: "feedback-up", text: "Item \(n).", theme: themes[n % 5])] : [])
        }
    }

    @Test func twoImportsAtOnceOfTheSameAndOfDifferentBundlesLoseNothingAndDoubleNothing() async throws {
        let database = try await PostgresFixture.make(organisation: StoreFixture.organisation)
        let a = Self.records(300), b = Self.records(300, from: 300)
        // Four middle leaders at once, each with their own connection pool: A, A again, B, and both in the other order.
        let bundles = [a, a, b, (a + b).reversed()]
        let added = try await withThrowingTaskGroup(of: Int.self) { group in
            for bundle in bundles {
                group.addTask {
                    let store = try await database.store()
                    let added = try await store.add(Array(bundle), received: "2026-W40")
                    await store.disconnect()
                    return added
                }
            }
            return try await group.reduce(0, +)
        }
        #expect(added == 600, "each session was new to exactly one import")
        let store = try await database.store()
        let kept = try await store.records(.init())
        #expect(kept.count == 600 && Set(kept.map(\.id)).count == 600)
        #expect(kept == (a + b).sorted { ($0.week, $0.id) < ($1.week, $1.id) })
        #expect(try await database.run("SELECT count(*)::text FROM item") == ["150"])
        await store.disconnect()
        await database.drop()
    }

    @Test func anImportCutOffHalfWayLeavesNoneOfTheBundleAndARetryCompletesIt() async throws {
        let database = try await PostgresFixture.make(organisation: StoreFixture.organisation)
        let store = try await database.store()
        let bundle = Self.records(3000)
        let importing = Task { try await store.add(bundle, received: "2026-W40") }
        // Once the import's transaction has written some rows, its connection is cut, as when the
        // middle leader's laptop dies: the server rolls the transaction back.
        try await Self.waitForAnOpenTransaction(in: database)
        _ = try await database.run("SELECT pg_terminate_backend(pid)::text FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")
        let error = await #expect(throws: CircleError.self) { _ = try await importing.value }
        #expect(error?.description.contains("nothing was saved") == true)
        #expect(try await database.run("SELECT count(*)::text FROM session") == ["0"])
        #expect(try await database.run("SELECT count(*)::text FROM session_theme") == ["0"])
        await store.disconnect()
        let again = try await database.store()
        #expect(try await again.add(bundle, received: "2026-W40") == 3000)
        #expect(try await database.run("SELECT count(*)::text FROM session") == ["3000"])
        await again.disconnect()
        await database.drop()
    }

    @Test func aServerRestartMidImportIsAClearErrorAndARetrySucceeds() async throws {
        // A server of its own, so restarting it disturbs no other test.
        let server = try TestServer.start()
        defer { server.stop() }
        let url = server.environment["CIRCLE_TEST_POSTGRES"]!
        try await PostgresThemeStore.migrate(url, environment: server.environment)
        let store = try await PostgresThemeStore.open(url, environment: server.environment)
        _ = try await store.loadTeams(of: StoreFixture.organisation)
        let bundle = Self.records(3000)
        let importing = Task { try await store.add(bundle, received: "2026-W40") }
        try await Self.waitForAnOpenTransaction(at: url, environment: server.environment)
        try server.run("restart")
        let error = await #expect(throws: CircleError.self) { _ = try await importing.value }
        let text = error?.description ?? ""
        #expect(text.contains("nothing was saved"))
        #expect(text.contains("restarting") || text.contains("closed the connection"), "\(text)")
        await store.disconnect()
        let again = try await PostgresThemeStore.open(url, environment: server.environment)
        #expect(try await again.add(bundle, received: "2026-W40") == 3000)
        #expect(try await again.records(.init()).count == 3000)
        await again.disconnect()
    }

    /// Waits until another connection to the database is inside a transaction that has written.
    static func waitForAnOpenTransaction(in database: PostgresFixture) async throws {
        try await waitForAnOpenTransaction(at: database.url, environment: ProcessInfo.processInfo.environment)
    }

    static func waitForAnOpenTransaction(at url: String, environment: [String: String]) async throws {
        let address = try PostgresAddress(url)
        for _ in 0..<2000 {
            let open = try await Connecting(address: address, environment: environment).withConnection { connection in
                var open = false
                for try await found in try await connection.query(
                    "SELECT count(*) > 0 FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL",
                    logger: PostgresThemeStore.logger
                ).decode(Bool.self) { open = found }
                return open
            }
            if open { return }
            try await Task.sleep(for: .milliseconds(5))
        }
        Issue.record("the import's transaction never began")
    }
}

/// A PostgreSQL server of a test's own, from Scripts/tools/postgres-test-server.sh.
struct TestServer {
    let directory: String
    let environment: [String: String]

    static func start() throws -> TestServer {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("circle-pg-\(UUID().uuidString.prefix(8))").path
        let server = TestServer(directory: directory, environment: [:])
        try server.run("start")
        var environment = ProcessInfo.processInfo.environment
        let text = try String(contentsOfFile: directory + "/env", encoding: .utf8)
        for line in text.split(separator: "\n") where line.hasPrefix("export ") {
            let pair = line.dropFirst("export ".count).split(separator: "=", maxSplits: 1)
            environment[String(pair[0])] = String(pair[1]).trimmingCharacters(in: CharacterSet(charactersIn: "'"))
        }
        return TestServer(directory: directory, environment: environment)
    }

    func run(_ verb: String) throws {
        let process = Process()
        process.executableURL = Fixture.root.appendingPathComponent("Scripts/tools/postgres-test-server.sh")
        process.arguments = [verb, directory]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CircleError(.files, "postgres-test-server.sh \(verb) failed") }
    }

    func stop() { try? run("stop") }
}
