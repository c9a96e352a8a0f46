import Foundation
import Testing
@testable import CircleKit

@Suite struct ThemeStoreTests {
    @Test func twoWritersAtOnceLoseNothing() async throws {
        let path = try Fixture.scratch("shared.sqlite")
        _ = try ThemeStore(path: path)
        // Two facilitators' sessions saved at the same moment, each through its own connection pool.
        await withTaskGroup(of: Void.self) { group in
            for writer in 0..<2 {
                group.addTask {
                    let store = try! ThemeStore(path: path)
                    for n in 0..<100 {
                        try! store.add([StoreFixture.record(writer * 1000 + n, team: try! TeamCode("T\(writer)"), week: "2026-W4\(n % 10)", themes: ["workload"])])
                    }
                }
            }
        }
        let records = try ThemeStore(path: path).records()
        #expect(records.count == 200)
        #expect(Set(records.map(\.id)).count == 200)
    }

    @Test func filtersByWeekTeamAndFormat() throws {
        let store = try StoreFixture.store()
        try store.add(StoreFixture.sample())
        #expect(try store.records(.init(since: "2026-W45")).count == 6)
        #expect(try store.records(.init(team: "NORTH")).count == 4)
        #expect(try store.records(.init(format: "action-learning-set")).count == 3)
        #expect(try store.records(.init(since: "2026-W41", until: "2026-W42", team: "EAST")).map(\.week) == ["2026-W41", "2026-W42"])
    }

    @Test func aStoreThatCannotBeCreatedIsAClearError() throws {
        // A file stands where the store's directory should be: no user, root included, can create it.
        let blocker = try Fixture.write("not-a-directory", "a file")
        let error = #expect(throws: CircleError.self) { _ = try ThemeStore(path: blocker + "/themes.sqlite") }
        #expect(error?.description.hasPrefix("\(blocker)/themes.sqlite: cannot open the theme store") == true)
    }

    @Test func aJournalDirectoryThatCannotBeCreatedIsAClearError() throws {
        let blocker = try Fixture.write("state", "a file")
        let error = #expect(throws: CircleError.self) { _ = try StateDirectory.sessions(override: blocker) }
        #expect(error?.description.hasPrefix("\(blocker)/sessions: cannot create the directory for session journals") == true)
    }

    @Test func aCorruptStoreFileIsAClearError() throws {
        let path = try Fixture.write("corrupt.sqlite", "this is not a database, it is a note someone saved here")
        let error = #expect(throws: CircleError.self) { _ = try ThemeStore(path: path) }
        #expect(error?.description.hasPrefix("\(path): cannot open the theme store") == true)
    }

    @Test func monthsAndQuartersOfISOWeeks() {
        #expect(Period.month(ofWeek: "2026-W48") == "2026-11")
        #expect(Period.month(ofWeek: "2026-W01") == "2026-01")
        #expect(Period.month(ofWeek: "2020-W53") == "2020-12")
        #expect(Quarter(week: "2026-W48") == Quarter("2026-Q4"))
        #expect(Quarter(week: "2026-W01")?.months == ["2026-01", "2026-02", "2026-03"])
    }
}
