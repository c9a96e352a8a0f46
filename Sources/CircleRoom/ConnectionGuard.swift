import NIOCore
import NIOHTTPTypes
import Synchronization

/// Counts the open connections of each client address, so one address (one phone)
/// cannot hold the server's connections, and the loopback pages keep room of their own.
final class ConnectionCounter: Sendable {
    /// Connections one address on the network may hold open at once.
    let perAddress: Int
    /// Connections all network addresses together may hold open.
    let network: Int
    /// Connections this machine (the room view, the facilitator's page) may hold open: a pool of its own.
    let loopback: Int
    private let open = Mutex<(byAddress: [String: Int], network: Int, loopback: Int)>(([:], 0, 0))

    init(perAddress: Int, network: Int, loopback: Int) {
        self.perAddress = perAddress
        self.network = network
        self.loopback = loopback
    }

    /// Counts a new connection from `address`; false (and not counted) when a cap is reached.
    func admit(_ address: String, local: Bool) -> Bool {
        open.withLock { open in
            if local {
                guard open.loopback < loopback else { return false }
                open.loopback += 1
                return true
            }
            guard open.network < network, open.byAddress[address, default: 0] < perAddress else { return false }
            open.network += 1
            open.byAddress[address, default: 0] += 1
            return true
        }
    }

    /// Forgets a connection `admit` counted.
    func release(_ address: String, local: Bool) {
        open.withLock { open in
            if local {
                open.loopback -= 1
                return
            }
            open.network -= 1
            let left = open.byAddress[address, default: 1] - 1
            open.byAddress[address] = left > 0 ? left : nil
        }
    }

    /// Connections open now from `address` (for tests and the benchmark).
    func count(_ address: String) -> Int { open.withLock { $0.byAddress[address, default: 0] } }
}

/// The first thing every connection meets: over its address's cap it is closed at once;
/// then each request must arrive whole (head and body) within `deadline` of the server
/// being ready for it, or the connection is closed. A slow sender (one byte every few
/// seconds) cannot hold a connection. A page's live stream is a request that has
/// arrived: its answer may last as long as the session.
final class ConnectionGuard: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let counter: ConnectionCounter
    private let deadline: TimeAmount
    private var counted: (address: String, local: Bool)?
    private var started = false
    private var timer: Scheduled<Void>?

    init(counter: ConnectionCounter, deadline: TimeAmount) {
        self.counter = counter
        self.deadline = deadline
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { start(context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        start(context)
        context.fireChannelActive()
    }

    func handlerRemoved(context: ChannelHandlerContext) { stop() }

    func channelInactive(context: ChannelHandlerContext) {
        stop()
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .end = unwrapInboundIn(data) { disarm() }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) { arm(context) }
        context.write(data, promise: promise)
    }

    private func start(_ context: ChannelHandlerContext) {
        guard !started else { return }
        started = true
        let ip = context.channel.remoteAddress?.ipAddress ?? "unknown"
        let local = Self.isLoopback(ip)
        guard counter.admit(ip, local: local) else {
            context.close(promise: nil)
            return
        }
        counted = (ip, local)
        arm(context)
    }

    private func stop() {
        disarm()
        if let counted { counter.release(counted.address, local: counted.local) }
        counted = nil
    }

    /// The next request must have arrived whole within the deadline.
    private func arm(_ context: ChannelHandlerContext) {
        disarm()
        let channel = context.channel
        timer = context.eventLoop.scheduleTask(in: deadline) { channel.close(promise: nil) }
    }

    private func disarm() {
        timer?.cancel()
        timer = nil
    }

    /// Whether `ip` is this machine.
    static func isLoopback(_ ip: String) -> Bool {
        ip.hasPrefix("127.") || ip == "::1" || ip.hasPrefix("::ffff:127.")
    }
}
