import CircleKit
import Foundation
import HummingbirdTesting
import Testing

@testable import CircleRoom

/// What a format asks of the room beyond one card and one turn: written rounds that take several
/// contributions from each device (`per_device`), "next up" in a round, and read-aloud phases that
/// wait for the facilitator — run from the Lua fixture `read_aloud.lua` through a real room.
@Suite struct ReadAloudTests {
    static let format = LiveRoom.fixtures + "/read_aloud.lua"

    func start(_ format: String = Self.format, names: [String: String] = ["P1": "Amira", "P2": "Ben", "P3": "Chloe"]) async throws -> LiveRoom {
        let setup = SessionEngine.Setup(formatPath: format, library: nil, participants: 3, seed: 1)
        return try await LiveRoom(setup: setup, share: true, names: names)
    }

    // MARK: Several contributions from each device

    @Test func aFormatMayTakeSeveralContributionsFromEachDeviceAndRefusesOneMore() async throws {
        let live = try await start()
        defer { Task { await live.stop() } }
        try await live.waitForTurn("Up to two things")
        #expect(live.room.snapshot.writing?.perDevice == 2)
        let join = try await live.get("/j/\(live.room.joinCode!)").text
        #expect(join.contains("You can send up to 2.") && join.contains("data-per-device=\"2\""))

        let write = "/j/\(live.room.joinCode!)/write"
        let page = Room.deviceToken(), other = Room.deviceToken()
        #expect(try await live.post(write, "a colleague covered my visit", headers: [("X-Circle-Device", page)]).status == 202)
        #expect(try await live.post(write, "a quiet hour on Friday", headers: [("X-Circle-Device", page)]).status == 202)
        let third = try await live.post(write, "one too many", headers: [("X-Circle-Device", page)])
        #expect(third.status == 409)
        #expect(third.text == "You have sent 2, as many as this question takes from one person. Thank you.")
        #expect(try await live.post(write, "supervision on time", headers: [("X-Circle-Device", other)]).status == 202)

        let facilitator = try await live.get("/api/facilitator", headers: [live.key]).text
        #expect(facilitator.contains("3 written on devices so far (up to 3 people, up to 2 each; from 2 devices)"))
        #expect(try await live.post("/api/reveal", "", headers: [live.key, live.question]).status == 202)
        try await live.waitForTurn("How are you arriving")
        let written = live.engine.transcript.filter { $0.hasPrefix("(written): ") }.map { String($0.dropFirst(11)) }
        #expect(written.sorted() == ["a colleague covered my visit", "a quiet hour on Friday", "supervision on time"])
        await live.stop()
    }

    @Test(arguments: [
        ("per_device = 2", "per_device = 0", "must be a whole number from 1 to 10 (contributions one device may send), got 0"),
        ("per_device = 2", "per_device = 1.5", "must be a whole number from 1 to 10 (contributions one device may send), got 1.5"),
        ("per_device = 2", "per_device = 11", "must be a whole number from 1 to 10 (contributions one device may send), got 11"),
        ("per_device = 2", "per_device = \"two\"", "got \"two\""),
        ("written = true, per_device = 2", "per_device = 2", "option 'per_device' is for written rounds; add written = true, or leave per_device out"),
    ])
    func aBadPerDeviceStopsTheFormatAtItsLine(old: String, new: String, message: String) async throws {
        let source = try String(contentsOfFile: Self.format, encoding: .utf8)
        let line = try #require(source.components(separatedBy: "\n").firstIndex { $0.contains(old) }) + 1
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("circle-per-device-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let broken = directory.appendingPathComponent("read_aloud.lua").path
        try source.replacingOccurrences(of: old, with: new).write(toFile: broken, atomically: true, encoding: .utf8)
        let live = try await start(broken)
        let error = await #expect(throws: CircleError.self) { _ = try await live.outcome() }
        #expect(error?.description.contains("read_aloud.lua:\(line): s:round: option 'per_device'") == true, "\(error?.description ?? "no error")")
        #expect(error?.description.contains(message) == true, "\(error?.description ?? "no error")")
        await live.stop()
    }

    // MARK: Next up

    @Test func theRoomViewShowsWhoIsNextUpInARound() async throws {
        let live = try await start()
        defer { Task { await live.stop() } }
        try await live.waitForTurn("Up to two things")
        try await live.advance("/done")
        for (person, next) in [("P1", "Ben"), ("P2", "Chloe"), ("P3", nil)] {
            try await live.waitForTurn(person)
            let room = try await live.get("/").text
            #expect(room.contains("<p class=\"turn\">\(["P1": "Amira", "P2": "Ben", "P3": "Chloe"][person]!)’s turn</p>"))
            if let next {
                #expect(room.contains("<p class=\"next\">Next up: \(next)</p>"), "\(person)'s turn: \(room)")
            } else {
                #expect(!room.contains("class=\"next\""), "the last turn of the round has nobody next")
            }
            try await live.advance("pass")
        }
        await live.stop()
    }

    @Test func nextUpNamesOnlyWhatTheRoomShowsForTheTurnAndSkipsWhoHasSteppedOut() async throws {
        let live = try await start(names: [:])
        defer { Task { await live.stop() } }
        try await live.waitForTurn("Up to two things")
        try await live.advance("/step-out P2")
        try await live.advance("/done")
        try await live.waitForTurn("P1")
        let room = try await live.get("/").text
        #expect(room.contains("<p class=\"turn\">P1’s turn</p>") && room.contains("<p class=\"next\">Next up: P3</p>"), "\(room)")
        try await live.advance("pass")
        try await live.waitForTurn("P3")
        await live.stop()
    }

    // MARK: Read-aloud phases

    /// Passes the first two phases: no written contributions, everyone passes.
    func reachTheReading(_ live: LiveRoom) async throws {
        try await live.waitForTurn("Up to two things")
        try await live.advance("/done")
        for person in ["P1", "P2", "P3"] {
            try await live.waitForTurn(person)
            try await live.advance("pass")
        }
        try await live.wait("the read-aloud phase") { $0.reading }
    }

    @Test func aReadAloudPhaseWaitsOnTheRoomViewUntilTheFacilitatorMovesOn() async throws {
        let live = try await start()
        defer { Task { await live.stop() } }
        try await reachTheReading(live)
        // All its lines are up on the room view, with the phase and its clock; the session waits.
        let room = try await live.get("/").text
        #expect(room.contains("Phase 3 of 4: Statements") || room.contains("Phase 3: Statements"))
        for line in ["Read these statements", "I am visible and available", "I avoid sending emails"] {
            #expect(room.contains("<li>\(line)"), "“\(line)” is not on the room view")
        }
        #expect(room.contains("class=\"clock\""))
        let facilitator = try await live.get("/api/facilitator", headers: [live.key]).text
        #expect(facilitator.contains("The room is reading this phase") && facilitator.contains("data-line=\"\">Next</button>"))
        try await Task.sleep(for: .milliseconds(400))
        #expect(live.room.snapshot.reading, "still reading")
        #expect(!live.engine.transcript.contains { $0.contains("Closing") }, "the session waits")

        // "Next" on the facilitator's page moves on; nothing of it is journaled.
        try await live.advance("")
        try await live.waitForTurn("One word to close")
        #expect(!live.room.snapshot.reading)
        #expect(!(try await live.get("/").text.contains("I avoid sending emails")))
        let journal = try #require(try FileManager.default.contentsOfDirectory(atPath: live.journals).first { $0.hasSuffix(".jsonl") })
        var reader = try Journal(path: live.journals + "/" + journal).entries.reader()
        var keys: [String] = []
        while let entry = try reader.next() { keys.append(entry.key) }
        #expect(keys == ["write: Up to two things that helped this week"] + ["P1", "P2", "P3"].map { "ask \($0): How are you arriving today?" })
        await live.stop()
    }

    @Test func enterAtTheTerminalMovesOnAndAnyOtherLineAnswersTheNextStep() async throws {
        let live = try await start()
        defer { Task { await live.stop() } }
        try await reachTheReading(live)
        live.room.enter("")
        try await live.waitForTurn("One word to close")
        await live.stop()

        let second = try await start()
        defer { Task { await second.stop() } }
        try await reachTheReading(second)
        // Typed ahead at the terminal: it ends the reading and then answers P1's closing turn.
        second.room.enter("Grateful")
        try await second.waitForTurn("P2")
        #expect(second.engine.transcript.contains("P1: Grateful"))
        await second.stop()
    }
}
