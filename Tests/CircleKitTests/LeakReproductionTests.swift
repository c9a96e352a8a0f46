import Foundation
import Testing
@testable import CircleKit

/// Issue 13's bundle and differencing leaks, reproduced on the code before the fix.
@Suite struct LeakReproductionTests {
    static let labels = { try! Codebook.load(path: StoreFixture.codebook).labels }()

    @Test func anEditedReChecksummedBundleIsImportedAndReachesTheReport() throws {
        let path = try Fixture.scratch("bundle.json")
        try ExchangeBundle(records: StoreFixture.sample(), created: "2026-W50").encoded().write(to: URL(fileURLWithPath: path))
        var object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as! [String: Any]
        var records = object["records"] as! [[String: Any]]
        records[0]["items"] = [["kind": "feedback-up", "text": "Sam Adeyemi 07700 900456 is off sick again", "theme": "workload"]]
        object["records"] = records
        let canonical = try JSONSerialization.data(withJSONObject: records, options: [.sortedKeys, .withoutEscapingSlashes])
        object["checksum"] = SHA256.hex([UInt8](canonical))
        try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]).write(to: URL(fileURLWithPath: path))
        let store = try StoreFixture.store()
        #expect(try store.add(ExchangeBundle.read(path).records) == 12)
        let report = try ReportCompiler(store: store, labels: Self.labels).compile(date: StoreFixture.date)
        #expect(try ReportFormat.md.render(report).contains("07700 900456"))
    }

    @Test func subtractingThreeAcceptedReportsGivesTheNewSessionsThemes() throws {
        let store = try StoreFixture.store()
        let shared: [ThemeID] = ["workload", "peer-support"]
        try store.add((1...3).map { StoreFixture.record($0, team: "TEAM-A", week: "2026-W40", themes: shared) })
        try store.add((4...6).map { StoreFixture.record($0, team: "TEAM-B", week: "2026-W41", themes: shared) })
        let compiler = ReportCompiler(store: store, labels: Self.labels)
        let a = try compiler.compile(filter: .init(team: "TEAM-A"), date: StoreFixture.date)
        let b = try compiler.compile(filter: .init(team: "TEAM-B"), date: StoreFixture.date)
        try store.add([StoreFixture.record(7, team: "TEAM-C", week: "2026-W42", themes: ["workload", "bullying"],
                                            items: [.init(kind: "learning-point", text: "Untagged, from one session.")])])
        let all = try compiler.compile(date: StoreFixture.date)
        func count(_ report: Report, _ id: String) -> Int { report.themes.first { $0.id == id }?.sessions.value ?? 0 }
        #expect(count(all, "workload") - count(a, "workload") - count(b, "workload") == 1)  // the new session raised it
        #expect(count(all, "peer-support") - count(a, "peer-support") - count(b, "peer-support") == 0)  // and not this
        // A withheld theme still gets a row: at least one session raised bullying.
        #expect(all.themes.contains { $0.id == "bullying" && $0.sessions == .suppressed })
        // The untagged learning point appears in the all-teams report only.
        #expect(all.items.flatMap(\.learningPoints).contains("Untagged, from one session."))
        // And the audit keeps every report's session list in the store.
        #expect(try store.compiledSessionSets().count == 3)
    }

    @Test func aFreshStoreFedTheSameBundleBypassesTheAudit() throws {
        let store = try StoreFixture.store()
        try store.add(StoreFixture.sample())
        let compiler = ReportCompiler(store: store, labels: Self.labels)
        _ = try compiler.compile(filter: .init(until: "2026-W48"), date: StoreFixture.date)
        #expect(throws: CircleError.self) { _ = try compiler.compile(date: StoreFixture.date) }
        let path = try Fixture.scratch("all.json")
        try ExchangeBundle(records: store.records(), created: "2026-W50").encoded().write(to: URL(fileURLWithPath: path))
        let fresh = try StoreFixture.store()
        try fresh.add(ExchangeBundle.read(path).records)
        #expect(try ReportCompiler(store: fresh, labels: Self.labels).compile(date: StoreFixture.date).sessions == 12)
    }
}
