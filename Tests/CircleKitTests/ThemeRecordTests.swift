import Foundation
import Testing
@testable import CircleKit

@Suite struct ThemeRecordTests {
    @Test func recordKeepsCountsAndCodesButNoTextOrHandles() throws {
        let io = try RehearsalIO(path: Fixture.path("reflective_check_in.yaml"))
        let engine = try SessionEngine(
            setup: .init(formatPath: Fixture.path("reflective_check_in.lua"), library: nil, participants: 3, team: "TEST", seed: 4),
            io: io, journalPath: nil)
        _ = try engine.run()
        let date = ISO8601DateFormatter().date(from: "2026-11-24T10:00:00Z")!
        let record = ThemeRecord(engine: engine, date: date)
        #expect(record.format == "reflective-check-in")
        #expect(record.formatVersion == 2)
        #expect(record.week == "2026-W48")
        #expect(record.team == "TEST")
        #expect(record.participants == 3)
        #expect(record.phasesCompleted == 4)
        #expect(record.themes == ["workload": 1, "test-theme": 1, "peer-support": 1])
        let json = String(decoding: try JSONEncoder().encode(record), as: UTF8.self)
        for leak in ["P1", "P2", "Tired", "family", "2026-11-24"] { #expect(!json.contains(leak)) }
        #expect(ThemeRecord.isoWeek(ISO8601DateFormatter().date(from: "2027-01-01T12:00:00Z")!) == "2026-W53")
    }
}
