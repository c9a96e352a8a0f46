import Foundation
import Testing
@testable import CircleKit

/// Formats written to hurt the host, one class of attack at a time (issue 12): numbers that
/// trap Swift, lists that lie, raw yields, loops that grow the host, a looping file in the
/// library, errors raised inside the prelude, control characters. Each must end in a clear
/// error naming the author's file and line within a few seconds.
@Suite(.timeLimit(.minutes(2))) struct HostileFormatTests {
    /// A format whose line 1 holds its metadata and line 4 the body of `run`.
    static func hostile(_ body: String, minutes: String = "30", participants: String = "{ min = 1, max = 4 }") -> String {
        """
        return format { id = "hostile", version = 1, title = "Hostile", summary = "s", minutes = \(minutes),
          participants = \(participants), agreement = "a", source = "s", roles = { lead = { count = 1 } },
          fidelity = { { rule = "bad", when = { "[" }, remind = "x" } }, run = function(s)
            \(body)
          end }
        """
    }

    /// Runs the format with simulated answers; returns the error it ended with and checks the time.
    static func failure(_ source: String, people: Int = 2, io: SessionIO = SimulatedIO()) throws -> CircleError? {
        let path = try Fixture.write("hostile.lua", source)
        let start = ContinuousClock.now
        defer { #expect(ContinuousClock.now - start < .seconds(5), "took \(ContinuousClock.now - start)") }
        do {
            let engine = try SessionEngine(
                setup: .init(formatPath: path, library: nil, participants: people, seed: 1), io: io, journalPath: nil)
            _ = try engine.run()
            return nil
        } catch let error as CircleError {
            return error
        }
    }

    /// The format fails with a message at `line` of hostile.lua that mentions `words`.
    static func expectStop(_ source: String, line: Int?, _ words: String, io: SessionIO = SimulatedIO()) throws {
        let error = try #require(try failure(source, io: io), "the format ran to the end")
        let message = error.description
        if let line { #expect(message.contains("hostile.lua:\(line):"), "\(message)") } else { #expect(message.contains("hostile.lua"), "\(message)") }
        #expect(message.contains(words), "\(message)")
        #expect(!message.contains("[circle]"), "\(message)")
        #expect(message.utf8.count < 4096)
    }

    // MARK: Numbers that trap Swift

    @Test(arguments: ["math.huge", "1e300", "0/0", "-math.huge", "-5", "0", "1441"])
    func formatMinutes(_ value: String) throws {
        try Self.expectStop(Self.hostile("s:say('hi')", minutes: value), line: 1, "minutes")
    }

    @Test(arguments: ["{ min = 1, max = math.huge }", "{ min = 0/0, max = 3 }", "{ min = 1, max = 1e300 }", "{ min = 1, max = 100000 }", "{ min = 3, max = 1 }"])
    func formatParticipants(_ value: String) throws {
        try Self.expectStop(Self.hostile("s:say('hi')", participants: value), line: 1, "participants")
    }

    @Test(arguments: ["math.huge", "1e300", "0/0", "-1", "1e-400"])
    func phaseMinutes(_ value: String) throws {
        try Self.expectStop(Self.hostile("s:phase('A', { minutes = \(value) }, function() s:say('hi') end)"), line: 4, "minutes")
    }

    /// The transcript's minutes are checked before they arrive, and hold for any number anyway.
    @Test func transcriptMinutesHoldForAnyNumber() {
        #expect(EventFormat.minutes(15) == "15 min")
        #expect(EventFormat.minutes(2.5) == "2.5 min")
        #expect(EventFormat.minutes(.nan) == "nan min")
        #expect(EventFormat.minutes(.infinity) == "inf min")
        #expect(EventFormat.minutes(-1e300) == "-1e+300 min")
        #expect(EventFormat.minutes(9.3e18) == "9.3e+18 min")
    }

    @Test func aNaNPhaseDoesNotPassLint() throws {
        let path = try Fixture.write("hostile.lua", Self.hostile("s:phase('A', { minutes = 0/0 }, function() s:say('hi') end)"))
        let report = Linter(library: nil).lint(path)
        #expect(!report.passed)
        #expect(report.errors.joined().contains("hostile.lua:4:"))
    }

    // MARK: Lists that lie, empty choices, raw yields

    @Test(arguments: [
        "setmetatable({}, { __len = function() return 3 end, __index = function() return 'x' end })",
        "{}", "{ 'a', 2 }", "{ 'a', nil, 'c' }", "(function() local t = {} for i = 1, 201 do t[i] = 'o' end return t end)()",
    ])
    func choicesThatLie(_ options: String) throws {
        try Self.expectStop(Self.hostile("s:choose('Pick', \(options))"), line: 4, "s:choose expects a list")
    }

    @Test func aListThatLiesAboutItsLengthIsReadAsItIs() throws {
        let io = SimulatedIO { _, options in options.count }
        let source = Self.hostile("local o, i = s:choose('Pick', setmetatable({ 'a', 'b' }, { __len = function() return 9 end })) s:record('took', o)")
        #expect(try Self.failure(source, io: io) == nil)
        #expect(io.choices.map(\.options) == [["a", "b"]])
    }

    @Test(arguments: [
        ("coroutine.yield()", "yielded"), ("coroutine.yield(1, 2)", "yielded"), ("coroutine.yield({ op = {} })", "yielded"),
        ("coroutine.yield({ op = 'write', prompt = 'p', people = 0/0 })", "people"),
        ("coroutine.yield({ op = 'write', prompt = 'p', people = 1e300 })", "people"),
        ("coroutine.yield({ op = 'choose', prompt = 'p', options = {} })", "at least one option"),
        ("coroutine.yield({ op = 'phase', name = 'x', minutes = math.huge })", "minutes"),
        ("coroutine.yield({ op = 'say', text = string.rep('x', 30000) })", "30000 bytes"),
        ("coroutine.yield({ op = 'nonsense' })", "unknown request"),
    ])
    func rawYields(_ body: String, _ words: String) throws {
        try Self.expectStop(Self.hostile(body), line: 4, words)
    }

    // MARK: Loops that grow the host; sizes of arguments

    @Test(arguments: [
        ("while true do s:say('x') end", "requests of the host"),
        ("while true do s:say(string.rep('x', 20000)) end", "MiB of text"),
        ("for i = 1, 1e9 do s:record('k', 'v') end", "records"),
        ("while true do s:theme('workload') end", "themes"),
        ("while true do s:ask('P1', 'again?') end", "requests of the host"),
    ])
    func loopsStopAtTheLoopsLine(_ body: String, _ words: String) throws {
        try Self.expectStop(Self.hostile(body), line: 4, words)
    }

    @Test func aStopCaughtByPcallStillStops() throws {
        try Self.expectStop(Self.hostile("while true do pcall(s.say, s, 'x') end"), line: 4, "carried on after it was stopped")
    }

    @Test(arguments: [
        ("s:say(string.rep('x', 20001))", "at most 20000 bytes"), ("s:ask('P1', string.rep('x', 20001))", "at most 20000 bytes"),
        ("s:record(string.rep('k', 201), 'v')", "key string"), ("s:theme('workload', string.rep('x', 20001))", "at most 20000 bytes"),
        ("s:phase(string.rep('p', 201), function() end)", "at most 200 bytes"),
        ("local t = {} for i = 1, 201 do t[i] = 'v' end s:record('k', t)", "at most 200 texts"),
    ])
    func oversizedArguments(_ body: String, _ words: String) throws {
        try Self.expectStop(Self.hostile(body), line: 4, words)
    }

    @Test func lintAndThePhaseCountEndOnALoop() throws {
        let path = try Fixture.write("hostile.lua", Self.hostile("s:phase('A', function() while true do s:say('x') end end)"))
        let start = ContinuousClock.now
        let report = Linter(library: nil).lint(path)
        #expect(report.errors.joined().contains("hostile.lua:4:"), "\(report.errors)")
        #expect(SessionEngine.phaseCount(path, library: nil, participants: 2) == nil)
        #expect(ContinuousClock.now - start < .seconds(10))
    }

    @Test func theShippedFormatsStayInsideTheLimits() throws {
        let library = FormatLibrary(directory: Fixture.root.appendingPathComponent("Scripts/formats").path,
                                    library: Fixture.root.appendingPathComponent("Scripts/lib").path)
        for file in library.files() {
            let report = Linter(library: library.library).lint(file)
            #expect(report.passed, "\(file): \(report.errors)")
        }
    }

    // MARK: One broken file in the library

    @Test(arguments: ["while true do end", "local t = {} for i = 1, 1e9 do t[i] = string.rep('x', 100) end", "return 42"])
    func aBrokenFileDoesNotBlockTheLibrary(_ broken: String) throws {
        let directory = (try Fixture.scratch("library") as NSString).deletingLastPathComponent
        try Self.hostile("s:say('hi')").write(toFile: directory + "/good.lua", atomically: true, encoding: .utf8)
        try broken.write(toFile: directory + "/a_broken.lua", atomically: true, encoding: .utf8)
        let library = FormatLibrary(directory: directory)
        let start = ContinuousClock.now
        #expect(try library.resolve("hostile") == directory + "/good.lua")
        let definitions = library.definitions()
        #expect(definitions.count == 2)
        #expect(throws: CircleError.self) { try definitions[0].result.get() }
        #expect(try definitions[1].result.get().id.rawValue == "hostile")
        #expect(ContinuousClock.now - start < .seconds(5))
        #expect(throws: CircleError.self) { try library.resolve("absent") }
    }

    // MARK: Messages

    @Test func anErrorInsideThePreludePointsAtTheAuthorsLine() throws {
        // The fidelity pattern "[" is malformed: string.find raises inside the prelude's guard.
        try Self.expectStop(Self.hostile("s:ask('P1', 'why?', { guard = 'bad' })"), line: 4, "malformed pattern")
    }

    @Test func controlCharactersNeverReachTheIO() throws {
        let io = ScriptedIO([])
        _ = try Self.failure(Self.hostile(#"s:say("\27[2J\27]0;owned\7 hi\n\tthere") s:phase("\27[31m", function() end)"#), io: io)
        let shown = io.shown.map(\.transcript).joined()
        #expect(!shown.isEmpty)
        #expect(!shown.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        let error = try #require(try Self.failure(Self.hostile(#"error("\27]0;owned\7\155 boom")"#)))
        #expect(!error.description.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B })
        #expect(error.description.contains("hostile.lua:4:"))
    }

    @Test func aNormalFormatRunsAfterwards() throws {
        #expect(try Self.failure(Self.hostile("s:phase('A', { minutes = 5 }, function() s:say('hi') s:record('k', { 'a', 'b' }) end)")) == nil)
    }
}
