import CircleKit
import Foundation
import Testing

@testable import CircleRoom

/// "What leaves the room" on the facilitator's page: each item kept, edited (and
/// scrubbed again) or dropped, then the record approved — over HTTP, into a real store —
/// and the journal deleted.
@Suite struct ClosingTests {
    @Test func theApprovalRunsOnThePageAndAnEditIsScrubbedAgain() async throws {
        let names = ["P1": "Amira", "P2": "Ben", "P3": "Chloe"]
        let live = try await LiveRoom(names: names)
        defer { Task { await live.stop() } }
        try await live.reachTheWrittenRound()
        try await live.advance("/done")
        try await live.advance("2")  // Close
        try await live.advance("y")  // everyone is ready: the format records a learning point

        try await live.wait("the first closing question") { if case .closing = $0.question { true } else { false } }
        var page = try await live.get("/api/facilitator", headers: [live.key]).text
        #expect(page.contains("Keep, edit or drop it?"))
        #expect(page.contains("learning-point: [name] noticed the group closed together."), "the item is shown scrubbed")
        #expect(page.contains("data-line=\"e\""))
        // What leaves the room is never on the screen everyone sees.
        #expect(!(try await live.get("/").text.contains("noticed the group")))

        try await live.advance("e")
        page = try await live.get("/api/facilitator", headers: [live.key]).text
        #expect(page.contains("The new wording:"))
        try await live.advance("Ben said we closed well, and Chloe agreed")
        page = try await live.get("/api/facilitator", headers: [live.key]).text
        #expect(page.contains("[name] said we closed well, and [name] agreed"))
        try await live.advance("k")
        page = try await live.get("/api/facilitator", headers: [live.key]).text
        #expect(page.contains("Keep this record in the theme store? y: the record and its 1 item;"))
        try await live.advance("y")
        page = try await live.get("/api/facilitator", headers: [live.key]).text
        #expect(page.contains("Keep the journal of raw contributions on this laptop?"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: live.journals).count == 1)
        try await live.answer("n")
        #expect(try await live.outcome() == .complete)
        #expect(try FileManager.default.contentsOfDirectory(atPath: live.journals).isEmpty, "the journal is deleted")

        let records = try ThemeStore(path: live.store).records()
        #expect(records.count == 1)
        #expect(records.first?.items.map(\.text) == ["[name] said we closed well, and [name] agreed"])
        await live.stop()
    }
}
