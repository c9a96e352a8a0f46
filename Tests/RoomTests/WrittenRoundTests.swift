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
        #expect(try await live.get("/api/facilitator", headers: [live.key]).text.contains("8 written on devices so far"))
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
        for text in texts { #expect(room.contribute(text, device: Room.deviceToken()) == .accepted) }
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

    // MARK: One card per page, preview and hide, a reveal that would identify a writer

    @Test func eachPageWritesOncePerRoundWithOrWithoutScripts() async throws {
        let live = try await LiveRoom(share: true)
        defer { Task { await live.stop() } }
        try await live.reachTheWrittenRound()
        let write = "/j/\(live.room.joinCode!)/write"
        let page = Room.deviceToken()
        #expect(try await live.post(write, "first", headers: [("X-Circle-Device", page)]).status == 202)
        let again = try await live.post(write, "second from the same page", headers: [("X-Circle-Device", page)])
        #expect(again.status == 409 && again.text.contains("You have sent yours"))
        #expect(try await live.post(write, "no page token", headers: [("X-Circle-Device", "")]).status == 400)
        #expect(try await live.post(write, "made-up token", headers: [("X-Circle-Device", "not-a-token")]).status == 400)
        // Without scripts: the form carries the page's token, and the page it returns to keeps it.
        let form = try await live.get("/j/\(live.room.joinCode!)").text
        let token = try #require(form.firstMatch(of: /name="token" value="([0-9a-f]+)"/)?.1)
        let device = try #require(form.firstMatch(of: /name="device" value="([0-9a-f]{32})"/)?.1)
        let posted = try await live.post(write, "token=\(token)&device=\(device)&text=by+form", type: "application/x-www-form-urlencoded")
        #expect(posted.status == 303)
        #expect(posted.headers[.location] == "/j/\(live.room.joinCode!)?device=\(device)")
        let back = try await live.get(posted.headers[.location]!).text
        #expect(back.contains("name=\"device\" value=\"\(device)\""))
        #expect(try await live.post(write, "token=\(token)&device=\(device)&text=by+form+again", type: "application/x-www-form-urlencoded").status == 409)
        #expect(live.room.snapshot.writing?.pending.map(\.text).sorted() == ["by form", "first"])
        let facilitator = try await live.get("/api/facilitator", headers: [live.key]).text
        #expect(facilitator.contains("2 written on devices so far (up to 3 people, one each)"))
        await live.stop()
    }

    @Test func theFacilitatorPreviewsAndHidesACardWhichIsNeverShownOrKept() async throws {
        let live = try await LiveRoom(share: true)
        defer { Task { await live.stop() } }
        try await live.reachTheWrittenRound()
        let texts = ["tired but held", "Amira was crying in the car park", "angry about the panel", "hopeful"]
        for text in texts { #expect(try await live.post("/j/\(live.room.joinCode!)/write", text).status == 202) }
        let page = try await live.get("/api/facilitator", headers: [live.key]).text
        for text in texts { #expect(page.contains("<p class=\"card\">\(text)</p>")) }
        #expect(!(try await live.get("/").text.contains("Amira")), "the room view shows nothing before the reveal")
        let card = try #require(live.room.snapshot.writing?.pending.first { $0.text.hasPrefix("Amira") }?.id)
        #expect(try await live.post("/api/hide", card, headers: [live.question]).status == 403, "only the facilitator's page hides")
        #expect(try await live.post("/api/hide", card, headers: [live.key, live.question]).status == 202)
        #expect(try await live.post("/api/hide", card, headers: [live.key, live.question]).status == 404)
        #expect(try await live.post("/api/reveal", "", headers: [live.key, live.question]).status == 202)
        try await live.waitForTurn("Which way next")
        let written = live.engine.transcript.filter { $0.hasPrefix("(written): ") }.map { String($0.dropFirst(11)) }
        #expect(written.sorted() == ["angry about the panel", "hopeful", "tired but held"])
        #expect(!(try await live.get("/").text.contains("Amira")))
        let journal = try FileManager.default.contentsOfDirectory(atPath: live.journals).map { try String(contentsOfFile: live.journals + "/" + $0, encoding: .utf8) }.joined()
        #expect(!journal.isEmpty && !journal.contains("Amira"), "the hidden card is in the journal")
        await live.stop()
    }

    @Test func aRevealOfFewerThanThreeNeedsTheFacilitatorToConfirm() async throws {
        let live = try await LiveRoom(share: true)
        defer { Task { await live.stop() } }
        try await live.reachTheWrittenRound()
        for text in ["only me", "and me"] { #expect(try await live.post("/j/\(live.room.joinCode!)/write", text).status == 202) }
        let page = try await live.get("/api/facilitator", headers: [live.key]).text
        #expect(page.contains("data-action=\"reveal\" data-few=\"2\""))
        let refused = try await live.post("/api/reveal", "", headers: [live.key, live.question])
        #expect(refused.status == 409 && refused.text.contains("Only 2 written: with fewer than 3, people may be able to tell who wrote which"))
        #expect(live.room.snapshot.writing?.revealed == false)
        #expect(try await live.post("/api/reveal", "confirm", headers: [live.key, live.question]).status == 202)
        try await live.waitForTurn("Which way next")
        #expect(live.engine.transcript.filter { $0.hasPrefix("(written): ") }.count == 2)
        await live.stop()
    }

    @Test func theRoomViewsCountMovesInBatchesNotOnEachSend() async throws {
        var limits = RoomServer.Limits()
        limits.countCatchUpSeconds = 3600  // this test calls the catch-up itself
        let live = try await LiveRoom(share: true, limits: limits)
        defer { Task { await live.stop() } }
        try await live.reachTheWrittenRound()
        let write = "/j/\(live.room.joinCode!)/write"
        #expect(try await live.post(write, "one").status == 202)
        #expect(try await live.get("/").text.contains("0 written so far"), "the count moved on the first send")
        #expect(try await live.post(write, "two").status == 202)
        #expect(try await live.post(write, "three").status == 202)
        #expect(try await live.get("/").text.contains("3 written so far"), "a batch of three shows at once")
        #expect(try await live.post(write, "four").status == 202)
        #expect(try await live.get("/").text.contains("3 written so far"))
        // The server's next catch-up (every few seconds) shows the fourth.
        live.room.tick()
        #expect(try await live.get("/").text.contains("4 written so far"))
        await live.stop()
    }

    @Test func aWrongOrEndedCodeGetsAPageThatSaysWhatToDo() async throws {
        let live = try await LiveRoom(share: true)
        defer { Task { await live.stop() } }
        let wrong = try await live.get("/j/AAAA-AAAA")
        #expect(wrong.status == .notFound)
        #expect(wrong.text.contains("<link rel=\"stylesheet\" href=\"/static/circle.css\">") && wrong.text.contains("No session has that code"))
        #expect(wrong.text.contains("Check the link or the code on the room screen"))
        live.room.close()
        let ended = try await live.get("/j/\(live.room.joinCode!)")
        #expect(ended.status == .gone && ended.text.contains("The session has ended"))
        await live.stop()
    }

    @Test func aRoundHoldsAtMostItsCapOfCardsWhateverTokensArrive() {
        // Page tokens can be made up: the cap, not the tokens, bounds what the room holds.
        let room = Room(share: true)
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            let context = TurnContext(title: "t", step: 1, phase: nil, phaseIndex: 0, phaseTotal: nil, secondsLeft: nil)
            _ = try? room.line(for: .write(prompt: "What are you left feeling?", people: 40), context: context)
            done.signal()
        }
        while room.snapshot.writing == nil { Thread.sleep(forTimeInterval: 0.005) }
        for i in 0..<Room.cardsPerRound { #expect(room.contribute("card \(i)", device: Room.deviceToken()) == .accepted) }
        #expect(room.contribute("one more", device: Room.deviceToken()) == .roundFull)
        #expect(room.snapshot.writing?.pending.count == Room.cardsPerRound)
        room.close()
        #expect(done.wait(timeout: .now() + 5) == .success)
    }
}
