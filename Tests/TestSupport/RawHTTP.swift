import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// What HummingbirdTesting's client cannot send or read: bytes exactly as given (malformed,
/// hostile or half-sent requests), and a live event stream read event by event. Over NIO.
public enum RawHTTP {
    /// Why a raw exchange did not give an answer.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Sends `bytes` as they are on a fresh connection, and returns the status of the answer,
    /// or nil when the server closed (or reset) the connection without one. Throws if neither
    /// happens within `timeout`, and if nothing listens there.
    public static func send(_ bytes: [UInt8], host: String = "127.0.0.1", port: Int, timeout: Duration = .seconds(10)) async throws -> Int? {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(.seconds(5))
            .connect(host: host, port: port) { channel in
                channel.eventLoop.makeCompletedFuture { try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel) }
            }
        let watchdog = Task<Bool, Never> {
            do { try await Task.sleep(for: timeout) } catch { return false }
            try? await channel.channel.close()
            return true
        }
        let status = try? await channel.executeThenClose { inbound, outbound -> Int? in
            // A server that answers early (413, 431) may close before it has read everything.
            try? await outbound.write(ByteBuffer(bytes: bytes))
            var received = ""
            do {
                for try await chunk in inbound {
                    received += String(buffer: chunk)
                    if let status = statusLine(received) { return status }
                }
            } catch {}  // a reset is a close
            return statusLine(received)
        } ?? nil
        watchdog.cancel()
        if status == nil, await watchdog.value { throw Failure(description: "\(host):\(port) neither answered nor closed within \(timeout)") }
        return status
    }

    /// The status of a response that starts with a complete status line.
    static func statusLine(_ text: String) -> Int? {
        guard let end = text.firstRange(of: "\r\n") else { return nil }
        let parts = text[..<end.lowerBound].split(separator: " ")
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/1.") else { return nil }
        return Int(parts[1])
    }
}

/// A page's live stream (`GET` of a server-sent events path), read one event at a time.
public final class EventStream: Sendable {
    /// The answer's status and headers.
    public let status: Int
    public let headers: HTTPHeaders
    private let channel: any Channel
    private let received: Inbox
    private let reader: Task<Void, Never>

    /// The events read so far and not yet taken, and whether the stream has ended.
    private final class Inbox: Sendable {
        let state = Mutex<(events: [String], ended: Bool)>(([], false))
        func withLock<T: Sendable>(_ body: (inout (events: [String], ended: Bool)) -> T) -> T { state.withLock { body(&$0) } }
    }

    /// Opens `path` and waits for the answer's head.
    public init(host: String = "127.0.0.1", port: Int, path: String, timeout: Duration = .seconds(10)) async throws {
        let async = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(.seconds(5))
            .connect(host: host, port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHTTPClientHandlers()
                    return try NIOAsyncChannel<HTTPClientResponsePart, HTTPClientRequestPart>(wrappingChannelSynchronously: channel)
                }
            }
        channel = async.channel
        let (heads, gotHead) = AsyncStream<HTTPResponseHead>.makeStream()
        let received = Inbox()
        self.received = received
        reader = Task {
            try? await async.executeThenClose { inbound, outbound in
                var head = HTTPRequestHead(version: .http1_1, method: .GET, uri: path)
                head.headers.add(name: "Host", value: "\(host):\(port)")
                head.headers.add(name: "Accept", value: "text/event-stream")
                try await outbound.write(.head(head))
                try await outbound.write(.end(nil))
                var pending = ""
                for try await part in inbound {
                    switch part {
                    case .head(let response):
                        gotHead.yield(response)
                        gotHead.finish()
                    case .body(let buffer):
                        pending += String(buffer: buffer).replacingOccurrences(of: "\r\n", with: "\n")
                        while let end = pending.firstRange(of: "\n\n") {
                            let block = pending[..<end.lowerBound]
                            pending = String(pending[end.upperBound...])
                            let data = block.split(separator: "\n", omittingEmptySubsequences: false)
                                .filter { $0.hasPrefix("data:") }.map { $0.dropFirst(5).drop { $0 == " " } }
                            if !data.isEmpty { received.withLock { $0.events.append(data.joined(separator: "\n")) } }
                        }
                    case .end:
                        return
                    }
                }
            }
            gotHead.finish()
            received.withLock { $0.ended = true }
        }
        let channel = channel
        let watchdog = Task {
            try await Task.sleep(for: timeout)
            try await channel.close()
        }
        var iterator = heads.makeAsyncIterator()
        let head = await iterator.next()
        watchdog.cancel()
        guard let head else {
            _ = try? await channel.close()
            throw RawHTTP.Failure(description: "GET \(path) on port \(port) gave no answer")
        }
        status = Int(head.status.code)
        headers = head.headers
    }

    /// The first header named `name`.
    public func header(_ name: String) -> String? { headers.first(name: name) }

    /// The next event's data (its `data:` lines joined), or nil if none comes within `timeout`; throws once the stream has ended.
    public func next(timeout: Duration) async throws -> String? {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while true {
            let (event, ended) = received.withLock { state -> (String?, Bool) in
                state.events.isEmpty ? (nil, state.ended) : (state.events.removeFirst(), false)
            }
            if let event { return event }
            if ended { throw RawHTTP.Failure(description: "the event stream ended") }
            guard clock.now < deadline else { return nil }
            try await Task.sleep(for: .milliseconds(5))
        }
    }

    /// Closes the connection, as a page that goes away does.
    public func close() async {
        _ = try? await channel.close()
        await reader.value
    }
}

/// A connection that sends `head`, then one more byte every `interval` for as long as it is
/// open, as a slow sender does to hold a server's connections (slowloris).
public final class Trickle: Sendable {
    private let channel: any Channel
    private let task: Task<Void, Never>

    /// Connects to `host:port` and starts sending; throws if nothing listens there.
    public init(_ head: [UInt8], host: String = "127.0.0.1", port: Int, every interval: Duration) async throws {
        let async = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(.seconds(5))
            .connect(host: host, port: port) { channel in
                channel.eventLoop.makeCompletedFuture { try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel) }
            }
        channel = async.channel
        task = Task {
            try? await async.executeThenClose { inbound, outbound in
                try await outbound.write(ByteBuffer(bytes: head))
                let writer = Task {
                    while !Task.isCancelled {
                        try await Task.sleep(for: interval)
                        try await outbound.write(ByteBuffer(string: "x"))
                    }
                }
                defer { writer.cancel() }
                for try await _ in inbound {}
            }
        }
    }

    /// Whether the server has closed the connection.
    public var closed: Bool { !channel.isActive }

    /// Closes the connection from this side.
    public func close() async {
        _ = try? await channel.close()
        await task.value
    }
}
