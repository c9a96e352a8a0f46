import CircleKit
import Foundation
import HummingbirdTesting
import Testing

@testable import CircleRoom

/// Anonymous written contributions: written on participants' devices, revealed
/// together in shuffled order, with no author kept anywhere.
@Suite struct WrittenRoundTests {
    func contribute(_ live: LiveRoom, _ text: String) async throws -> TestClient.Response {
        try await live.post("/j/\(live.room.joinCode!)/write", text)
    }

    @Test func contributionsAreRevealedTogetherShuffledWithNoAuthor() async throws {
        let live = try await LiveRoom(share: true, names: ["P1": "Amira", "P2": "Ben", "P3": "Chloe"])
        defer { Task { await live.stop() } }
        // Before the round opens, there is nothing to write to.
        #expect(try await contribute(live, "too early").status == 409)
        try await live.reachTheWrittenRound()
        let join = try await live.get("/j/\(live.room.joinCode!)")
        #expect(join.text.contains("What are you left feeling?"))
        #expect(!join.text.contains("Amira") && !join.text.contains("P1"))

        let texts = (1...8).map { "feeling number \($0)" }
        for text in texts { #expect(try await contribute(live, text).status == 202) }
        #expect(try await live.get("/").text.contains("8 written so far"))
        // Nothing is revealed until the facilitator says so.
        #expect(!(try await live.get("/").text.contains("feeling number")))

        #expect(try await live.post("/api/reveal", "", headers: [live.key, live.question]).status == 202)
        try await live.waitForTurn("Which way next")
        #expect(try await contribute(live, "too late").status == 409)

        let written = live.engine.transcript.filter { $0.hasPrefix("(written): ") }.map { String($0.dropFirst(11)) }
        #expect(written.sorted() == texts.sorted(), "every contribution arrives once")
        #expect(live.engine.transcript.filter { $0.contains("feeling number") }.allSatisfy { $0.hasPrefix("(written): ") }, "no handle beside any")
        let room = try await live.get("/").text
        #expect(texts.allSatisfy { room.contains("<li>\($0)</li>") })
        #expect(live.engine.contributions == 8)
        await live.stop()
    }

    @Test func theRevealOrderIsShuffled() {
        // 40 contributions keep their order by chance once in 40! reveals.
        let room = Room(share: true)
        let texts = (1...40).map { "text \($0)" }
        let done = DispatchSemaphore(value: 0)
        let box = Handle(NSMutableArray())
        Thread.detachNewThread {
            let context = TurnContext(title: "t", step: 1, phase: nil, phaseIndex: 0, phaseTotal: nil, secondsLeft: nil)
            while let line = try? room.line(for: .write(prompt: "What are you left feeling?", people: 40), context: context), line != "/done" {
                box.value.add(line)
            }
            done.signal()
        }
        while room.snapshot.writing == nil { Thread.sleep(forTimeInterval: 0.005) }
        for text in texts { #expect(room.contribute(text) == .accepted) }
        #expect(room.reveal(question: room.snapshot.questionID) == .accepted)
        #expect(done.wait(timeout: .now() + 5) == .success)
        let revealed = box.value.compactMap { $0 as? String }
        #expect(revealed.sorted() == texts.map { "\\" + $0 }.sorted())
        #expect(revealed != texts.map { "\\" + $0 })
        room.close()
    }

    @Test func aParticipantCannotCommandTheSessionOrTagThemes() async throws {
        let live = try await LiveRoom(share: true)
        defer { Task { await live.stop() } }
        try await live.reachTheWrittenRound()
        for text in ["/end", "/skip", "#injected-theme", "/pause", "pass", "line one\nline two\u{7}"] {
            #expect(try await contribute(live, text).status == 202)
        }
        #expect(try await live.post("/api/reveal", "", headers: [live.key, live.question]).status == 202)
        try await live.waitForTurn("Which way next")
        let written = Set(live.engine.transcript.filter { $0.hasPrefix("(written): ") })
        #expect(written == ["(written): /end", "(written): /skip", "(written): #injected-theme", "(written): /pause", "(written): pass", "(written): line one line two"])
        #expect(live.engine.themeCounts["injected-theme"] == nil)
        #expect(live.room.snapshot.phase == "Left feeling")
        await live.stop()
    }

    @Test func withoutSharingTheFacilitatorTypesCardsOrGoesRoundAloud() async throws {
        let live = try await LiveRoom(share: false)
        defer { Task { await live.stop() } }
        try await live.reachTheWrittenRound()
        #expect(live.room.joinCode == nil && live.room.snapshot.writing == nil)
        let page = try await live.get("/api/facilitator", headers: [live.key]).text
        #expect(page.contains("data-line=\"/done\"") && page.contains("data-line=\"/aloud\"") && !page.contains("data-action=\"reveal\""))
        try await live.advance("A card: tired #workload")
        try await live.advance("/aloud")
        try await live.waitForTurn("P1")
        #expect(live.engine.transcript.contains("(written): A card: tired  #workload"))
        await live.stop()
    }
}
