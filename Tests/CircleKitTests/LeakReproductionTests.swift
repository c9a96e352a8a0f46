import Foundation
import GRDB
import Testing
@testable import CircleKit

/// Issue 13's bundle and differencing leaks (reproduced on the code before the fix in the commit
/// that added this file), now refused.
@Suite struct LeakReproductionTests {
    static let key = BundleSigningKey()

    static func signedBundle(_ records: [ThemeRecord] = StoreFixture.sample(), key: BundleSigningKey = key, created: String = "2026-W50") throws -> String {
        let path = try Fixture.scratch("bundle.json")
        try ExchangeBundle(records: records, created: created).signed(with: key).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func anEditedBundleIsRefusedHoweverItIsResealed() throws {
        let path = try Self.signedBundle()
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(try ExchangeBundle.read(path, trusting: [Self.key.publicKey]).bundle.records.count == 12)
        let raw = "Sam Adeyemi 07700 900456 is off sick again"
        // Edited in place: the signature no longer matches.
        let edited = try Fixture.write("edited.json", text.replacingOccurrences(of: "Vacancies are pushing caseloads past what is safe.", with: raw))
        let error = #expect(throws: CircleError.self) { try ExchangeBundle.read(edited, trusting: [Self.key.publicKey]) }
        #expect(error?.description == "\(edited): the signature does not match: the file was changed or damaged after it was signed; nothing imported")
        // Re-signed with a key of the editor's own: not the organisation's.
        var records = StoreFixture.sample()
        records[0].items = [.init(kind: "feedback-up", text: raw, theme: "workload")]
        let forged = try Self.signedBundle(records, key: BundleSigningKey())
        let other = #expect(throws: CircleError.self) { try ExchangeBundle.read(forged, trusting: [Self.key.publicKey]) }
        #expect(other?.description.contains("which is not among your public keys (\(Self.key.publicKey.id))") == true)
        // Written as the old version with a recomputed checksum: no longer read.
        let old = try Fixture.write("old.json", #"{"checksum":"00","circleBundle":1,"created":"2026-W50","records":[]}"#)
        let unsigned = #expect(throws: CircleError.self) { try ExchangeBundle.read(old, trusting: [Self.key.publicKey]) }
        #expect(unsigned?.description.contains("bundle version 1 is not signed") == true)
        // Reformatted, though every value is the same: refused too (the signature is of the bytes).
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        let resaved = try Fixture.scratch("resaved.json")
        try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]).write(to: URL(fileURLWithPath: resaved))
        #expect(throws: CircleError.self) { try ExchangeBundle.read(resaved, trusting: [Self.key.publicKey]) }
    }

    @Test func importScansEveryTextAgain() throws {
        // Signed by the organisation's key, yet holding a phone number and an email: refused,
        // naming the record and the item but not repeating what it says.
        var records = StoreFixture.sample()
        records[2].items.append(.init(kind: "feedback-up", text: "Ring 07700 900456 or write to s.adeyemi@example.org", theme: "workload"))
        let path = try Self.signedBundle(records)
        let error = #expect(throws: CircleError.self) { try ExchangeBundle.read(path, trusting: [Self.key.publicKey]) }
        #expect(error?.description.hasPrefix("\(path): record 3 (2026-W42, team EAST), item 2 (feedback-up): the anonymiser still finds personal data in it (email, phone); nothing imported") == true, "\(error?.description ?? "")")
        #expect(error?.description.contains("07700") == false)
        // Or imported with that text left out, and everything else kept.
        let checked = try ExchangeBundle.read(path, trusting: [Self.key.publicKey], failingItems: .drop)
        #expect(checked.dropped == ["record 3 (2026-W42, team EAST), item 2 (feedback-up) (email, phone)"])
        #expect(checked.bundle.records[2].items == StoreFixture.sample()[2].items)
        #expect(checked.bundle.records.count == 12)
    }

    @Test func aWordTheFacilitatorRestoredDoesNotFailTheImport() throws {
        // "Ofsted" and "Signs of Safety" are capitalised words the anonymiser removes unless the
        // facilitator restores them at the close: a bundle holding them, restored, imports; a
        // phone number beside them still fails it.
        var records = StoreFixture.sample()
        records[2].items.append(.init(kind: "feedback-up", text: "Ofsted and Signs of Safety training took every afternoon this month", theme: "workload"))
        #expect(try ExchangeBundle.read(try Self.signedBundle(records), trusting: [Self.key.publicKey]).bundle.records[2].items.count == 2)
        records[2].items[1] = .init(kind: "feedback-up", text: "Ofsted: ring 07700 900456", theme: "workload")
        let error = #expect(throws: CircleError.self) { try ExchangeBundle.read(try Self.signedBundle(records), trusting: [Self.key.publicKey]) }
        #expect(error?.description.contains("the anonymiser still finds personal data in it (phone)") == true, "\(error?.description ?? "")")
    }

    @Test func theSameBundlesGiveTheSameReportsInAFreshStoreAndNothingIsAudited() async throws {
        let path = try Self.signedBundle(StoreFixture.quarter(), created: "2026-W40")
        var reports: [Report] = []
        for _ in 0..<2 {
            let store = try StoreFixture.store()
            let bundle = try ExchangeBundle.read(path, trusting: [Self.key.publicKey]).bundle
            try store.add(bundle.records, received: bundle.created)
            let compiler = ReportCompiler(store: store, labels: StoreFixture.labels, organisation: StoreFixture.organisation)
            reports.append(try await compiler.compile(date: StoreFixture.date))
            reports.append(try await compiler.compile(date: StoreFixture.date))
            // Nothing about compiled reports is kept: the store has no table for it.
            let tables = try await store.pool.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") }
            #expect(!tables.contains("compiledReport"))
        }
        #expect(reports.allSatisfy { $0 == reports[0] })
    }
}
