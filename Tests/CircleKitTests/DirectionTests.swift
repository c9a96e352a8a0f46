import Foundation
import GRDB
import Testing
@testable import CircleKit

/// Strength or concern: a direction typed on a tag reaches the record, the bundle, the store and
/// the report, and records and stores kept before directions existed still read (as unstated).
@Suite struct DirectionTests {
    static func record(_ n: Int, week: String = "2026-W30", team: TeamCode = "CFS-EAST") -> ThemeRecord {
        var record = StoreFixture.record(n, team: team, week: week, themes: ["peer-support", "workload"])
        record.themes["workload"] = 3
        record.directions = ["peer-support": .init(strength: 1), "workload": .init(strength: 1, concern: 2)]
        return record
    }

    @Test func aDirectionTravelsThroughTheBundleAndTheStore() throws {
        let records = (1...3).map { Self.record($0) }
        let key = BundleSigningKey()
        let path = try Fixture.scratch("directions.json")
        try ExchangeBundle(records: records, created: "2026-W31").signed(with: key).write(to: URL(fileURLWithPath: path))
        let read = try ExchangeBundle.read(path, trusting: [key.publicKey]).bundle.records
        #expect(read == records)
        let store = try StoreFixture.store()
        try store.add(read, received: "2026-W31")
        #expect(try store.records() == records)
        #expect(records[0].summary.contains("  workload × 3 (1 as a strength, 2 as a concern)"))
    }

    @Test func aRecordWithoutDirectionsIsReadAsUnstatedAndWrittenAsBefore() throws {
        let json = BundleThemeIDTests.recordJSON(theme: "workload")
        let record = try JSONDecoder().decode(ThemeRecord.self, from: json)
        #expect(record.directions.isEmpty)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(String(decoding: try encoder.encode(record), as: UTF8.self) == String(decoding: json, as: UTF8.self))
    }

    @Test func moreDirectionsThanMentionsIsRefused() throws {
        var record = Self.record(1)
        record.directions["workload"] = .init(strength: 2, concern: 2)
        let error = #expect(throws: CircleError.self) { try StoreFixture.store().add([record]) }
        #expect(error?.description.contains("more strengths and concerns for workload than times it was tagged") == true)
    }

    /// A store made before v4 (text keys, no directions) is migrated: every count kept, every
    /// direction unstated, items still under their themes.
    @Test func aStoreFromBeforeDirectionsIsMigrated() throws {
        let path = try Fixture.scratch("v3.sqlite")
        let queue = try DatabaseQueue(path: path)
        try ThemeStore.migrator.migrate(queue, upTo: "v3: arrival week; no audit of compiled reports")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO session (id, format, formatVersion, week, month, team, participants, phasesCompleted, received)
                  VALUES ('00000000-0000-4000-8000-000000000001', 'peer-check-in', 1, '2026-W40', '2026-10', 'CFS-EAST', 5, 3, '2026-W41');
                INSERT INTO sessionTheme VALUES ('00000000-0000-4000-8000-000000000001', 'workload', 2);
                INSERT INTO sessionTheme VALUES ('00000000-0000-4000-8000-000000000001', 'peer-support', 1);
                INSERT INTO item (sessionId, kind, theme, text) VALUES ('00000000-0000-4000-8000-000000000001', 'feedback-up', 'workload', 'Filed.');
                INSERT INTO item (sessionId, kind, theme, text) VALUES ('00000000-0000-4000-8000-000000000001', 'learning-point', NULL, 'Unfiled.');
                """)
        }
        try queue.close()
        let store = try ThemeStore(path: path)
        let records = try store.records()
        #expect(records.count == 1)
        #expect(records[0].themes == ["workload": 2, "peer-support": 1])
        #expect(records[0].directions.isEmpty)
        #expect(records[0].items == [.init(kind: "feedback-up", text: "Filed.", theme: "workload"), .init(kind: "learning-point", text: "Unfiled.")])
        // The same session imported again is still recognised, and keeps the earliest arrival.
        #expect(try store.add(records, received: "2026-W40") == 0)
        let received = try store.pool.read { try String.fetchOne($0, sql: "SELECT received FROM session") }
        #expect(received == "2026-W40")
        // The counts are read through the covering index.
        let plan = try store.pool.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT team, COUNT(*) FROM session s WHERE s.month IN ('2026-10') AND s.received <= '2027-W04' GROUP BY team")
                .map { $0["detail"] as String }.joined(separator: "; ")
        }
        #expect(plan.contains("COVERING INDEX session_counting"), "\(plan)")
    }

    /// A session of the facilitator's typed tags keeps their directions in its record.
    @Test func theEngineCountsDirections() throws {
        let file = try Fixture.write("directions.lua", """
            return format { id = "directions", version = 1, title = "Directions", summary = "s", minutes = 10,
              participants = { min = 1, max = 9 }, agreement = "a", source = "test",
              run = function(s) s:ask("P1", "How is it?") end }
            """)
        let engine = try SessionEngine(
            setup: .init(formatPath: file, library: nil, participants: 2, seed: 1),
            io: ScriptedIO(["#workload", "Cover from the team #peer-support+ #workload-"]), journalPath: nil)
        _ = try engine.run()
        #expect(engine.transcript.contains { $0.hasSuffix("#peer-support+ #workload-") }, "\(engine.transcript)")
        #expect(engine.themeCounts == ["peer-support": 1, "workload": 2])
        #expect(engine.themeDirections == ["peer-support": .init(strength: 1), "workload": .init(concern: 1)])
        #expect(ThemeRecord(engine: engine).directions == engine.themeDirections)
    }
}
