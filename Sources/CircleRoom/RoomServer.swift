import CircleKit
import Foundation
import Hummingbird
import Logging
import NIOCore
import Synchronization

/// The room display's web server (Hummingbird 2). It listens on 127.0.0.1 only,
/// unless the room is shared: then it listens on the local network too, where a
/// participant can reach nothing but the join pages behind the room's code.
///
/// Routes: `/` the room view · `/facilitator#KEY` the facilitator's page ·
/// `/events` the live stream · `/api/facilitator`, `/api/input`, `/api/reveal`
/// (the key in `X-Circle-Key`) · `/j/CODE`, `/j/CODE/events`, `/j/CODE/write` for
/// participants · `/static/circle.css`, `/static/circle.js`.
public final class RoomServer: Sendable {
    /// How much a client may ask of the join pages.
    public struct Limits: Sendable {
        /// Requests to the join pages per client address per minute.
        public var joinRequestsPerMinute = 60
        /// Written contributions per client address per minute.
        public var contributionsPerMinute = 12
        /// Wrong join codes per client address per ten minutes.
        public var wrongCodesPerTenMinutes = 10
        /// Seconds a connection may sit idle, or half-sent, before it is closed (a page's live stream is never idle: it is being answered).
        public var idleSeconds: Int64 = 20
        /// Seconds a request may take to arrive whole, head and body, however steadily it trickles in.
        public var requestSeconds: Int64 = 15
        /// Connections one network address may hold open; more are closed as they are accepted.
        public var connectionsPerAddress = 16
        /// Connections the whole network may hold open.
        public var networkConnections = 400
        /// Connections this machine's pages may hold open (a pool the network cannot take).
        public var loopbackConnections = 100
        /// Live streams (open pages) one network address may hold.
        public var streamsPerAddress = 4
        /// Live streams in all, of which `streamsKeptForLoopback` only this machine's pages may take.
        public var streams = 300
        public var streamsKeptForLoopback = 20
        /// Seconds between catch-ups of the room view's count of written contributions, which
        /// otherwise moves only in batches (`Room.countBatch`), so no one can tell who just sent.
        public var countCatchUpSeconds = 3
        public init() {}

        /// These limits, lowered where needed so that every connection the server may hold
        /// stays well under `openFiles` (at most half of it; the rest is for the session's own files).
        public func fitting(openFiles: Int) -> Limits {
            var fitted = self
            let budget = max(openFiles / 2, 8)
            guard networkConnections + loopbackConnections > budget else { return fitted }
            fitted.loopbackConnections = min(loopbackConnections, max(budget / 4, 2))
            fitted.networkConnections = max(budget - fitted.loopbackConnections, 1)
            fitted.connectionsPerAddress = min(connectionsPerAddress, max(fitted.networkConnections / 8, 1))
            fitted.streams = min(streams, fitted.networkConnections + fitted.loopbackConnections)
            fitted.streamsKeptForLoopback = min(streamsKeptForLoopback, fitted.loopbackConnections)
            fitted.streamsPerAddress = min(streamsPerAddress, fitted.connectionsPerAddress)
            return fitted
        }
    }

    public let room: Room
    public let port: Int
    /// The address participants reach the room at, when it is shared.
    public let lanAddress: String?
    private let task: Task<Void, any Error>
    private let heartbeat: Task<Void, Never>
    private let streams: Broadcaster

    /// The room view (for the screen everyone sees).
    public var roomURL: String { links.room }
    /// The facilitator's page, with a one-time pass after `#` that the page trades for the key (by POST) as it opens: the key is in no address.
    public var facilitatorURL: String { facilitatorURL(pass: room.facilitatorPass) }
    /// A new facilitator link, with a fresh one-time pass (see `Room.reissuePass`).
    public func newFacilitatorURL() -> String { facilitatorURL(pass: room.reissuePass()) }
    private func facilitatorURL(pass: String) -> String { "http://127.0.0.1:\(port)/facilitator#\(pass)" }
    /// Where participants write, when the room is shared.
    public var joinURL: String? { links.join }
    private var links: RoomPages.Links { PortBox.links(port: port, room: room, lan: lanAddress, publicURL: publicURL) }
    /// Where participants reach the join pages through the organisation's HTTPS reverse proxy, if set.
    public let publicURL: String?

    /// Checks an address given for `--public-url`: `https://`, a host, and a path ending in `/`
    /// (added if missing), with no query or fragment. Returns it as the room will use it.
    public static func publicURL(_ text: String) throws -> String {
        let fix = "give the https:// address where your reverse proxy serves the room, e.g. https://circle.example.org/room/"
        guard let url = URL(string: text), url.scheme == "https", let host = url.host, !host.isEmpty, url.query == nil, url.fragment == nil,
            url.user == nil
        else {
            throw CircleError(.input, "\"\(text)\" is not a public address for the room: \(fix)")
        }
        return text.hasSuffix("/") ? text : text + "/"
    }

    private init(room: Room, port: Int, lanAddress: String?, publicURL: String?, task: Task<Void, any Error>, streams: Broadcaster, catchUp: Int) {
        self.publicURL = publicURL
        self.room = room
        self.port = port
        self.lanAddress = lanAddress
        self.task = task
        self.streams = streams
        // A comment on each stream every 15 s, so connections that went away are noticed; and
        // the room view's count of written contributions catching up every `catchUp` seconds.
        heartbeat = Task {
            var sinceHeartbeat = 0
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(min(catchUp, 15)))
                room.tick()
                sinceHeartbeat += min(catchUp, 15)
                if sinceHeartbeat >= 15 {
                    streams.heartbeat()
                    sinceHeartbeat = 0
                }
            }
        }
    }

    /// Starts serving `room` and returns once the server listens. `port` 0 takes a free port.
    /// A shared room listens on every interface and shows participants `lanAddress` (default: this machine's first local-network address).
    /// With `publicURL` (see ``publicURL(_:)``), participants join through an HTTPS reverse proxy on this machine at that address.
    public static func open(
        room: Room, port: Int = 0, lanAddress: String? = nil, limits: Limits = Limits(), publicURL: String? = nil
    ) async throws -> RoomServer {
        var limits = limits
        // Everyone behind the proxy arrives from this machine: give them the network's connections.
        if publicURL != nil { limits.loopbackConnections = max(limits.loopbackConnections, limits.networkConnections) }
        limits = limits.fitting(openFiles: FileLimit.raise() ?? 1024)
        let shared = room.joinCode != nil
        let lan = shared ? lanAddress ?? LocalNetwork.address() : nil
        let portBox = PortBox(publicURL: publicURL)
        let caps = Broadcaster.Caps(total: limits.streams, perAddress: limits.streamsPerAddress, keptForLoopback: limits.streamsKeptForLoopback)
        let streams = Broadcaster(caps: caps) { kind in
            let state = room.snapshot
            switch kind {
            case .room: return RoomPages.room(state, links: portBox.links(room: room, lan: lan))
            case .join: return RoomPages.join(state)
            }
        }
        room.onChange { streams.changed() }
        let (running, started) = AsyncStream<Int>.makeStream()
        let app = buildApplication(
            router: buildRouter(room: room, streams: streams, limits: limits, ports: portBox, lan: lan),
            address: .hostname(shared ? "0.0.0.0" : "127.0.0.1", port: port), limits: limits,
            onServerRunning: { port in
                started.yield(port)
                started.finish()
            })
        let task = Task {
            defer { started.finish() }
            try await app.run()
        }
        var ports = running.makeAsyncIterator()
        guard let bound = await ports.next(), bound > 0 else {
            let reason: String
            switch await task.result {
            case .failure(let error): reason = "\(error)"
            case .success: reason = "it stopped at once"
            }
            throw CircleError(.room, "the room display could not listen on port \(port) (\(reason)); choose another port, or port 0 for any free one")
        }
        portBox.set(bound)
        // What a crash must not lose is kept as it changes (when the room was given a place for it).
        room.onChange { [weak room] in room?.save(port: bound) }
        room.save(port: bound)
        return RoomServer(room: room, port: bound, lanAddress: lan, publicURL: publicURL, task: task, streams: streams, catchUp: limits.countCatchUpSeconds)
    }

    /// The room's routes, behind the rules every request meets first (`RoomRules`).
    static func buildRouter(room: Room, streams: Broadcaster, limits: Limits, ports: PortBox, lan: String?) -> Router<RoomContext> {
        RoomRoutes(room: room, streams: streams, limits: limits, ports: ports, lan: lan).router()
    }

    /// The room's Hummingbird application, not yet running: quiet, HTTP/1.1, closing idle and
    /// half-sent connections, slow requests and connections over their address's cap (`ConnectionGuard`).
    static func buildApplication(
        router: Router<RoomContext>, address: BindAddress, limits: Limits, onServerRunning: @escaping @Sendable (Int) async -> Void
    ) -> some ApplicationProtocol {
        var logger = Logger(label: "circle-room")
        logger.logLevel = .critical
        let counter = ConnectionCounter(
            perAddress: limits.connectionsPerAddress, network: limits.networkConnections, loopback: limits.loopbackConnections)
        let deadline = TimeAmount.seconds(limits.requestSeconds)
        return Application(
            router: router,
            server: .http1(configuration: .init(
                additionalChannelHandlers: [ConnectionGuard(counter: counter, deadline: deadline)], idleTimeout: .seconds(limits.idleSeconds))),
            configuration: .init(address: address, serverName: nil),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? 0) },
            logger: logger)
    }

    /// Ends every page's stream and stops listening.
    public func stop() async {
        heartbeat.cancel()
        streams.finish()
        task.cancel()
        _ = await task.result
    }

    /// Closes the room (pages say the session has ended, a step still waiting gets no line) and stops the server.
    public func close() async {
        room.close()
        await stop()
    }

    /// Pages following the session now (the room view, facilitator pages and participants' pages).
    public var openStreams: Int { streams.count }
}

/// The port, known only once the server listens (routes need it to check Host headers), and the
/// public address participants use when the join page is behind an HTTPS reverse proxy.
final class PortBox: Sendable {
    private let port = Atomic<Int>(0)
    /// `https://circle.example.org/`: where the organisation's reverse proxy serves the join pages.
    let publicURL: String?

    init(publicURL: String? = nil) {
        self.publicURL = publicURL
    }

    /// The public address's origin (`https://circle.example.org`), which the proxied pages post from.
    var publicOrigin: String? {
        publicURL.flatMap { URL(string: $0) }.flatMap { url in
            url.scheme.map { scheme in scheme + "://" + (url.host ?? "") + (url.port.map { ":\($0)" } ?? "") }
        }
    }

    func set(_ value: Int) { port.store(value, ordering: .releasing) }

    var value: Int { port.load(ordering: .acquiring) }

    func links(room: Room, lan: String?) -> RoomPages.Links { Self.links(port: value, room: room, lan: lan, publicURL: publicURL) }

    /// The room view's address, and the join page's when the room is shared.
    static func links(port: Int, room: Room, lan: String?, publicURL: String? = nil) -> RoomPages.Links {
        RoomPages.Links(
            room: "http://127.0.0.1:\(port)/",
            join: room.joinCode.map { code in publicURL.map { $0 + "j/" + code } ?? "http://\(lan ?? "127.0.0.1"):\(port)/j/\(code)" })
    }
}
