import Foundation
import NIOCore
import Synchronization
import Testing

@testable import CircleRoom

/// The room's broadcasts under a burst of changes (a hundred phones sending at once).
@Suite struct BroadcasterTests {
    /// Each change used to be rendered and sent by its own thread, one after another behind a
    /// lock, so the last of a burst of 20 waited for 20 renders; now a change that comes while
    /// one is being sent is rendered once by the sending thread, and the last event a page gets
    /// still shows the latest state.
    @Test func aBurstOfChangesIsRenderedOnceOrTwiceAndTheLastEventIsTheLatest() async throws {
        let state = Atomic(0)
        let renders = Atomic(0)
        let streams = Broadcaster { _ in
            _ = renders.add(1, ordering: .relaxed)
            Thread.sleep(forTimeInterval: 0.05)  // a render that takes a while, as under load
            return "<p data-count=\"\(state.load(ordering: .acquiring))\"></p>"
        }
        let events = try #require(streams.open(.room, for: nil))
        renders.store(0, ordering: .relaxed)
        let threads = 20
        let done = DispatchGroup()
        let go = DispatchSemaphore(value: 0)
        for _ in 0..<threads {
            done.enter()
            Thread.detachNewThread {
                go.wait()  // released together
                _ = state.add(1, ordering: .acquiringAndReleasing)
                streams.changed()
                done.leave()
            }
        }
        try await Task.sleep(for: .milliseconds(100))  // every thread waiting at the gate
        for _ in 0..<threads { go.signal() }
        #expect(done.wait(timeout: .now() + 10) == .success)
        #expect(renders.load(ordering: .relaxed) <= 4, "\(renders.load(ordering: .relaxed)) renders for a burst of \(threads) changes")
        streams.finish()
        var last = ""
        for await event in events { last = String(buffer: event) }
        #expect(last.contains("data-count=\"\(threads)\""), "the last event shows \(last), not the latest state")
    }
}
