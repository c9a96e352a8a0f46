import Foundation
import Testing
@testable import CircleKit
@testable import CircleStorePostgres

/// Each middle leader sees only their service area: a service's database role reads and imports
/// only that service's rows, through Circle or with SQL of its own; the directorate's reads all.
@Suite(.enabled(if: PostgresFixture.enabled)) struct RowLevelSecurityTests {
    /// StoreFixture.quarter(): Children and Families 24 sessions (CFS-EAST 14, CFS-WEST 10), Early
    /// Help 11 (EH-NORTH 9, EH-SOUTH 2), Children in Care 3, and 2 without a team.
    @Test func aServiceRoleReadsAndWritesOnlyItsOwnServicesRowsEvenWithHandWrittenSQL() async throws {
        var database = try await PostgresFixture.make(organisation: StoreFixture.organisation)
        let admin = try await database.store()
        try await admin.add(StoreFixture.quarter(), received: "2026-W40")
        let families = try await database.role("ml_families"), earlyHelp = try await database.role("ml_early_help")
        let director = try await database.role("director")
        try await admin.grant(role: families.name, service: "Children and Families")
        try await admin.grant(role: earlyHelp.name, service: "Early Help")
        try await admin.grant(role: director.name, service: nil)

        // Through Circle: the records, the counts a report is made from.
        let familiesStore = try await PostgresThemeStore.open(database.address(as: families.name), environment: families.environment)
        let records = try await familiesStore.records(.init())
        #expect(records.count == 24)
        #expect(Set(records.compactMap(\.team)) == ["CFS-EAST", "CFS-WEST"])
        let counts = try await familiesStore.quarterCounts(StoreFixture.q3, sets: HSEStandard.sets)
        #expect(counts.sessions == ["CFS-EAST": 14, "CFS-WEST": 10])
        #expect(Set(counts.raised.keys) == ["CFS-EAST", "CFS-WEST"] && Set(counts.items.keys).isSubset(of: ["CFS-EAST", "CFS-WEST"]))

        // A report: only of a grouping the role sees whole. The whole organisation's, from one
        // service's sessions under the organisation's name, is refused (it was compiled before).
        let compiler = ReportCompiler(store: familiesStore, labels: StoreFixture.labels, organisation: StoreFixture.organisation)
        let whole = await #expect(throws: CircleError.self) { _ = try await compiler.compile(date: StoreFixture.date) }
        #expect(whole?.description.contains("your role sees only the sessions of Children and Families") == true)
        #expect(whole?.description.contains("--service \"Children and Families\"") == true)
        _ = await #expect(throws: CircleError.self) { _ = try await compiler.compile(.service("Early Help"), date: StoreFixture.date) }
        _ = await #expect(throws: CircleError.self) { _ = try await compiler.compile(.team("EH-NORTH"), date: StoreFixture.date) }
        #expect(try await compiler.compile(.service("Children and Families"), date: StoreFixture.date).sessions == 25)
        #expect(try await compiler.compile(.team("CFS-EAST"), date: StoreFixture.date).sessions == 15)

        // Importing a bundle that holds another service's session: refused whole.
        let own = StoreFixture.record(501, team: "CFS-EAST", week: "2026-W30", themes: ["workload"])
        let other = StoreFixture.record(502, team: "EH-NORTH", week: "2026-W30", themes: ["workload"])
        let refused = await #expect(throws: CircleError.self) { try await familiesStore.add([own, other], received: "2026-W40") }
        #expect(refused?.description.contains("row-level security") == true)
        #expect(try await database.run("SELECT count(*)::text FROM session") == ["40"])
        #expect(try await familiesStore.add([own], received: "2026-W40") == 1)

        // Hand-written SQL as the service's role.
        #expect(try await database.run("SELECT count(*)::text FROM session", as: families) == ["25"])
        #expect(try await database.run("SELECT string_agg(DISTINCT service, ',') FROM session_theme", as: families) == ["Children and Families"])
        #expect(try await database.run("SELECT count(*)::text FROM item WHERE service IS DISTINCT FROM 'Children and Families'", as: families) == ["0"])
        #expect(try await database.run("SELECT count(*)::text FROM session WHERE team IS NULL OR team LIKE 'EH-%'", as: families) == ["0"])
        let insert = """
            INSERT INTO session (id, format, format_version, week, month, team, service, participants, phases_completed, received)
            VALUES ('00000000-0000-4000-8000-000000000999', 'peer-check-in', 1, '2026-W30', '2026-07', 'EH-NORTH', 'Early Help', 5, 3, '2026-W30')
            """
        let inserted = await #expect(throws: CircleError.self) { _ = try await database.run(insert, as: families) }
        #expect(inserted?.description.contains("row-level security") == true)
        let theme = "INSERT INTO session_theme (session, theme, count, month, team, service, received) SELECT key, 1, 1, month, team, 'Early Help', received FROM session LIMIT 1"
        let themeInserted = await #expect(throws: CircleError.self) { _ = try await database.run(theme, as: families) }
        #expect(themeInserted?.description.contains("row-level security") == true)
        for statement in ["UPDATE session SET service = 'Early Help'", "DELETE FROM session", "ALTER TABLE session DISABLE ROW LEVEL SECURITY", "TRUNCATE session_theme"] {
            _ = await #expect(throws: CircleError.self, "\(statement)") { _ = try await database.run(statement, as: families) }
        }
        // Another service's rows cannot be touched even where the role may update (the arrival week).
        #expect(try await database.run("UPDATE session SET received = '2020-W01' WHERE team = 'EH-NORTH' RETURNING id", as: families) == [])
        #expect(try await database.run("SELECT min(received) FROM session WHERE team = 'EH-NORTH'") == ["2026-W40"])

        // The other service's role sees only its own; the directorate's sees every session.
        #expect(try await database.run("SELECT count(*)::text FROM session", as: earlyHelp) == ["11"])
        #expect(try await database.run("SELECT count(*)::text FROM session", as: director) == ["41"])
        let directorate = try await PostgresThemeStore.open(database.address(as: director.name), environment: director.environment)
        #expect(try await directorate.records(.init()).count == 41)
        let report = try await ReportCompiler(store: directorate, labels: StoreFixture.labels, organisation: StoreFixture.organisation).compile(date: StoreFixture.date)
        #expect(report.sessions == 40)

        // Responses: a service's are its own; the directorate's are everyone's.
        try await familiesStore.add(LeadersResponse(theme: "workload", text: "Caseload cap agreed.", quarter: StoreFixture.q3, recorded: "2026-W45"))
        try await directorate.add(LeadersResponse(theme: "peer-support", text: "Buddy scheme funded.", quarter: StoreFixture.q3, recorded: "2026-W45"))
        let earlyHelpStore = try await PostgresThemeStore.open(database.address(as: earlyHelp.name), environment: earlyHelp.environment)
        #expect(try await earlyHelpStore.responses(answering: nil).map(\.text) == ["Buddy scheme funded."])
        #expect(Set(try await familiesStore.responses(answering: nil).map(\.text)) == ["Caseload cap agreed.", "Buddy scheme funded."])
        #expect(try await database.run("SELECT service FROM leaders_response WHERE text LIKE 'Caseload%'") == ["Children and Families"])

        for store in [admin, familiesStore, directorate, earlyHelpStore] { await store.disconnect() }
        await database.drop()
    }

    @Test func aRoleWithoutAGrantReadsNothing() async throws {
        var database = try await PostgresFixture.make(organisation: StoreFixture.organisation)
        let stranger = try await database.role("stranger")
        let error = await #expect(throws: CircleError.self) {
            _ = try await PostgresThemeStore.open(database.address(as: stranger.name), environment: stranger.environment)
        }
        #expect(error?.description.contains("permission denied") == true)
        await database.drop()
    }
}
