import CircleKit
import Foundation
import Testing
import TestSupport

@testable import CircleRoom

/// Every route of the room display, over real HTTP, with a real session behind it.
@Suite struct RoomRouteTests {
    @Test func theRoomViewShowsTheSessionAndNoMore() async throws {
        let live = try await LiveRoom(names: ["P1": "Amira", "P2": "Ben", "P3": "Chloe"])
        defer { Task { await live.stop() } }
        try await live.waitForTurn("How are you arriving")
        let page = try await live.get("/")
        #expect(page.status == 200)
        #expect(page.header("Content-Type")?.hasPrefix("text/html") == true)
        #expect(page.text.contains("Room display test"))
        #expect(page.text.contains("Phase 1 of 2: Arriving"))
        #expect(page.text.contains("How are you arriving today?"))
        #expect(page.text.contains("Amira’s turn"))
        #expect(!page.text.contains(live.room.secret))
        try await live.answer("Tired, but glad to be here #workload")
        try await live.answer("pass")
        try await live.wait("Ben's pass") { $0.passed == ["Ben"] }
        let after = try await live.get("/").text
        #expect(after.contains("Passed: Ben"))
        #expect(after.contains("Chloe’s turn"))
        // What was said is for the facilitator's page, not the screen everyone sees.
        #expect(!after.contains("glad to be here"))
        await live.stop()
    }

    @Test func theFacilitatorPageHoldsNoKeyAndItsStateNeedsIt() async throws {
        let live = try await LiveRoom()
        defer { Task { await live.stop() } }
        try await live.waitForTurn("How are you arriving")
        let page = try await live.get("/facilitator")
        #expect(page.status == 200)
        #expect(!page.text.contains(live.room.secret))
        #expect(page.text.contains("<label for=\"line\">"))
        #expect(try await live.get("/api/facilitator").status == 403)
        let secret = live.room.secret
        let wrong = (secret.first == "0" ? "1" : "0") + secret.dropFirst()
        #expect(try await live.get("/api/facilitator", headers: [("X-Circle-Key", wrong)]).status == 403)
        let state = try await live.get("/api/facilitator", headers: [live.key])
        #expect(state.status == 200)
        #expect(state.text.contains("data-question=\"\(live.room.snapshot.questionID)\""))
        #expect(state.text.contains("P1</span> — How are you arriving today?"))
        await live.stop()
    }

    @Test func anActionWithoutTheKeyIsRefusedAndChangesNothing() async throws {
        let live = try await LiveRoom()
        defer { Task { await live.stop() } }
        try await live.waitForTurn("How are you arriving")
        let step = live.room.snapshot.questionID
        #expect(try await live.post("/api/input", "/end", headers: [live.question]).status == 403)
        #expect(try await live.post("/api/input", "/end", headers: [("X-Circle-Key", ""), live.question]).status == 403)
        #expect(try await live.post("/api/reveal", "", headers: [live.question]).status == 403)
        try await Task.sleep(for: .milliseconds(100))
        #expect(live.room.snapshot.questionID == step)
        // With the key, but answering a step that has moved on: refused too.
        #expect(try await live.answer("First answer").status == 202)
        #expect(try await live.post("/api/input", "A second answer to the same step", headers: [live.key, ("X-Circle-Question", String(step))]).status == 409)
        try await live.wait("the second turn") { $0.questionID > step }
        #expect(live.engine.transcript.filter { $0.contains("A second answer") }.isEmpty)
        await live.stop()
    }

    @Test func theStaticFilesAndTheStreamAnswer() async throws {
        let live = try await LiveRoom()
        defer { Task { await live.stop() } }
        let css = try await live.get("/static/circle.css")
        #expect(css.status == 200 && css.header("Content-Type")?.hasPrefix("text/css") == true)
        let js = try await live.get("/static/circle.js")
        #expect(js.status == 200 && js.header("Content-Type")?.hasPrefix("text/javascript") == true)
        #expect(try await live.get("/nowhere").status == 404)
        try await live.waitForTurn("How are you arriving")
        let stream = try await EventStream(port: live.port, path: "/events")
        #expect(stream.status == 200)
        #expect(stream.header("Content-Type")?.hasPrefix("text/event-stream") == true)
        let first = try #require(try await stream.next(timeout: .seconds(5)))
        #expect(first.contains("How are you arriving today?"))
        try await live.answer("pass")
        let next = try #require(try await stream.next(timeout: .seconds(5)))
        #expect(next.contains("Passed: P1"))
        await stream.close()
        await live.stop()
    }

    @Test func aPageThatGoesAwayIsForgotten() async throws {
        let live = try await LiveRoom()
        defer { Task { await live.stop() } }
        try await live.waitForTurn("How are you arriving")
        var pages: [EventStream] = []
        for _ in 0..<5 { pages.append(try await EventStream(port: live.port, path: "/events")) }
        try await live.wait("five pages following") { _ in live.server.openStreams == 5 }
        for page in pages { await page.close() }
        // The server notices when a write to them fails; the first write after a close can still be
        // taken by the network, so it takes two changes of the session (or two 15 s heartbeats).
        try await live.advance("pass")
        try await live.advance("pass")
        try await live.wait("the closed pages to be forgotten") { _ in live.server.openStreams == 0 }
        await live.stop()
    }

    @Test func everyAnswerForbidsFramingCachingAndOtherSourcesAndSetsNoCookie() async throws {
        let live = try await LiveRoom(share: true)
        defer { Task { await live.stop() } }
        let code = try #require(live.room.joinCode)
        for path in ["/", "/facilitator", "/static/circle.js", "/api/facilitator", "/j/\(code)", "/j/WRONG-CODE", "/nowhere"] {
            let response = try await live.get(path)
            #expect(response.header("Content-Security-Policy")?.contains("script-src 'self'") == true, "\(path)")
            #expect(response.header("Content-Security-Policy")?.contains("frame-ancestors 'none'") == true, "\(path)")
            #expect(response.header("X-Frame-Options") == "DENY", "\(path)")
            #expect(response.header("Cache-Control") == "no-store", "\(path)")
            #expect(response.header("Referrer-Policy") == "no-referrer", "\(path)")
            #expect(response.header("Set-Cookie") == nil, "\(path)")
        }
        await live.stop()
    }

    @Test func aHostThatIsNotThisRoomIsRefused() async throws {
        let live = try await LiveRoom()
        defer { Task { await live.stop() } }
        // A page on another site that resolves its own name to 127.0.0.1 (DNS rebinding) sends its own Host.
        #expect(try await live.get("/", host: "evil.example:\(live.port)").status == 421)
        #expect(try await live.get("/", host: "127.0.0.1:1").status == 421)
        #expect(try await live.get("/", host: "localhost:\(live.port)").status == 200)
        await live.stop()
    }

    @Test func theAgreementStaysOnTheRoomViewUntilTheFacilitatorMovesOn() async throws {
        let live = try await LiveRoom(share: true)
        defer { Task { await live.stop() } }
        try await live.waitForTurn("How are you arriving")
        let first = try await live.get("/").text
        #expect(first.contains("Our agreement") && first.contains("What is said here stays here; anyone may pass."))
        #expect(first.contains("How are you arriving today?"), "the first question shows beside it")
        try await live.advance("pass")
        #expect(!(try await live.get("/").text.contains("Our agreement")))
        await live.stop()
    }
}
