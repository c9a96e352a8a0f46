import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

/// `circle run --room`: the terminal and the room display run the same session at once.
@Suite struct RoomCommandTests {
    /// A `circle` process whose output is read as it comes and whose input is typed line by line.
    final class Running: @unchecked Sendable {
        let process = Process()
        private let input = Pipe(), output = Pipe()
        private let lock = NSLock()
        private var text = ""

        init(_ arguments: [String]) throws {
            process.executableURL = URL(fileURLWithPath: CLI.binary)
            process.arguments = arguments
            process.currentDirectoryURL = CLI.root
            process.environment = CLI.isolated
            process.standardInput = input
            process.standardOutput = output
            process.standardError = output
            try process.run()
            Thread.detachNewThread { [self] in
                while case let data = output.fileHandleForReading.availableData, !data.isEmpty {
                    lock.withLock { text += String(decoding: data, as: UTF8.self) }
                }
            }
        }

        var printed: String { lock.withLock { text } }

        func type(_ line: String) { input.fileHandleForWriting.write(Data((line + "\n").utf8)) }

        /// Waits until the output contains `expected`; returns the output so far.
        @discardableResult
        func wait(for expected: String, timeout: Double = 15) throws -> String {
            let deadline = Date().addingTimeInterval(timeout)
            while !printed.contains(expected) {
                guard Date() < deadline, process.isRunning || printed.contains(expected) else {
                    throw CLIError("waited for “\(expected)”; the output was:\n\(printed)")
                }
                Thread.sleep(forTimeInterval: 0.02)
            }
            return printed
        }
    }

    struct CLIError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    @Test func theTerminalAndThePageAnswerTheSameSession() async throws {
        let dir = try CLI.scratchDirectory()
        let format = CLI.root.appendingPathComponent("Tests/RoomTests/Fixtures/room_test.lua").path
        let circle = try Running(["run", format, "--participants", "Amira, Ben, Chloe", "--journal-dir", dir, "--room", "--share"])
        defer { if circle.process.isRunning { circle.process.terminate() } }
        let banner = try circle.wait(for: "Amira (P1) — How are you arriving today?")
        let port = try #require(banner.firstMatch(of: /http:\/\/127\.0\.0\.1:(\d+)\//).flatMap { Int($0.1) })
        let pass = try #require(banner.firstMatch(of: /facilitator#([0-9a-f]+)/).map { String($0.1) })
        #expect(banner.contains("Participants write privately at: http://"))
        /// A request to the room display, as a browser on this machine sends it (HummingbirdTesting's client).
        func send(_ method: HTTPRequest.Method, _ path: String, _ headers: HTTPFields = [:], body: String? = nil) async throws -> TestClient.Response {
            let request = TestClient.Request(
                path, method: method, authority: "127.0.0.1:\(port)", headers: headers, body: body.map { ByteBuffer(string: $0) })
            return try await TestClient.withClient(host: "127.0.0.1", port: port) { try await $0.execute(request) }
        }
        // The printed link holds a one-time pass, which the page exchanges for the session's key.
        let exchanged = try await send(.post, "/api/key", body: pass)
        #expect(exchanged.status == .ok)
        let key = exchanged.body.map { String(buffer: $0) } ?? ""
        #expect(try await send(.post, "/api/key", body: pass).status == .forbidden)  // once only
        // A page closed or lost: /link at the terminal prints a new one-time link, and the session waits on.
        circle.type("/link")
        let relinked = try circle.wait(for: "A new facilitator page link")
        let newPass = try #require(relinked.firstMatch(of: /A new facilitator page link[^\n]*facilitator#([0-9a-f]+)/).map { String($0.1) })
        #expect(newPass != pass)
        let reopened = try await send(.post, "/api/key", body: newPass)
        #expect(reopened.status == .ok && reopened.body.map { String(buffer: $0) } == key)
        func page() async throws -> String { try await send(.get, "/").body.map { String(buffer: $0) } ?? "" }
        func facilitator(_ line: String) async throws -> HTTPResponse.Status {
            let keyName = HTTPField.Name("X-Circle-Key")!
            let state = try await send(.get, "/api/facilitator", [keyName: key]).body.map { String(buffer: $0) } ?? ""
            let question = try #require(state.firstMatch(of: /data-question="(\d+)"/).map { String($0.1) })
            return try await send(.post, "/api/input", [keyName: key, HTTPField.Name("X-Circle-Question")!: question], body: line).status
        }
        #expect(try await page().contains("Amira’s turn"))

        circle.type("pass")  // at the terminal
        try circle.wait(for: "Amira (P1) passes")
        #expect(try await page().contains("Passed: Amira"))
        #expect(try await facilitator("Fine, thanks #workload") == .accepted)  // on the page
        try circle.wait(for: "Ben (P2): Fine, thanks")
        #expect(try await facilitator("/end") == .accepted)
        // Ended before its first phase was completed: a false start, which keeps nothing.
        try circle.wait(for: "not counted as a session")
        try circle.wait(for: "Keep the journal")
        circle.type("n")
        try circle.wait(for: "Journal deleted")
        circle.process.waitUntilExit()
        #expect(circle.process.terminationStatus == 0)
        // The room closed with the session: the server no longer answers.
        await #expect(throws: (any Error).self) { try await send(.get, "/") }
    }

    /// The laptop dies (kill -9) during a written round: `circle resume --room` brings back the
    /// unrevealed contributions, the same join code and the same port, so phones carry on by
    /// themselves; when the session ends, the saved state goes with the journal.
    @Test func writtenCardsAndTheJoinLinkSurviveACrash() async throws {
        let dir = try CLI.scratchDirectory()
        let format = CLI.root.appendingPathComponent("Tests/RoomTests/Fixtures/room_test.lua").path
        let first = try Running(["run", format, "--participants", "Amira, Ben, Chloe", "--journal-dir", dir, "--room", "--share"])
        defer { if first.process.isRunning { first.process.terminate() } }
        let banner = try first.wait(for: "Amira (P1) — How are you arriving today?")
        let port = try #require(banner.firstMatch(of: /http:\/\/127\.0\.0\.1:(\d+)\//).flatMap { Int($0.1) })
        let join = try #require(banner.firstMatch(of: /write privately at: (http:\S+)/).map { String($0.1) })
        let code = try #require(join.split(separator: "/").last.map(String.init))
        for _ in 1...3 { first.type("pass") }
        try first.wait(for: "What are you left feeling?")
        func send(_ method: HTTPRequest.Method, _ path: String, _ headers: HTTPFields = [:], body: String? = nil) async throws -> TestClient.Response {
            let request = TestClient.Request(path, method: method, authority: "127.0.0.1:\(port)", headers: headers, body: body.map { ByteBuffer(string: $0) })
            return try await TestClient.withClient(host: "127.0.0.1", port: port) { try await $0.execute(request) }
        }
        let device = HTTPField.Name("X-Circle-Device")!
        for (i, text) in ["Tight in my chest", "Protective of the child"].enumerated() {
            let token = String(repeating: "\(i)", count: 32)
            #expect(try await send(.post, "/j/\(code)/write", [device: token, .contentType: "text/plain"], body: text).status == .accepted)
        }
        kill(first.process.processIdentifier, SIGKILL)
        first.process.waitUntilExit()
        let saved = try FileManager.default.contentsOfDirectory(atPath: dir + "/sessions").filter { $0.hasSuffix(".room") }
        #expect(saved.count == 1)

        let second = try Running(["resume", "--journal-dir", dir, "--room", "--share"])
        defer { if second.process.isRunning { second.process.terminate() } }
        let again = try second.wait(for: "What are you left feeling?")
        #expect(again.contains("Participants write privately at: \(join)"), "the same join link, port included")
        #expect(again.contains("2 unrevealed contribution(s) are back"))
        let pass = try #require(again.firstMatch(of: /facilitator#([0-9a-f]+)/).map { String($0.1) })
        let key = try await send(.post, "/api/key", body: pass).body.map { String(buffer: $0) } ?? ""
        let keyName = HTTPField.Name("X-Circle-Key")!
        let page = try await send(.get, "/api/facilitator", [keyName: key]).body.map { String(buffer: $0) } ?? ""
        #expect(page.contains("2 written on devices so far"))
        #expect(page.contains("Tight in my chest") && page.contains("Protective of the child"))
        // A phone still on the old page writes on: same code, same port.
        #expect(try await send(.post, "/j/\(code)/write", [device: String(repeating: "7", count: 32), .contentType: "text/plain"], body: "Heavy").status == .accepted)
        let question = try #require(page.firstMatch(of: /data-question="(\d+)"/).map { String($0.1) })
        #expect(try await send(.post, "/api/reveal", [keyName: key, HTTPField.Name("X-Circle-Question")!: question]).status == .accepted)
        try second.wait(for: "Which way next?")
        let output = second.printed
        for text in ["Tight in my chest", "Protective of the child", "Heavy"] { #expect(output.contains("✎ \(text)"), "\(text) was revealed") }
        second.type("2")
        try second.wait(for: "Is everyone ready to close")
        second.type("n")
        try second.wait(for: "Keep this record")
        second.type("n")
        try second.wait(for: "Keep the journal")
        second.type("n")
        try second.wait(for: "Journal deleted")
        second.process.waitUntilExit()
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/sessions").filter { $0.hasSuffix(".room") }.isEmpty, "the saved room state outlived the session")
    }
}
