import Foundation
import GRDB
import Testing
@testable import CircleKit

/// The store's tallies (migration v6) give the counts a report would get by counting every
/// theme row: whatever order bundles arrive in, when a later bundle moves a session's arrival
/// week earlier, when a report asks for other sets, and when a session is deleted.
@Suite struct ThemeTallyTests {
    static let themes: [ThemeID] = ["workload", "out-of-hours", "peer-support", "manager-support", "control", "change", "moral-distress"]
    static let teams: [TeamCode?] = ["EAST", "WEST", "NORTH", nil]
    static let quarters = ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"].compactMap { Quarter($0) }

    /// Sessions over 2026, each raising some themes (a count of 0 among them: raised in no
    /// session's figure), some as strengths or concerns.
    static func records(_ random: inout SystemRandomNumberGenerator.Seeded) -> [ThemeRecord] {
        (1...240).map { n in
            let week = String(format: "2026-W%02d", 1 + random.next(upTo: 50))
            var record = StoreFixture.record(n, team: teams[random.next(upTo: teams.count)], week: week, themes: [])
            for theme in themes where random.next(upTo: 3) == 0 {
                let count = random.next(upTo: 4), strength = random.next(upTo: count + 1)
                record.themes[theme] = count
                if random.next(upTo: 2) == 0 { record.directions[theme] = .init(strength: strength, concern: random.next(upTo: count - strength + 1)) }
            }
            return record
        }
    }

    /// What a quarter's counts are, counted from the records themselves: the rule the tallies must keep.
    static func expected(_ records: [(record: ThemeRecord, received: String)], _ quarter: Quarter, sets: [String: [String]]) -> QuarterCounts {
        var counts = QuarterCounts(sets: sets)
        for (record, received) in records where quarter.months.contains(Period.month(ofWeek: record.week)) && received <= quarter.cutOff {
            counts.sessions[record.team, default: 0] += 1
            func raise(_ key: String, _ themes: [ThemeID]) {
                let raised = themes.filter { (record.themes[$0] ?? 0) > 0 }
                guard !raised.isEmpty else { return }
                counts.raised[record.team, default: [:]][key, default: 0] += 1
                if raised.contains(where: { (record.directions[$0]?.strength ?? 0) > 0 }) { counts.raised[record.team, default: [:]][key + "+", default: 0] += 1 }
                if raised.contains(where: { (record.directions[$0]?.concern ?? 0) > 0 }) { counts.raised[record.team, default: [:]][key + "-", default: 0] += 1 }
            }
            for theme in record.themes.keys { raise(FigureKey.theme(theme.rawValue), [theme]) }
            for (name, members) in sets { raise(FigureKey.set(name), members.compactMap { try? ThemeID($0) }) }
        }
        return counts
    }

    static func check(_ store: ThemeStore, _ kept: [String: (record: ThemeRecord, received: String)], sets: [String: [String]]) throws {
        for quarter in quarters {
            let counts = try store.quarterCounts(quarter, sets: sets)
            let expected = expected(Array(kept.values), quarter, sets: sets)
            #expect(counts.sessions == expected.sessions, "sessions in \(quarter)")
            #expect(counts.raised == expected.raised, "figures in \(quarter)")
        }
    }

    @Test func talliesCountWhatTheThemeRowsHoldWhateverOrderBundlesArriveIn() throws {
        var random = SystemRandomNumberGenerator.Seeded(seed: 6)
        let records = Self.records(&random)
        let store = try StoreFixture.store()
        // Five bundles of overlapping sessions, each made some weeks after its latest session; a
        // session brought by several counts from the earliest.
        var kept: [String: (record: ThemeRecord, received: String)] = [:]
        for _ in 0..<5 {
            let bundle = records.filter { _ in random.next(upTo: 2) == 0 }
            guard let latest = bundle.map(\.week).max() else { continue }
            let received = String(format: "2026-W%02d", min(53, Int(latest.suffix(2))! + random.next(upTo: 12)))
            try store.add(bundle, received: received)
            for record in bundle { kept[record.id] = (record, min(kept[record.id]?.received ?? received, received)) }
            try Self.check(store, kept, sets: HSEStandard.sets)
        }
        #expect(kept.count > 200)

        // Other sets: the set tallies are rebuilt from the theme rows, then kept by the triggers.
        let other = ["pressure": ["workload", "out-of-hours", "moral-distress"], "backing": ["peer-support", "manager-support"]]
        try Self.check(store, kept, sets: other)
        let late = records.filter { kept[$0.id] == nil }
        try store.add(late, received: "2026-W53")
        for record in late { kept[record.id] = (record, "2026-W53") }
        try Self.check(store, kept, sets: other)

        // A session deleted (as an organisation's retention rule might): its tallies go with it.
        for record in records.prefix(30) {
            try store.pool.write { try $0.execute(sql: "DELETE FROM session WHERE id = ?", arguments: [record.id]) }
            kept[record.id] = nil
        }
        try Self.check(store, kept, sets: other)
        try Self.check(store, kept, sets: HSEStandard.sets)
    }

    @Test func aStoreFromBeforeTheTalliesGetsThemFromItsRows() throws {
        var random = SystemRandomNumberGenerator.Seeded(seed: 8)
        let records = Self.records(&random)
        let path = try Fixture.scratch("before-v6.sqlite")
        try ThemeStore(path: path).add(records)
        // The store as v5 left it: no tallies, no triggers.
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            for trigger in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger'") { try db.execute(sql: "DROP TRIGGER \(trigger)") }
            try db.execute(sql: "DROP TABLE themeTally; DROP TABLE setTally; DROP TABLE setMember; DELETE FROM grdb_migrations WHERE identifier LIKE 'v6:%'")
        }
        try queue.close()
        let store = try ThemeStore(path: path)
        try Self.check(store, Dictionary(uniqueKeysWithValues: records.map { ($0.id, ($0, $0.week)) }), sets: HSEStandard.sets)
    }

    @Test func aThemeRowIsNeverEditedOrDeletedAloneSoNoTallyGoesStale() throws {
        let store = try StoreFixture.store()
        try store.add([StoreFixture.record(1, team: "EAST", week: "2026-W30", themes: ["workload"])])
        for sql in [
            "UPDATE sessionTheme SET count = 5", "UPDATE sessionTheme SET concerns = 1", "DELETE FROM sessionTheme",
            "UPDATE session SET team = 'WEST'", "UPDATE session SET month = '2026-01'",
        ] {
            #expect(throws: DatabaseError.self, "\(sql)") { try store.pool.write { try $0.execute(sql: sql) } }
        }
        #expect(try store.quarterCounts(Quarter("2026-Q3")!).raised["EAST"]?["workload"] == 1)
    }
}
