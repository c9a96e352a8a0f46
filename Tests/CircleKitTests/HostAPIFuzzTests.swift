import Foundation
import PropertyBased
import Testing
@testable import CircleKit

/// Every host API call and every `format {}` field, called with hostile values: NaN, ±inf,
/// huge, negative, the wrong type, tables whose metatables lie about their length and
/// contents, oversized text. Each case must end as a session that runs or a `CircleError`;
/// a Swift trap would end the test process. 12 × 1,000 cases.
@Suite(.serialized, .timeLimit(.minutes(5))) struct HostAPIFuzzTests {
    /// Lua expressions a case draws its arguments from.
    static let values = [
        "0/0", "-(0/0)", "math.huge", "-math.huge", "1e300", "-1e300", "-1", "0", "1", "2", "2.5", "1e-300",
        "math.maxinteger", "math.mininteger", "nil", "true", "false", #""""#, #""P1""#, #""P2""#, #""x""#, #""lead""#,
        #""r""#, #""workload""#, #""Not-Kebab""#, #"string.rep("x", 20001)"#, #"string.rep("x", 201)"#,
        #""\27[2J\27]0;title\7""#, "{}", #"{ "a", "b" }"#, "{ 1, 2 }", #"{ "a", nil, "c" }"#, "function() end",
        #"setmetatable({}, { __len = function() return 1e9 end, __index = function() return "x" end })"#,
        #"setmetatable({ "a" }, { __len = function() return 0/0 end, __index = function() error("lying") end })"#,
        #"setmetatable({}, { __index = function(t, k) return k end, __pairs = function() error("no pairs") end })"#,
        "setmetatable({}, { __len = function() return -1 end })",
        #"(function() local t = {} for i = 1, 201 do t[i] = "o" .. i end return t end)()"#,
        "{ minutes = 0/0 }", "{ minutes = math.huge }", "{ minutes = 1e300 }", "{ minutes = -5 }", "{ minutes = 5 }",
        "{ pass = false }", "{ pass = 0/0 }", #"{ guard = "r" }"#, "{ guard = {} }", "{ guard = { 1 } }",
        #"{ order = "chosen" }"#, #"{ order = "random" }"#, "{ order = 0/0 }", "{ written = true }",
        "{ repeat_until_pass = true }", #"{ skip = "P1" }"#, "{ skip = 0/0 }", #"{ roles = "lead" }"#, "{ carry = true }",
        "{ nonsense = 1 }",
    ]

    /// The calls, with `A`, `B`, `C` standing for drawn values.
    static let calls = [
        "s:say(A)", "s:ask(A, B, C)", "s:round(A, B)", "s:choose(A, B)", "s:confirm(A)", "s:phase(A, B, function() s:say(C) end)",
        "s:record(A, B, C)", "s:theme(A, B)", "s:assign(A, B)", "s:pause(A); s:members(B); s.random(C)",
        #"coroutine.yield({ op = A, text = B, prompt = B, options = C, people = C, minutes = C, name = B, id = B, key = B, value = C })"#,
    ]

    /// A valid format's fields, as Lua source.
    static let fields: [(key: String, value: String)] = [
        ("id", #""fuzz""#), ("version", "1"), ("title", #""Fuzz""#), ("summary", #""s""#), ("minutes", "30"),
        ("participants", "{ min = 1, max = 8 }"), ("agreement", #""a""#), ("source", #""s""#), ("roles", "{ lead = { count = 1 } }"),
        ("suitable", #"{ "remote" }"#), ("themes", #"{ { id = "fuzz-theme", label = "Fuzz" } }"#),
        ("fidelity", #"{ { rule = "r", when = { "^why" }, remind = "Ask openly" } }"#),
    ]

    /// The format with `run`'s body, and one field's value replaced when given.
    static func format(run body: String, replacing field: String? = nil, with value: String = "") -> String {
        let table = fields.map { key, source in "  \(key) = \(key == field ? value : source)," }.joined(separator: "\n")
        return "return format {\n\(table)\n  run = function(s)\n    \(body)\n  end }\n"
    }

    /// Runs `source` as a session of `people` with simulated answers: success or a CircleError.
    static func runs(_ source: String, at path: String, people: Int = 3) -> String? {
        do {
            try source.write(toFile: path, atomically: false, encoding: .utf8)
            let engine = try SessionEngine(
                setup: .init(formatPath: path, library: nil, participants: people, seed: 1), io: SimulatedIO(), journalPath: nil)
            _ = try engine.run()
            return nil
        } catch is CircleError {
            return nil
        } catch {
            return "not a clear error: \(error)"
        }
    }

    static func draw(_ random: inout Xoshiro) -> String { values[Int(random.next() % UInt64(values.count))] }

    @Test(arguments: calls.indices) func hostCall(_ index: Int) async throws {
        let path = try Fixture.scratch("fuzz_call_\(index).lua")
        await propertyCheck(count: 1_000, input: Gen.int64()) { seed in
            let s = UInt64(bitPattern: seed)
            var random = Xoshiro(seed: (s, s ^ 0x9E37_79B9_7F4A_7C15, s &+ 1, ~s))
            let call = Self.calls[index].replacingOccurrences(of: "A", with: Self.draw(&random))
                .replacingOccurrences(of: "B", with: Self.draw(&random)).replacingOccurrences(of: "C", with: Self.draw(&random))
            if let problem = Self.runs(Self.format(run: call), at: path) { Issue.record("\(call): \(problem)") }
        }
    }

    @Test func formatFields() async throws {
        let path = try Fixture.scratch("fuzz_fields.lua")
        let fields = Self.fields.map(\.key)
        await propertyCheck(count: 1_000, input: Gen.int64()) { seed in
            let s = UInt64(bitPattern: seed)
            var random = Xoshiro(seed: (s, s ^ 0x9E37_79B9_7F4A_7C15, s &+ 1, ~s))
            let field = fields[Int(random.next() % UInt64(fields.count))]
            let value = random.next() % 3 == 0 ? "{ min = \(Self.draw(&random)), max = \(Self.draw(&random)) }" : Self.draw(&random)
            let source = Self.format(run: #"s:phase("One", { minutes = 5 }, function() s:say("hi") end)"#, replacing: field, with: value)
            if let problem = Self.runs(source, at: path) { Issue.record("\(field) = \(value): \(problem)") }
        }
    }
}
