import CircleKit
import Foundation
import HTTPTypes
import Testing
import TestSupport

@testable import CircleRoom

/// The room's security rules, over real HTTP: size limits, hostile requests, who can
/// reach what, join codes and rate limits.
@Suite struct RoomSecurityTests {
    @Test func oversizedBodiesAreRefused() async throws {
        let live = try await LiveRoom(share: true)
        defer { Task { await live.stop() } }
        try await live.waitForTurn("How are you arriving")
        let huge = String(repeating: "x", count: Room.lineLimit * 4 + 1)
        #expect(try await live.post("/api/input", huge, headers: [live.key, live.question]).status == 413)
        let long = String(repeating: "y", count: Room.contributionLimit * 4 + 65)
        #expect(try await live.post("/j/\(live.room.joinCode!)/write", long).status == 413)
        #expect(live.room.snapshot.questionID == 1, "nothing was answered")
        await live.stop()
    }

    @Test func aLineIsCutToTheLimitAndControlCharactersRemoved() {
        #expect(Room.clean("a\u{0}b\nc\u{1B}[31md", limit: 100) == "a b c [31md")
        #expect(Room.clean(String(repeating: "é", count: 5000), limit: Room.lineLimit).count == Room.lineLimit)
    }

    @Test func hostileRequestsAreRefusedAndTheServerCarriesOn() async throws {
        let live = try await LiveRoom()
        defer { Task { await live.stop() } }
        try await live.waitForTurn("How are you arriving")
        let port = live.port
        let invalidUTF8: [UInt8] = [0x66, 0x6F, 0xFF, 0xFE, 0x80]
        #expect(try await live.post("/api/input", invalidUTF8, headers: [live.key, live.question]).status == 400)
        let raw: [[UInt8]] = [
            Array("GARBAGE\r\n\r\n".utf8),
            Array("POST /api/input HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nContent-Length: -5\r\n\r\n".utf8),
            Array("GET / HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nX-Big: \(String(repeating: "h", count: 200_000))\r\n\r\n".utf8),
            Array("GET /../../etc/passwd HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n".utf8),
            Array("GET / HTTP/1.1\r\n\r\n".utf8),  // no Host at all
        ]
        for request in raw {
            let status = try await RawHTTP.send(request, port: port, timeout: .seconds(5))
            #expect(status.map { $0 >= 400 } ?? true, "\(String(decoding: request.prefix(40), as: UTF8.self)) → \(status ?? 0)")
        }
        // Still serving, and the step is still waiting for its answer.
        #expect(try await live.get("/").status == 200)
        #expect(try await live.answer("Still here").status == 202)
        await live.stop()
    }

    @Test func aHalfSentRequestIsClosedButALiveStreamStaysOpen() async throws {
        var limits = RoomServer.Limits()
        limits.idleSeconds = 1
        let live = try await LiveRoom(limits: limits)
        defer { Task { await live.stop() } }
        try await live.waitForTurn("How are you arriving")
        let port = live.port
        let stream = try await EventStream(port: port, path: "/events")
        #expect(try await stream.next(timeout: .seconds(5)) != nil)
        // A request that never finishes (slowloris) is dropped once it has been idle a second.
        let partial = Array("GET / HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nX-Slow: still typ".utf8)
        let started = Date()
        let answer = try await RawHTTP.send(partial, port: port, timeout: .seconds(8))
        #expect(answer == nil)
        let waited = Date().timeIntervalSince(started)
        #expect(waited > 0.9 && waited < 6, "closed after \(waited) s")
        // The live stream has been quiet for longer than that, and still carries the next change.
        try await live.answer("pass")
        let update = try await stream.next(timeout: .seconds(5))
        #expect(update?.contains("Passed: P1") == true)
        await stream.close()
        await live.stop()
    }

    /// Only on a machine with a local-network address can "unreachable from the network" be checked;
    /// without one these tests are skipped, and Swift Testing says so (with this reason) in the run's output.
    static let lan = LocalNetwork.address()

    @Test(.enabled(if: lan != nil, "skipped: this machine has no local-network address to reach the room from"))
    func unsharedTheServerIsUnreachableFromOutsideLoopback() async throws {
        let live = try await LiveRoom(share: false)
        defer { Task { await live.stop() } }
        await #expect(throws: (any Error).self, "nothing listens on \(Self.lan!)") {
            try await live.request(.get, "/", address: Self.lan!)
        }
        #expect(try await live.get("/").status == 200)
        await live.stop()
    }

    @Test(.enabled(if: lan != nil, "skipped: this machine has no local-network address to reach the room from"))
    func sharedTheNetworkReachesOnlyTheJoinPages() async throws {
        let live = try await LiveRoom(share: true, lanAddress: Self.lan)
        defer { Task { await live.stop() } }
        let (port, lan, code, key) = (live.port, Self.lan!, live.room.joinCode!, live.room.secret)
        func fromNetwork(_ method: HTTPRequest.Method, _ path: String, _ headers: [(String, String)] = []) async throws -> Int {
            Int(try await live.request(method, path, headers: headers, body: method == .post ? [] : nil, address: lan).status.code)
        }
        #expect(try await fromNetwork(.get, "/j/\(code)") == 200)
        #expect(try await fromNetwork(.get, "/static/circle.css") == 200)
        #expect(try await fromNetwork(.get, "/") == 403)
        #expect(try await fromNetwork(.get, "/facilitator") == 403)
        #expect(try await fromNetwork(.get, "/events") == 403)
        // Even with the key, facilitator actions are for this computer only.
        #expect(try await fromNetwork(.get, "/api/facilitator", [("X-Circle-Key", key)]) == 403)
        #expect(try await fromNetwork(.post, "/api/input", [("X-Circle-Key", key), ("X-Circle-Question", "1")]) == 403)
        #expect(live.server.joinURL == "http://\(lan):\(port)/j/\(code)")
        await live.stop()
    }

    @Test func joinCodesAreCheckedRateLimitedAndExpireWithTheSession() async throws {
        let live = try await LiveRoom(share: true)
        defer { Task { await live.stop() } }
        let code = try #require(live.room.joinCode)
        #expect(code.count == 9 && code.allSatisfy { Secrets.alphabet.contains($0) || $0 == "-" })
        #expect(try await live.get("/j/\(code)").status == 200)
        #expect(try await live.get("/j/\(code.lowercased())").status == 200)
        for attempt in 1...10 {
            #expect(try await live.get("/j/ABCD-EF\(attempt)").status == 404)
        }
        let limited = try await live.get("/j/ABCD-EFGH")
        #expect(limited.status == 429)
        #expect(limited.header("Retry-After") == "60")
        live.room.close()
        #expect(try await live.get("/j/\(code)").status == 410)
        await live.stop()
    }

    @Test func contributionsAreRateLimitedPerAddress() async throws {
        let live = try await LiveRoom(share: true)
        defer { Task { await live.stop() } }
        try await live.reachTheWrittenRound()
        let limit = RoomServer.Limits().contributionsPerMinute
        for i in 1...limit { #expect(try await live.post("/j/\(live.room.joinCode!)/write", "text \(i)").status == 202) }
        #expect(try await live.post("/j/\(live.room.joinCode!)/write", "one too many").status == 429)
        #expect(live.room.snapshot.writing?.pending.count == limit)
        await live.stop()
    }

    @Test func aFormPostWorksWithoutScripts() async throws {
        let live = try await LiveRoom(share: true)
        defer { Task { await live.stop() } }
        try await live.reachTheWrittenRound()
        let code = live.room.joinCode!
        let page = try await live.get("/j/\(code)").text
        let token = try #require(page.firstMatch(of: /name="token" value="([0-9a-f]+)"/)?.1)
        let device = try #require(page.firstMatch(of: /name="device" value="([0-9a-f]+)"/)?.1)
        let response = try await live.post(
            "/j/\(code)/write", "token=\(token)&device=\(device)&text=Tired+%26+%3Cstill%3E+here", headers: [("Origin", "null")],
            type: "application/x-www-form-urlencoded")
        #expect(response.status == 303)
        #expect(response.header("Location") == "/j/\(code)?device=\(device)")
        #expect(live.room.snapshot.writing?.pending.map(\.text) == ["Tired & <still> here"])
        await live.stop()
    }
}
