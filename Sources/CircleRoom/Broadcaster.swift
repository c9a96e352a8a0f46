import Foundation
import Hummingbird

/// The open event streams (server-sent events) of the room's pages, and what each
/// kind of page is sent when the room changes: the whole live part, freshly rendered,
/// so a page that missed an update is right again at the next one.
final class Broadcaster: @unchecked Sendable {
    enum Kind: Sendable { case room, join }

    /// At most this many pages can follow the session at once.
    static let maxStreams = 300
    private let render: @Sendable (Kind) -> String
    private var streams: [UUID: (kind: Kind, continuation: AsyncStream<ByteBuffer>.Continuation)] = [:]
    private let lock = NSLock()
    private let sending = NSLock()

    init(render: @escaping @Sendable (Kind) -> String) {
        self.render = render
    }

    /// A new stream of `kind`, starting with the page as it is now; nil when too many are open.
    func open(_ kind: Kind) -> AsyncStream<ByteBuffer>? {
        let (stream, continuation) = AsyncStream<ByteBuffer>.makeStream(bufferingPolicy: .bufferingNewest(4))
        let id = UUID()
        lock.lock()
        guard streams.count < Self.maxStreams else { lock.unlock(); return nil }
        streams[id] = (kind, continuation)
        lock.unlock()
        continuation.onTermination = { [weak self] _ in self?.drop(id) }
        continuation.yield(Self.event(render(kind)))
        return stream
    }

    /// Sends every open page its new live part. Changes can come from several threads
    /// at once: rendering and sending one at a time keeps the events in order, so the
    /// last event a page gets always shows the latest state.
    func changed() {
        sending.lock()
        defer { sending.unlock() }
        lock.lock()
        let open = streams.values
        lock.unlock()
        var rendered: [Kind: ByteBuffer] = [:]
        for (kind, continuation) in open {
            if rendered[kind] == nil { rendered[kind] = Self.event(render(kind)) }
            continuation.yield(rendered[kind]!)
        }
    }

    /// A comment line on every stream, so connections that went away are noticed.
    func heartbeat() {
        lock.lock()
        let open = streams.values
        lock.unlock()
        for (_, continuation) in open { continuation.yield(ByteBuffer(string: ": still here\n\n")) }
    }

    /// Ends every stream.
    func finish() {
        lock.lock()
        let open = streams.values
        streams = [:]
        lock.unlock()
        for (_, continuation) in open { continuation.finish() }
    }

    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return streams.count
    }

    private func drop(_ id: UUID) {
        lock.lock()
        streams[id] = nil
        lock.unlock()
    }

    /// One server-sent event: each line of `html` on a `data:` line.
    static func event(_ html: String) -> ByteBuffer {
        var text = ""
        for line in html.split(separator: "\n", omittingEmptySubsequences: false) { text += "data: \(line)\n" }
        return ByteBuffer(string: text + "\n")
    }
}
