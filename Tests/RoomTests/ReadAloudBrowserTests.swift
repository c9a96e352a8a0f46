import CircleKit
import Foundation
import Testing
import TestSupport

@testable import CircleRoom

extension BrowserTests {
    /// A written round of `per_device = 2` on a real phone page: it counts what it has sent, keeps
    /// its box for the second, and says clearly why a third is refused.
    @Test(.timeLimit(.minutes(2)))
    func aPhoneSendsAsManyAsTheRoundTakesAndIsToldWhyNotMore() async throws {
        let setup = SessionEngine.Setup(formatPath: ReadAloudTests.format, library: nil, participants: 3, seed: 1)
        let live = try await LiveRoom(setup: setup, share: true)
        try await live.waitForTurn("Up to two things")
        try await withBrowser(live) { browser in
            let phone = try await Tab.open(browser, try #require(live.server.joinURL), "the participant page", phone: true)
            try await phone.wait("the written round", "!!document.querySelector('#live [data-open]') && !document.getElementById('write').hidden")
            #expect(try await phone.string("document.querySelector('#live .hint').textContent").hasSuffix("You can send up to 2."))
            func send(_ text: String) async throws {
                try await phone.run { page in
                    try page.evaluate("document.getElementById('text').focus()")
                    try page.type(text)
                }
                try await phone.click("#write button[type=submit]")
            }
            try await send("a colleague covered my visit")
            try await phone.wait("the first sent", "document.getElementById('sent').textContent.startsWith('Sent 1 of 2.')")
            #expect(try await phone.bool("!document.getElementById('write').hidden"), "the box stays for the second")
            try await send("a quiet hour on Friday")
            try await phone.wait("the second sent", "document.getElementById('sent').textContent.startsWith('Sent 2 of 2.')")
            #expect(try await phone.bool("document.getElementById('write').hidden"), "the box goes after the second")
            try await phone.screenshot(Self.shot("participant-two-each.png"))
            // A page that shows its box again anyway (an old tab, a script) is refused, and told why.
            _ = try await phone.string("(document.getElementById('write').hidden = false, '')")
            try await send("one too many")
            try await phone.wait(
                "the refusal", "document.getElementById('sent').textContent === 'You have sent 2, as many as this question takes from one person. Thank you.'")
            #expect(try await phone.string("document.getElementById('text').value") == "one too many", "the words are given back")
            #expect(live.room.snapshot.writing?.pending.count == 2)
        }
    }

    /// "Next up" beside whose turn it is on a projector, and a read-aloud phase held up with all its
    /// lines until the facilitator presses Next, at 1920×1080, 1280×720 and a 480×270 call thumbnail.
    @Test(.timeLimit(.minutes(3)))
    func theRoomViewShowsNextUpAndHoldsAReadAloudPhaseUntilNext() async throws {
        let setup = SessionEngine.Setup(formatPath: ReadAloudTests.format, library: nil, participants: 3, seed: 1)
        let live = try await LiveRoom(setup: setup, share: true, names: ["P1": "Amira", "P2": "Ben", "P3": "Chloe"])
        try await live.waitForTurn("Up to two things")
        try await live.advance("/done")
        try await live.waitForTurn("P1")
        try await live.advance("pass")
        try await live.waitForTurn("P2")
        try await withBrowser(live) { browser in
            let roomView = try await Tab.open(browser, live.server.roomURL, "the room view")
            let facilitator = try await Tab.open(browser, live.server.facilitatorURL, "the facilitator page")
            try await roomView.wait("Ben's turn", "document.querySelector('#live .turn')?.textContent === 'Ben’s turn'")
            #expect(try await roomView.string("document.querySelector('#live .next')?.textContent ?? ''") == "Next up: Chloe")
            func resize(_ width: Int, _ height: Int) async throws {
                try await roomView.run { page in
                    _ = try page.send("Emulation.setDeviceMetricsOverride", ["width": width, "height": height, "deviceScaleFactor": 1, "mobile": false])
                }
                try await Task.sleep(for: .milliseconds(300))
            }
            /// Where `selector` is on screen and its type size: [left, top, right, bottom, font px], or nil if not shown.
            func box(_ selector: String) async throws -> [Double]? {
                let text = try await roomView.string("""
                    (() => { const e = document.querySelector('#live \(selector)'); if (!e) return 'null'; const r = e.getBoundingClientRect();
                      if (r.width === 0 || r.height === 0) return 'null';
                      return JSON.stringify([r.left, r.top, r.right, r.bottom, parseFloat(getComputedStyle(e).fontSize)]) })()
                    """)
                return try JSONDecoder().decode([Double]?.self, from: Data(text.utf8))
            }
            for (width, height) in [(1920, 1080), (1280, 720), (480, 270)] {
                try await resize(width, height)
                try await roomView.screenshot(Self.shot("room-view-next-up-\(width)x\(height).png"))
                let turn = try #require(try await box(".turn"))
                if let next = try await box(".next") {
                    #expect(next[3] <= Double(height), "next up is off screen at \(width)×\(height)")
                    #expect(next[4] < turn[4], "next up reads smaller than whose turn it is")
                    #expect(next[1] >= turn[3] - 1 || next[0] >= turn[2] - 1, "next up overlaps whose turn it is at \(width)×\(height)")
                } else {
                    #expect(width == 480, "next up is missing at \(width)×\(height)")
                }
                for part in [".prompt", ".turn", ".clock"] {
                    let b = try #require(try await box(part), "\(part) is not shown at \(width)×\(height)")
                    #expect(b[0] >= 0 && b[1] >= 0 && b[2] <= Double(width) && b[3] <= Double(height), "\(part) is off screen at \(width)×\(height): \(b)")
                }
            }

            try await resize(1920, 1080)
            try await live.advance("pass")
            try await live.waitForTurn("P3")
            try await live.advance("pass")
            try await live.wait("the read-aloud phase") { $0.reading }
            try await roomView.wait("the lines to read", "document.querySelectorAll('#live .reading li').length === 3")
            let step = try await facilitator.step(after: 0, heading: "The room is reading this phase")
            #expect(step.buttons.map(\.label) == ["Next"])
            for (width, height) in [(1920, 1080), (1280, 720), (480, 270)] {
                try await resize(width, height)
                try await roomView.screenshot(Self.shot("room-view-reading-\(width)x\(height).png"))
                let last = try #require(try await box(".reading li:last-child"), "the last line is not shown at \(width)×\(height)")
                #expect(last[3] <= Double(height), "the last line to read is off screen at \(width)×\(height): \(last)")
                #expect(last[4] >= (width == 480 ? 12 : 20), "the lines to read are \(last[4]) px at \(width)×\(height)")
            }
            try await facilitator.screenshot(Self.shot("facilitator-reading.png"))
            try await facilitator.click("#live .question button[data-line='']")
            try await live.waitForTurn("One word to close")
            try await roomView.wait("the closing round", "!document.querySelector('#live .reading') && document.querySelector('#live .turn')?.textContent === 'Amira’s turn'")
        }
    }
}
