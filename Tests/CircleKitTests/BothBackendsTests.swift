import Foundation
import Testing
@testable import CircleKit
@testable import CircleStorePostgres

/// The kinds of theme store: the SQLite file, and PostgreSQL when `$CIRCLE_TEST_POSTGRES` names a
/// test server (`make test` and CI start one).
enum Backend: String, CustomStringConvertible, Sendable {
    case sqlite, postgres

    static var available: [Backend] { PostgresFixture.enabled ? [.sqlite, .postgres] : [.sqlite] }

    var description: String { rawValue }

    /// Runs `body` with a new, empty store of this kind, whose teams have the service areas
    /// `organisation` gives them; a PostgreSQL store's database is dropped afterwards.
    func with<T>(_ organisation: Organisation = BackendFixture.sampleOrganisation, _ body: (any ThemeRepository) async throws -> T) async throws -> T {
        let (store, done) = try await open(organisation)
        do {
            let result = try await body(store)
            await done()
            return result
        } catch {
            await done()
            throw error
        }
    }

    /// A new, empty store of this kind (see ``with(_:_:)``); call the returned closure when done with it.
    func open(_ organisation: Organisation = BackendFixture.sampleOrganisation) async throws -> (any ThemeRepository, @Sendable () async -> Void) {
        switch self {
        case .sqlite:
            return (try StoreFixture.store(), {})
        case .postgres:
            let database = try await PostgresFixture.make(organisation: organisation)
            let store = try await database.store()
            return (store, { await store.disconnect(); await database.drop() })
        }
    }
}

enum BackendFixture {
    /// StoreFixture.sample()'s teams, in one service area.
    static let sampleOrganisation = Organisation(
        name: "Test", teams: ["EAST", "NORTH", "WEST", "SOUTH"].map { .init(code: try! TeamCode($0), service: "Everyone") })

    /// Every grouping `organisation` has, and every text form of a report.
    static func groupings(_ organisation: Organisation) -> [Grouping] {
        [.organisation] + Set(organisation.teams.compactMap(\.service)).sorted().map(Grouping.service) + organisation.teams.map { .team($0.code) }
    }

    /// Every report of `quarters` × `organisation`'s groupings in every text form, or the error
    /// that refused it, keyed by what was asked for.
    static func reports(_ store: any ThemeRepository, _ organisation: Organisation, quarters: [String]) async -> [String: String] {
        let compiler = ReportCompiler(store: store, labels: StoreFixture.labels, organisation: organisation)
        var out: [String: String] = [:]
        for quarter in quarters.map({ Quarter($0)! }) {
            for grouping in groupings(organisation) {
                do {
                    let report = try await compiler.compile(grouping, quarter: quarter, date: StoreFixture.date)
                    for form in ReportFormat.text { out["\(quarter) \(grouping) \(form)"] = try form.render(report) }
                } catch {
                    out["\(quarter) \(grouping)"] = "refused: \(error)"
                }
            }
        }
        return out
    }
}

/// The store's behaviour, and the reports compiled from it, on every backend.
@Suite struct BothBackendsTests {
    @Test(arguments: Backend.available) func filtersByWeekTeamAndFormat(_ backend: Backend) async throws {
        try await backend.with() { store async throws in
            #expect(try await store.add(StoreFixture.sample(), received: nil) == 12)
            #expect(try await store.records(.init(since: "2026-W45")).count == 6)
            #expect(try await store.records(.init(team: "NORTH")).count == 4)
            #expect(try await store.records(.init(format: "action-learning-set")).count == 3)
            #expect(try await store.records(.init(since: "2026-W41", until: "2026-W42", team: "EAST")).map(\.week) == ["2026-W41", "2026-W42"])
            // Everything kept comes back as it went in, oldest week first.
            let sorted = StoreFixture.sample().sorted { ($0.week, $0.id) < ($1.week, $1.id) }
            #expect(try await store.records(.init()) == sorted)
        }
    }

    @Test(arguments: Backend.available) func importingTwiceKeepsOneCopyAndTheEarliestArrival(_ backend: Backend) async throws {
        try await backend.with(StoreFixture.organisation) { store async throws in
            #expect(try await store.add(StoreFixture.quarter(), received: "2026-W40") == 40)
            #expect(try await store.add(StoreFixture.quarter(), received: "2026-W41") == 0)
            #expect(try await store.records(.init()).count == 40)
            // A session that first arrives after the cut-off counts nowhere, until an earlier bundle brings it.
            let late = StoreFixture.record(999, team: "CFS-EAST", week: "2026-W39", themes: ["workload"])
            #expect(try await store.add([late], received: "2026-W45") == 1)
            let q3 = StoreFixture.q3
            #expect(try await store.quarterCounts(q3, sets: [:]).sessions["CFS-EAST"] == 14)
            #expect(try await store.add([late], received: "2026-W44") == 0)
            #expect(try await store.quarterCounts(q3, sets: [:]).sessions["CFS-EAST"] == 15)
        }
    }

    @Test(arguments: Backend.available) func aBadRecordSavesNothing(_ backend: Backend) async throws {
        try await backend.with() { store async throws in
            var bad = StoreFixture.record(2, team: "EAST", week: "2026-W41", themes: ["workload"])
            bad.participants = -1
            let error = await #expect(throws: CircleError.self) {
                try await store.add([StoreFixture.record(1, team: "EAST", week: "2026-W40", themes: ["workload"]), bad], received: nil)
            }
            #expect(error?.description.contains("record 2") == true)
            #expect(error?.description.hasSuffix("nothing was saved") == true)
            #expect(try await store.records(.init()).isEmpty)
        }
    }

    @Test(arguments: Backend.available) func twoWritersAtOnceLoseNothing(_ backend: Backend) async throws {
        try await backend.with() { store async throws in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for writer in 0..<2 {
                    group.addTask {
                        for n in 0..<50 {
                            try await store.add([StoreFixture.record(writer * 1000 + n, team: writer == 0 ? "EAST" : "WEST", week: "2026-W4\(n % 10)", themes: ["workload"])], received: nil)
                        }
                    }
                }
                try await group.waitForAll()
            }
            let records = try await store.records(.init())
            #expect(records.count == 100)
            #expect(Set(records.map(\.id)).count == 100)
        }
    }

    @Test(arguments: Backend.available) func responsesAreKeptOnceAndReadNewestFirst(_ backend: Backend) async throws {
        try await backend.with() { store async throws in
            let q2 = LeadersResponse(theme: "workload", text: "Two posts were filled.", quarter: Quarter("2026-Q2")!, recorded: "2026-W30")
            let q3 = LeadersResponse(theme: "peer-support", text: "Buddy pairs kept.", quarter: Quarter("2026-Q3")!, recorded: "2026-W42")
            #expect(try await store.add(q2) == true)
            #expect(try await store.add(q3) == true)
            #expect(try await store.add(q2) == false)
            #expect(try await store.responses(answering: nil) == [q3, q2])
            #expect(try await store.responses(answering: Quarter("2026-Q2")) == [q2])
        }
    }

    @Test(arguments: Backend.available) func theGoldenReportComesFromEitherStore(_ backend: Backend) async throws {
        try await backend.with(StoreFixture.organisation) { store async throws in
            try await store.add(StoreFixture.quarter(), received: nil)
            let report = try await ReportCompiler(store: store, labels: StoreFixture.labels, organisation: StoreFixture.organisation).compile(date: StoreFixture.date)
            for form in [ReportFormat.md, .json] {
                let golden = Fixture.root.appendingPathComponent("Tests/CircleKitTests/Golden/report.\(form.rawValue)").path
                #expect(try form.render(report) == String(contentsOfFile: golden, encoding: .utf8), "\(backend) \(form)")
            }
        }
    }

    /// The same bundles into both stores: every report of every grouping and quarter, in every
    /// text form, is the same to the byte (and so is every refusal).
    @Test(.enabled(if: PostgresFixture.enabled), arguments: [
        ("quarter", StoreFixture.organisation), ("director", DirectorFixture.organisation),
    ])
    func reportsAreTheSameBytesFromSQLiteAndPostgreSQL(_ fixture: String, _ organisation: Organisation) async throws {
        let records = fixture == "quarter" ? StoreFixture.quarter() : DirectorFixture.records()
        let response = LeadersResponse(theme: "workload", text: "Two social work posts were filled.", quarter: Quarter("2026-Q2")!, recorded: "2026-W30")
        var reports: [[String: String]] = []
        for backend in [Backend.sqlite, .postgres] {
            let (store, done) = try await backend.open(organisation)
            // Two bundles, one made late for Q2's sessions: arrival weeks matter too.
            try await store.add(Array(records.prefix(records.count / 2)), received: "2026-W40")
            try await store.add(Array(records.suffix(records.count - records.count / 2)), received: "2026-W27")
            try await store.add(response)
            #expect(try await store.records(.init()) == records.sorted { ($0.week, $0.id) < ($1.week, $1.id) }, "\(backend)")
            reports.append(await BackendFixture.reports(store, organisation, quarters: ["2026-Q2", "2026-Q3"]))
            await done()
        }
        #expect(reports[0].values.contains { !$0.hasPrefix("refused") }, "some report was compiled")
        #expect(reports[0].keys.sorted() == reports[1].keys.sorted())
        for key in reports[0].keys.sorted() {
            #expect(reports[0][key] == reports[1][key], "\(key) differs between SQLite and PostgreSQL")
        }
    }
}
