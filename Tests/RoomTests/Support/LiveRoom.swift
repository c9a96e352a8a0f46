import CircleKit
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore

@testable import CircleRoom

/// A room display serving a real session of the fixture format over real HTTP on
/// loopback, run through `LiveSession` as `circle run --room` runs it: the engine on a
/// thread of its own, and when the session ends, "what leaves the room" and the journal
/// decided on the facilitator's page, the record going to `store`.
final class LiveRoom: @unchecked Sendable {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures").path
    /// The shipped theme codebook, as `circle run` finds it.
    static let codebook = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Scripts/themes.lua").path

    let room: Room
    let server: RoomServer
    let session: LiveSession
    /// A scratch directory for the session's journal and its theme store.
    let directory: String
    private let finished = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var result: Result<SessionEngine.Outcome, any Error>?

    var engine: SessionEngine { session.engine }
    /// The theme store the session's record goes to.
    var store: String { directory + "/themes.sqlite" }
    /// The directory of session journals.
    var journals: String { directory + "/sessions" }

    /// A session of the fixture format `room_test.lua` (two phases: a spoken round, then a written round, a choice and a confirmation).
    convenience init(
        share: Bool = false, participants: Int = 3, names: [String: String] = [:], limits: RoomServer.Limits = .init(),
        lanAddress: String? = "127.0.0.1", publicURL: String? = nil
    ) async throws {
        let setup = SessionEngine.Setup(formatPath: Self.fixtures + "/room_test.lua", library: nil, participants: participants, seed: 1)
        try await self.init(setup: setup, share: share, names: names, limits: limits, lanAddress: lanAddress, publicURL: publicURL)
    }

    /// A session of any format.
    init(
        setup: SessionEngine.Setup, share: Bool, names: [String: String] = [:], limits: RoomServer.Limits = .init(),
        lanAddress: String? = "127.0.0.1", publicURL: String? = nil
    ) async throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("circle-room-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory + "/sessions", withIntermediateDirectories: true)
        let plan = try LiveSession.start(setup, journals: directory + "/sessions", codebook: Self.codebook)
        room = Room(names: names, share: share, themes: plan.themes)
        server = try await RoomServer.open(room: room, lanAddress: lanAddress, limits: limits, publicURL: publicURL)
        session = try LiveSession(plan, io: room, names: Array(names.values))
        let closing = LiveSession.Closing(store: directory + "/themes.sqlite", journal: .ask)
        Thread.detachNewThread { [self] in
            let outcome = Result { try session.run(closing: closing) }
            lock.withLock { result = outcome }
            finished.signal()
        }
    }

    /// Whether the session has ended (closed) or paused.
    var done: Bool { lock.withLock { result != nil } }

    var port: Int { server.port }
    var key: (String, String) { ("X-Circle-Key", room.secret) }
    var question: (String, String) { ("X-Circle-Question", String(room.snapshot.questionID)) }

    /// A request to the room over HummingbirdTesting's client, as a browser on this machine sends it (Host 127.0.0.1:PORT unless `host` says otherwise).
    func request(
        _ method: HTTPRequest.Method, _ path: String, headers: [(String, String)] = [], body: [UInt8]? = nil, host: String? = nil,
        address: String = "127.0.0.1"
    ) async throws -> TestClient.Response {
        let port = port
        let fields = HTTPFields(headers.map { HTTPField(name: HTTPField.Name($0.0)!, value: $0.1) })
        let request = TestClient.Request(path, method: method, authority: host ?? "\(address):\(port)", headers: fields, body: body.map { ByteBuffer(bytes: $0) })
        return try await TestClient.withClient(host: address, port: port) { try await $0.execute(request) }
    }

    func get(_ path: String, headers: [(String, String)] = [], host: String? = nil) async throws -> TestClient.Response {
        try await request(.get, path, headers: headers, host: host)
    }

    func post(_ path: String, _ body: String, headers: [(String, String)] = [], type: String = "text/plain; charset=utf-8") async throws -> TestClient.Response {
        try await post(path, Array(body.utf8), headers: headers, type: type)
    }

    /// A post to a join page's `/write` from script carries a page's own token (`X-Circle-Device`):
    /// unless `headers` give one, each post here is from a page of its own.
    func post(_ path: String, _ body: [UInt8], headers: [(String, String)] = [], type: String = "text/plain; charset=utf-8") async throws -> TestClient.Response {
        var headers = headers
        if path.hasSuffix("/write"), !type.hasPrefix("application/x-www-form-urlencoded"), !headers.contains(where: { $0.0 == "X-Circle-Device" }) {
            headers.append(("X-Circle-Device", Room.deviceToken()))
        }
        return try await request(.post, path, headers: headers + [("Content-Type", type)], body: body)
    }

    /// Sends a line as the facilitator's page does, answering the step shown now.
    @discardableResult
    func answer(_ line: String) async throws -> TestClient.Response {
        try await post("/api/input", line, headers: [key, question])
    }

    /// Answers the step shown now, then waits until the session has moved past it.
    func advance(_ line: String) async throws {
        let step = room.snapshot.questionID
        let response = try await answer(line)
        guard response.status == .accepted else { throw CircleError(.room, "'\(line)' was refused: \(response.status) \(response.text)") }
        try await wait("the step after '\(line)'") { $0.questionID > step || done }
    }

    /// Plays the fixture's first round (everyone passes) up to its written round.
    func reachTheWrittenRound() async throws {
        for _ in 0..<engine.setup.participants {
            try await waitForTurn("How are you arriving")
            try await advance("pass")
        }
        try await waitForTurn("What are you left feeling")
    }

    /// Waits until the room's state satisfies `condition` (the engine runs on its own thread).
    func wait(_ what: String, timeout: Double = 10, until condition: (RoomState) -> Bool) async throws {
        let deadline = Date().addingTimeInterval(timeout)
        while !condition(room.snapshot) {
            guard Date() < deadline else { throw CircleError(.room, "timed out waiting for \(what)") }
            try await Task.sleep(for: .milliseconds(10))
        }
    }

    /// Waits for the step that asks `prompt` (or for `person`'s turn).
    func waitForTurn(_ prompt: String) async throws {
        try await wait("the step “\(prompt)”") { state in
            guard case .turn(let request)? = state.question else { return false }
            switch request {
            case .ask(let person, let text, _, _): return text.hasPrefix(prompt) || person == prompt
            case .write(let text, _, _), .choose(let text, _), .confirm(let text): return text.hasPrefix(prompt)
            default: return false
            }
        }
    }

    /// How the session ended (waits for it).
    func outcome(timeout: Double = 10) async throws -> SessionEngine.Outcome {
        let finished = finished
        guard try await offPool({ finished.wait(timeout: .now() + timeout) }) == .success else { throw CircleError(.room, "the session did not end") }
        finished.signal()
        return try lock.withLock { result }!.get()
    }

    /// Answers the closing questions as a facilitator who keeps nothing: every item dropped,
    /// the theme counts only, the journal deleted.
    func keepNothing() async throws {
        while true {
            try await wait("a closing question, or the end") { state in
                if case .closing = state.question { return true }
                return done
            }
            guard case .closing(let question)? = room.snapshot.question else { return }
            guard let nothing = question.choices.first(where: { ["Drop", "Theme counts only", "Delete it"].contains($0.label) }) else {
                throw CircleError(.room, "an unexpected closing question: \(question.text)")
            }
            try await advance(nothing.line)
        }
    }

    func stop() async {
        room.close()
        await server.stop()
        let finished = finished
        if (try? await offPool({ finished.wait(timeout: .now() + 10) })) == .success {
            finished.signal()
            try? FileManager.default.removeItem(atPath: directory)
        }
    }
}

/// Runs blocking work (a socket read, a browser round trip) on a thread of its own,
/// so the cooperative pool stays free for the server's handlers.
func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
    }
}

/// A value used from one test at a time, handed to `offPool` (an event stream, a browser page).
final class Handle<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

extension TestClient.Response {
    /// The body as UTF-8 text.
    var text: String { body.map { String(buffer: $0) } ?? "" }

    /// The header named `name`.
    func header(_ name: String) -> String? { headers[HTTPField.Name(name)!] }
}
