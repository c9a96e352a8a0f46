import CircleKit
import Foundation
import Testing

@testable import CircleRoom

/// The hostile corpus, over HTTP: written contributions, facilitator lines and
/// participants' names reach every page as text, never as markup.
@Suite struct RoomEscapingTests {
    /// What the page shows for a payload: cleaned as the room cleans it, then escaped.
    func shown(_ payload: String) -> String {
        Markup.escape(Room.clean(payload, limit: Room.contributionLimit))
    }

    /// The elements a page's live part may hold; a payload taken as markup would add others.
    static let allowed: Set<String> = ["header", "h1", "h2", "p", "section", "ul", "li", "ol", "strong", "span", "button", "div", "a"]

    func elements(in fragment: String) -> Set<String> {
        Set(fragment.matches(of: /<([a-zA-Z][a-zA-Z0-9]*)/).map { String($0.1).lowercased() })
    }

    @Test func theCorpusHasAtLeastThirtyPayloads() {
        #expect(XSSCorpus.payloads.count >= 30)
    }

    @Test func everyPayloadIsShownAsTextOnEveryPage() async throws {
        var limits = RoomServer.Limits()
        limits.contributionsPerMinute = 1000
        limits.joinRequestsPerMinute = 1000
        let hostileName = "<img src=x onerror=window.__pwned=1>"
        let live = try await LiveRoom(share: true, names: ["P1": hostileName, "P2": "Ben", "P3": "Chloe"], limits: limits)
        defer { Task { await live.stop() } }
        // Facilitator lines: the first round's three contributions.
        let typed = Array(XSSCorpus.payloads.prefix(3))
        for line in typed {
            try await live.waitForTurn("How are you arriving")
            try await live.advance("\\" + line)
        }
        try await live.waitForTurn("What are you left feeling")
        let facilitator = try await live.get("/api/facilitator", headers: [live.key]).text
        for payload in XSSCorpus.payloads {
            #expect(try await live.post("/j/\(live.room.joinCode!)/write", payload).status == 202)
        }
        #expect(try await live.post("/api/reveal", "", headers: [live.key, live.question]).status == 202)
        try await live.waitForTurn("Which way next")

        let room = live.room.snapshot
        let roomView = RoomPages.room(room, links: .init(room: live.server.roomURL, join: live.server.joinURL))
        let page = try await live.get("/").text
        #expect(page.contains(roomView.prefix(200)))
        for payload in XSSCorpus.payloads {
            #expect(roomView.contains("<li>\(shown(payload))</li>"), "revealed as text: \(payload.prefix(60))")
        }
        for payload in typed {
            #expect(facilitator.contains(shown(payload)), "in the log as text: \(payload.prefix(60))")
        }
        for fragment in [roomView, facilitator] {
            #expect(elements(in: fragment).isSubset(of: Self.allowed), "\(elements(in: fragment).subtracting(Self.allowed))")
            #expect(!fragment.contains("<script") && !fragment.contains("<img") && !fragment.contains("<iframe"))
        }
        #expect(facilitator.contains(Markup.escape(hostileName)))
        await live.stop()
    }
}
