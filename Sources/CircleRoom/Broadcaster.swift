import Foundation
import Hummingbird
import Synchronization
import CircleKit

/// The open event streams (server-sent events) of the room's pages, and what each
/// kind of page is sent when the room changes: the whole live part, freshly rendered,
/// so a page that missed an update is right again at the next one.
final class Broadcaster: Sendable {
    enum Kind: Sendable { case room, join }
    private typealias Stream = (kind: Kind, client: String?, continuation: AsyncStream<ByteBuffer>.Continuation)

    /// How many streams may be open: in all, from one address on the network, and kept for
    /// this machine's pages (the room view, the facilitator's page), which the network cannot take.
    struct Caps: Sendable {
        var total = 300
        var perAddress = 4
        var keptForLoopback = 20
    }
    let caps: Caps
    private let render: @Sendable (Kind) -> String
    private let streams = Mutex<[String: Stream]>([:])
    /// Whether a change is being rendered and sent now, and whether another came meanwhile.
    private let sending = Mutex((busy: false, again: false))

    init(caps: Caps = Caps(), render: @escaping @Sendable (Kind) -> String) {
        self.caps = caps
        self.render = render
    }

    /// A new stream of `kind` for `client` (nil for this machine), starting with the page as it
    /// is now; nil when `client` already holds its share, or the network has taken all it may.
    func open(_ kind: Kind, for client: String?) -> AsyncStream<ByteBuffer>? {
        let (stream, continuation) = AsyncStream<ByteBuffer>.makeStream(bufferingPolicy: .bufferingNewest(4))
        let id = RandomID.make()  // not UUID(): out of file descriptors it is all zeros
        let caps = caps
        let added = streams.withLock { streams in
            guard streams.count < caps.total else { return false }
            if let client {
                let network = streams.values.filter { $0.client != nil }
                guard network.count < caps.total - caps.keptForLoopback,
                    network.lazy.filter({ $0.client == client }).count < caps.perAddress
                else { return false }
            }
            streams[id] = (kind, client, continuation)
            return true
        }
        guard added else { return nil }
        continuation.onTermination = { [weak self] _ in self?.drop(id) }
        continuation.yield(Self.event(render(kind)))
        return stream
    }

    /// Sends every open page its new live part. Changes can come from several threads at once
    /// (a burst of contributions): one thread renders and sends at a time, and a change that
    /// arrives meanwhile is not rendered by its own thread, waiting its turn, but by the sending
    /// one, once, as soon as it has sent: so a burst of changes costs a render or two, not one
    /// each in a queue, and the last event a page gets always shows the latest state.
    func changed() {
        let first = sending.withLock { state in
            if state.busy { state.again = true }
            defer { state.busy = true }
            return !state.busy
        }
        guard first else { return }
        repeat {
            var rendered: [Kind: ByteBuffer] = [:]
            for (kind, _, continuation) in open {
                if rendered[kind] == nil { rendered[kind] = Self.event(render(kind)) }
                continuation.yield(rendered[kind]!)
            }
        } while sending.withLock { state in
            state.busy = state.again
            state.again = false
            return state.busy
        }
    }

    /// A comment line on every stream, so connections that went away are noticed.
    func heartbeat() {
        for (_, _, continuation) in open { continuation.yield(ByteBuffer(string: ": still here\n\n")) }
    }

    /// Ends every stream.
    func finish() {
        let open = streams.withLock { streams in
            defer { streams = [:] }
            return Array(streams.values)
        }
        for (_, _, continuation) in open { continuation.finish() }
    }

    /// Pages following the session now.
    var count: Int { streams.withLock { $0.count } }

    private var open: [Stream] { streams.withLock { Array($0.values) } }

    private func drop(_ id: String) {
        _ = streams.withLock { $0.removeValue(forKey: id) }
    }

    /// One server-sent event: each line of `html` on a `data:` line.
    static func event(_ html: String) -> ByteBuffer {
        var text = ""
        for line in html.split(separator: "\n", omittingEmptySubsequences: false) { text += "data: \(line)\n" }
        return ByteBuffer(string: text + "\n")
    }
}
