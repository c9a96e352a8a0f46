import Foundation
import GRDB
import Testing
@testable import CircleKit

/// A bundle can never hold a theme id, format id or team code that import would refuse: every way
/// one could enter — a facilitator's tag, `s:theme`, a format's or the codebook's own themes,
/// `ThemeStore.add`, the store itself and export — applies the same rule.
@Suite struct BundleThemeIDTests {
    @Test func noPathLetsABadThemeIDIn() throws {
        for bad in ["café", "x²", String(repeating: "a", count: 200)] {
            let literal = VocabularyTests.lua(bad)
            // At the table.
            guard case .invalid = FacilitatorInput.parse("Busy #\(bad)", for: .pause("Quiet")) else {
                Issue.record("#\(bad) was accepted as a tag"); continue
            }
            // From a format.
            #expect(throws: CircleError.self) { try HostAPIErrorTests().run("    s:theme(\(literal))") }
            #expect(throws: CircleError.self) {
                try LoadedFormat(path: VocabularyTests.format(id: "\"x\"", themes: "{ { id = \(literal), label = \"L\" } }"), library: nil, seed: 1)
            }
            // From the codebook.
            let codebook = try Fixture.write("themes.lua", CodebookTests.entry(#"id = \#(literal), label = "L", group = "wellbeing", description = "d", source = "s", keywords = { "k" }"#))
            #expect(throws: CircleError.self) { try Codebook.load(path: codebook) }
            // Into the store: no ThemeID can hold it, a decoded record refuses it, and SQL refuses it.
            #expect(ThemeID(rawValue: bad) == nil)
            #expect(throws: DecodingError.self) { try JSONDecoder().decode(ThemeRecord.self, from: Self.recordJSON(theme: bad)) }
        }
    }

    @Test func exportAndImportAgree() throws {
        let store = try StoreFixture.store()
        try store.add(StoreFixture.sample())
        let key = BundleSigningKey()
        let exported = try Fixture.write("bundle.json", "")
        try ExchangeBundle(records: try store.records(), created: "2026-W50").signed(with: key).write(to: URL(fileURLWithPath: exported))
        #expect(try ExchangeBundle.read(exported, trusting: [key.publicKey]).bundle.records.count == 12)

        // A bundle made by hand with a bad id, and signed with the organisation's key, is refused, naming the id.
        let bytes = try Data(contentsOf: URL(fileURLWithPath: exported))
        let body = String(decoding: bytes[..<bytes.range(of: SignedFile.marker)!.lowerBound], as: UTF8.self)
            .replacingOccurrences(of: "\"moral-distress\"", with: "\"café\"")
        let signature = try key.signature(for: Data(body.utf8)).base64EncodedString()
        let forged = try Fixture.write("forged.json", body + ",\n  \"signature\" : \"\(signature)\"\n}\n")
        let error = #expect(throws: CircleError.self) { try ExchangeBundle.read(forged, trusting: [key.publicKey]) }
        #expect(error?.description.contains(#""café" is not a theme id"#) == true, "\(error?.description ?? "")")
    }

    @Test func addRefusesWhatImportRefuses() throws {
        let store = try StoreFixture.store()
        var record = StoreFixture.record(1, team: "EAST", week: "2026-W40", themes: ["workload"])
        record.week = "last Tuesday"
        let error = #expect(throws: CircleError.self) { try store.add([StoreFixture.record(2, team: "EAST", week: "2026-W40", themes: []), record]) }
        #expect(error?.description == "\(store.path): record 2 has a week that is not an ISO week (last Tuesday); nothing was saved")
        #expect(try store.records().isEmpty)
    }

    static func recordJSON(theme: String) -> Data {
        let escaped = String(decoding: try! JSONEncoder().encode(theme), as: UTF8.self)
        return Data(#"{"format":"peer-check-in","formatVersion":1,"id":"00000000-0000-4000-8000-000000000001","items":[],"participants":5,"phasesCompleted":3,"team":"EAST","themes":{\#(escaped):1},"week":"2026-W40"}"#.utf8)
    }
}

/// A store kept before the rules opens: its team codes and theme ids that break them are cleared.
@Suite struct StoreMigrationTests {
    @Test func aStoreFromBeforeTheRulesIsMigrated() throws {
        let path = try Fixture.scratch("themes.sqlite")
        let queue = try DatabaseQueue(path: path)
        try ThemeStore.migrator.migrate(queue, upTo: "v1: sessions, themes, items, compiled reports")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO session VALUES ('00000000-0000-4000-8000-000000000001', 'peer-check-in', 1, '2026-W40', '2026-10', 'CFS-EAST', 5, 3);
                INSERT INTO session VALUES ('00000000-0000-4000-8000-000000000002', 'peer-check-in', 1, '2026-W41', '2026-10', 'Sam Adeyemi 07700 900456', 4, 3);
                INSERT INTO sessionTheme VALUES ('00000000-0000-4000-8000-000000000001', 'workload', 2);
                INSERT INTO sessionTheme VALUES ('00000000-0000-4000-8000-000000000001', 'café', 1);
                INSERT INTO item (sessionId, kind, theme, text) VALUES ('00000000-0000-4000-8000-000000000001', 'feedback-up', 'café', 'Kept, unfiled.');
                """)
        }
        try queue.close()

        let records = try ThemeStore(path: path).records()
        #expect(records.map(\.team) == ["CFS-EAST", nil])
        #expect(records[0].themes == ["workload": 2])
        #expect(records[0].items == [ThemeRecord.Item(kind: "feedback-up", text: "Kept, unfiled.")])
        #expect(records[1].participants == 4)
    }
}
