import CircleKit
import Foundation
import Testing
import TestSupport

@testable import CircleRoom

extension BrowserTests {
    /// The room view on a 1920×1080 projector, a 1280×720 laptop shared on a call, and a 480×270
    /// video-call thumbnail: the question, whose turn it is and the time are on screen and large
    /// enough to read at each size, and a projector's width is used, not a narrow column.
    @Test(.timeLimit(.minutes(2)))
    func theRoomViewReadsOnAProjectorALaptopAndACallThumbnail() async throws {
        let live = try await LiveRoom(share: true, names: ["P1": "Amira", "P2": "Ben", "P3": "Chloe"])
        try await live.waitForTurn("How are you arriving")
        try await live.advance("pass")
        try await live.waitForTurn("How are you arriving")
        try await withBrowser(live) { browser in
            let roomView = try await Tab.open(browser, live.server.roomURL, "the room view")
            try await roomView.wait("Ben's turn", "document.querySelector('#live .turn')?.textContent === 'Ben’s turn'")
            for (width, height, smallest) in [(1920, 1080, 28.0), (1280, 720, 20.0), (480, 270, 14.0)] {
                try await roomView.run { page in
                    _ = try page.send("Emulation.setDeviceMetricsOverride", ["width": width, "height": height, "deviceScaleFactor": 1, "mobile": false])
                }
                try await Task.sleep(for: .milliseconds(300))
                try await roomView.screenshot(Self.shot("room-view-\(width)x\(height).png"))
                for part in [".prompt", ".turn", ".clock"] {
                    let box = try await roomView.string("""
                        (() => { const e = document.querySelector('#live \(part)'); const r = e.getBoundingClientRect();
                          return JSON.stringify([r.left, r.top, r.right, r.bottom, parseFloat(getComputedStyle(e).fontSize)]) })()
                        """)
                    let b = try JSONDecoder().decode([Double].self, from: Data(box.utf8))
                    #expect(b[0] >= 0 && b[1] >= 0 && b[2] <= Double(width) && b[3] <= Double(height), "\(part) is off screen at \(width)×\(height): \(b)")
                    #expect(b[4] >= smallest, "\(part) is \(b[4]) px at \(width)×\(height); at least \(smallest) px reads there")
                }
                let used = try await roomView.int("document.querySelector('#live .now').getBoundingClientRect().width")
                #expect(Double(used) >= Double(width) * 0.8, "the content uses \(used) of \(width) px")
            }
        }
    }
}

extension BrowserTests {
    /// When a phase's time box runs out while a step waits, the room view and the facilitator's
    /// page say so at once, without waiting for the next answer.
    @Test(.timeLimit(.minutes(1)))
    func bothPagesSayTimeIsUpWhenItHappens() async throws {
        let setup = SessionEngine.Setup(formatPath: LiveRoom.fixtures + "/short_time_box.lua", library: nil, participants: 2, seed: 1)
        let live = try await LiveRoom(setup: setup, share: false)
        try await live.waitForTurn("How are you arriving")
        try await withBrowser(live) { browser in
            let roomView = try await Tab.open(browser, live.server.roomURL, "the room view")
            let facilitator = try await Tab.open(browser, live.server.facilitatorURL, "the facilitator page")
            for tab in [roomView, facilitator] {
                try await tab.wait("time up on \(tab.name)", "document.querySelector('#live .timeup')?.textContent === 'Time is up for this phase'", timeout: 5)
            }
            #expect(live.room.snapshot.questionID == 1, "said while the first step still waits")
            try await roomView.screenshot(Self.shot("room-view-time-up.png"))
        }
    }
}
