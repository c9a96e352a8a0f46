import Foundation
import Testing
import TestSupport

@testable import CircleRoom

extension BrowserTests {
    /// Something on this machine holds every live stream the room allows, so the room view's
    /// stream is refused (503). Once that ends, the page reconnects by itself (with backoff)
    /// and shows the session again, in the same document: no one has to reload the projector.
    @Test(.timeLimit(.minutes(2)))
    func theRoomViewRecoversWithoutAReloadWhenTheAttackEnds() async throws {
        var limits = RoomServer.Limits()
        limits.streams = 2
        limits.streamsKeptForLoopback = 2
        let live = try await LiveRoom(limits: limits)
        try await live.waitForTurn("How are you arriving")
        let held = [try await EventStream(port: live.port, path: "/events"), try await EventStream(port: live.port, path: "/events")]
        #expect(try await live.get("/events").status == .serviceUnavailable)
        try await withBrowser(live) { browser in
            let roomView = try await Tab.open(browser, live.server.roomURL, "the room view")
            try await roomView.wait("the room view to load", "document.readyState === 'complete'")
            #expect(try await roomView.string("window.__sameDocument = 'yes'") == "yes")
            try await roomView.wait("the page to say it is not connected", "document.getElementById('connection').textContent.includes('Trying again')")
            try await Task.sleep(for: .seconds(3))  // long enough for EventSource to have given up, as it did after a 503
            for stream in held { await stream.close() }
            try await live.advance("pass")  // the server notices the closed streams when it writes to them
            // The page retries at most 8 s apart (4–8 s with jitter), so two retries fit in 20 s even on a busy machine.
            try await roomView.wait("the update, without a reload", "document.querySelector('#live .passed')?.textContent.includes('P1')", timeout: 20)
            #expect(try await roomView.string("window.__sameDocument") == "yes")
            #expect(try await roomView.string("document.getElementById('connection').textContent") == "")
        }
    }
}
