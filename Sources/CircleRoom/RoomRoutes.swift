import CircleKit
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// A request's context: Hummingbird's, plus the address the request came from.
struct RoomContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let client: SocketAddress?

    /// The address a reverse proxy on this machine says the request came from (`X-Forwarded-For`);
    /// set by `RoomRules`, and only for connections from this machine.
    var forwardedFor: String?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        client = source.channel.remoteAddress
    }

    /// The client's address as text ("127.0.0.1"): for a request through a proxy on this machine,
    /// the address the proxy got it from.
    var address: String { forwardedFor ?? client?.ipAddress ?? "unknown" }

    /// Whether the request came from this machine itself, not through a proxy on it: only then may
    /// it reach the room view and the facilitator's page.
    var fromLoopback: Bool {
        guard forwardedFor == nil, let ip = client?.ipAddress else { return false }
        return ConnectionGuard.isLoopback(ip)
    }
}

/// The room's routes and the rules every request passes first.
struct RoomRoutes: Sendable {
    let room: Room
    let streams: Broadcaster
    let limits: RoomServer.Limits
    let ports: PortBox
    let lan: String?
    let joinRequests: RateLimiter
    let contributions: RateLimiter
    let wrongCodes: RateLimiter

    init(room: Room, streams: Broadcaster, limits: RoomServer.Limits, ports: PortBox, lan: String?) {
        self.room = room
        self.streams = streams
        self.limits = limits
        self.ports = ports
        self.lan = lan
        joinRequests = RateLimiter(limit: limits.joinRequestsPerMinute, per: 60)
        contributions = RateLimiter(limit: limits.contributionsPerMinute, per: 60)
        wrongCodes = RateLimiter(limit: limits.wrongCodesPerTenMinutes, per: 600)
    }

    func router() -> Router<RoomContext> {
        let router = Router(context: RoomContext.self)
        router.add(middleware: RoomRules(routes: self))
        router.get("/") { _, _ in html(RoomPages.page(title: "Circle — room", role: "room", stream: "/events", live: RoomPages.room(room.snapshot, links: links))) }
        router.get("/facilitator") { _, _ in
            html(RoomPages.page(
                title: "Circle — facilitator", role: "facilitator", stream: "/events", live: "<p>Connecting…</p>",
                facilitatorForms: .init(themes: room.themes), after: true))
        }
        router.get("/static/circle.css") { _, _ in asset(RoomTemplates.css, type: "text/css; charset=utf-8") }
        router.get("/static/circle.js") { _, _ in asset(RoomTemplates.js, type: "text/javascript; charset=utf-8") }
        router.get("/events") { _, context in try stream(.room, context) }
        router.post("/api/key") { request, _ in
            let pass = try await text(of: request, limit: 256)
            guard let key = room.exchange(pass.trimmingCharacters(in: .whitespacesAndNewlines)) else {
                throw HTTPError(.forbidden, message: "This facilitator link has been used already: open the facilitator page from the link circle printed, in the tab it first opened in.")
            }
            return plain(.ok, key)
        }

        router.get("/api/facilitator") { request, _ in
            try facilitator(request)
            return html(RoomPages.facilitator(room.snapshot, links: links))
        }
        router.post("/api/input") { request, _ in
            let question = try facilitator(request)
            let line = try await text(of: request, limit: Room.lineLimit * 4)
            return outcome(room.submit(line, question: question))
        }
        router.post("/api/reveal") { request, _ in
            let question = try facilitator(request)
            let confirmed = try await text(of: request, limit: 64).trimmingCharacters(in: .whitespacesAndNewlines) == "confirm"
            return outcome(room.reveal(question: question, confirmed: confirmed))
        }
        router.post("/api/hide") { request, _ in
            let question = try facilitator(request)
            return outcome(room.hide(card: try await text(of: request, limit: 64).trimmingCharacters(in: .whitespacesAndNewlines), question: question))
        }

        router.get("/j/:code") { request, context in
            let code: String
            do {
                code = try join(context)
            } catch let error as HTTPError where error.status == .notFound || error.status == .gone {
                // A person opened a link: answer with a page that says what to do, not bare text.
                var page = html(RoomPages.page(
                    title: "Circle — write privately", role: "join", stream: "", live: RoomPages.joinProblem(ended: error.status == .gone)))
                page.status = error.status
                return page
            }
            // A page posted without scripts comes back here with its own token, so it still writes once per round.
            let device = request.uri.queryParameters["device"].map(String.init).flatMap { Room.isDeviceToken($0) ? $0 : nil } ?? Room.deviceToken()
            return html(RoomPages.page(
                title: "Circle — write privately", role: "join", stream: "/j/\(code)/events", live: RoomPages.join(room.snapshot),
                joinForm: .init(joinCode: code, token: room.formToken, device: device)))
        }
        router.get("/j/:code/events") { _, context in
            _ = try join(context)
            return try stream(.join, context)
        }
        router.post("/j/:code/write") { request, context in
            let code = try join(context)
            guard contributions.allow(context.address) else { throw tooMany() }
            let isForm = Self.isForm(request)
            var body = try await text(of: request, limit: Room.contributionLimit * 4 + 64)
            var device = request.headers[.circleDevice]
            if isForm {
                let form = try? URLEncodedFormDecoder().decode(WrittenForm.self, from: body)
                guard let token = form?.token, Secrets.same(token, room.formToken) else {
                    throw HTTPError(.forbidden, message: "This form is out of date: reload the page and write again.")
                }
                body = form?.text ?? ""
                device = form?.device
            }
            guard let device, Room.isDeviceToken(device) else {
                throw HTTPError(.badRequest, message: "This page is out of date: reload it and write again.")
            }
            switch room.contribute(body, device: device) {
            case .accepted:
                if isForm { return Response(status: .seeOther, headers: [.location: "/j/\(code)?device=\(device)"]) }
                return plain(.accepted, "Sent. Thank you: nobody can see who wrote it.")
            case .alreadyWritten(let perDevice):
                throw HTTPError(
                    .conflict,
                    message: perDevice == 1
                        ? "You have sent yours for this question. Thank you."
                        : "You have sent \(perDevice), as many as this question takes from one person. Thank you.")
            case .roundFull: throw HTTPError(.conflict, message: "This round has all the contributions it can take. Thank you.")
            case .stale: throw HTTPError(.badRequest, message: "Write something first.")
            default: throw HTTPError(.conflict, message: "No written round is open just now.")
            }
        }
        return router
    }

    private var links: RoomPages.Links { ports.links(room: room, lan: lan) }

    /// Whether `request` is a form as a browser posts it without scripts.
    static func isForm(_ request: Request) -> Bool {
        request.headers[.contentType]?.hasPrefix("application/x-www-form-urlencoded") == true
    }

    /// Checks the facilitator's key; returns the question number the request answers.
    @discardableResult
    private func facilitator(_ request: Request) throws -> Int {
        guard let key = request.headers[.circleKey], Secrets.same(key, room.secret) else {
            throw HTTPError(.forbidden, message: "Only the facilitator's page can do this: open the facilitator link circle printed.")
        }
        return request.headers[.circleQuestion].flatMap { Int($0) } ?? 0
    }

    /// Checks a participant's join code; returns it.
    private func join(_ context: RoomContext) throws -> String {
        let code = context.parameters.get("code") ?? ""
        guard let expected = room.joinCode, !room.snapshot.closed else {
            throw HTTPError(.gone, message: "This session has ended, and its join code with it.")
        }
        guard Secrets.same(code.uppercased(), expected) else {
            guard wrongCodes.allow(context.address) else { throw tooMany() }
            throw HTTPError(.notFound, message: "No session has that code: check it on the room screen.")
        }
        return expected
    }

    private func stream(_ kind: Broadcaster.Kind, _ context: RoomContext) throws -> Response {
        guard let events = streams.open(kind, for: context.fromLoopback ? nil : context.address) else { throw HTTPError(.serviceUnavailable, message: "Too many pages are open.") }
        return Response(
            status: .ok, headers: [.contentType: "text/event-stream; charset=utf-8"], body: ResponseBody(asyncSequence: events))
    }

    /// The request's body as UTF-8 text, refused if longer than `limit` bytes.
    private func text(of request: Request, limit: Int) async throws -> String {
        var request = request
        let buffer = try await request.collectBody(upTo: limit)
        guard let text = String(validating: buffer.readableBytesView, as: UTF8.self) else {
            throw HTTPError(.badRequest, message: "The text must be UTF-8.")
        }
        return text
    }

    private func outcome(_ outcome: Room.Outcome) -> Response {
        switch outcome {
        case .accepted: plain(.accepted, "ok")
        case .stale: plain(.conflict, "That step was already answered; the page now shows the current one.")
        case .closed: plain(.conflict, "There is nothing to reveal: no written round is open.")
        case .tooFew(let count):
            plain(
                .conflict,
                "Only \(count) written: with fewer than \(Room.minimumToReveal), people may be able to tell who wrote which. "
                    + "Press Reveal again to show them anyway, or go round aloud instead.")
        case .unknownCard: plain(.notFound, "That contribution is no longer waiting: it was hidden or revealed already.")
        case .alreadyWritten: plain(.conflict, "This page has already sent what this round takes from it.")
        case .roundFull: plain(.conflict, "This round has all the contributions it can take.")
        }
    }

    private func tooMany() -> HTTPError {
        HTTPError(.tooManyRequests, headers: [.retryAfter: "60"], message: "Too many requests: wait a minute and try again.")
    }
}

/// The participant page's form, as a browser without scripts posts it.
struct WrittenForm: Decodable {
    let text: String?
    /// The page's form token (`Room.formToken`).
    let token: String?
    /// The page's own token, so it writes once per round.
    let device: String?
}

/// The rules every request meets first: the Host must be this room (no DNS
/// rebinding), given once; a post must come from this room's own pages, not another
/// site; from the network only the join pages are reachable, within rate limits; every answer forbids caching, framing and any source but this server,
/// and no answer ever sets a cookie.
struct RoomRules: RouterMiddleware {
    typealias Context = RoomContext
    let routes: RoomRoutes

    func handle(_ request: Request, context: RoomContext, next: (Request, RoomContext) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await check(request, context: context, next: next)
        } catch let error as HTTPError {
            response = plain(error.status, error.body ?? error.status.reasonPhrase)
            response.headers.append(contentsOf: error.headers)
        }
        response.headers[.contentSecurityPolicy] =
            "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.xFrameOptions] = "DENY"
        response.headers[.referrerPolicy] = "no-referrer"
        response.headers[.cacheControl] = "no-store"
        response.headers[.setCookie] = nil
        return response
    }

    private func check(_ request: Request, context: RoomContext, next: (Request, RoomContext) async throws -> Response) async throws -> Response {
        var context = context
        // A request relayed by a reverse proxy on this machine is a participant's from the network,
        // at the address the proxy names; from anywhere else, the header is ignored.
        if let peer = context.client?.ipAddress, ConnectionGuard.isLoopback(peer), let relayed = request.headers[.xForwardedFor] {
            let last = relayed.split(separator: ",").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            context.forwardedFor = last.isEmpty ? "unknown" : last
        }
        guard hostIsThisRoom(request.head.authority), request.headers[values: .duplicateHost].isEmpty else {
            throw HTTPError(.misdirectedRequest, message: "This server answers only at its own address.")
        }
        if request.method != .get, request.method != .head, crossSite(request) {
            throw HTTPError(.forbidden, message: "Only this room's own pages can send to it.")
        }
        let path = request.uri.path
        if !context.fromLoopback {
            guard path.hasPrefix("/j/") || path.hasPrefix("/static/") else {
                throw HTTPError(.forbidden, message: "Only the facilitator's computer can open this page.")
            }
        }
        if path.hasPrefix("/j/"), !routes.joinRequests.allow(context.address) {
            throw HTTPError(.tooManyRequests, headers: [.retryAfter: "60"], message: "Too many requests: wait a minute and try again.")
        }
        return try await next(request, context)
    }

    /// "127.0.0.1:PORT", "localhost:PORT", "[::1]:PORT", or an IPv4 address (four parts of 1–3
    /// ASCII digits, each at most 255) with this port: never a name that could be rebound.
    private func hostIsThisRoom(_ authority: String?) -> Bool {
        guard let authority, let colon = authority.lastIndex(of: ":"), authority[authority.index(after: colon)...] == "\(routes.ports.value)" else {
            return false
        }
        let host = authority[..<colon]
        if host == "localhost" || host == "[::1]" { return true }
        let octets = host.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4
            && octets.allSatisfy { octet in
                (1...3).contains(octet.utf8.count) && octet.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
                    && Int(octet)! <= 255
            }
    }

    /// Whether the browser says the request comes from another site: `Sec-Fetch-Site` other than
    /// same-origin (or none: typed by the user), or an `Origin` that is not this room's address.
    /// `Origin: null` passes only for a form (posted under `Referrer-Policy: no-referrer`): its route checks the form's token.
    private func crossSite(_ request: Request) -> Bool {
        if let site = request.headers[.secFetchSite], site != "same-origin", site != "none" { return true }
        guard let origin = request.headers[.origin] else { return false }
        if origin == "null" { return !RoomRoutes.isForm(request) }
        return origin != "http://\(request.head.authority ?? "")" && origin != routes.ports.publicOrigin
    }
}

extension HTTPField.Name {
    static let circleKey = Self("X-Circle-Key")!
    static let secFetchSite = Self("Sec-Fetch-Site")!
    /// A Host header after the first (the first became the request's authority).
    static let duplicateHost = Self("Host")!
    static let circleQuestion = Self("X-Circle-Question")!
    static let circleDevice = Self("X-Circle-Device")!
    static let xForwardedFor = Self("X-Forwarded-For")!
    static let xFrameOptions = Self("X-Frame-Options")!
    static let referrerPolicy = Self("Referrer-Policy")!
}

private func html(_ body: String) -> Response { asset(body, type: "text/html; charset=utf-8") }

private func asset(_ body: String, type: String) -> Response {
    Response(status: .ok, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: body)))
}

private func plain(_ status: HTTPResponse.Status, _ text: String) -> Response {
    Response(status: status, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
}
