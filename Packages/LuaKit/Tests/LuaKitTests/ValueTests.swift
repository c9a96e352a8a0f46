import Testing
@testable import LuaKit

@Suite struct ValueTests {
    let lua = try! LuaState()

    func roundTrip(_ value: LuaValue) throws -> LuaValue {
        let identity = try lua.load("return ...", chunkName: "identity.lua")
        return try identity.call([value]).first ?? .nil
    }

    @Test func scalarsSurviveTheRoundTrip() throws {
        let values: [LuaValue] = [
            .nil, true, false, 0, 42, -7, .integer(.max), .integer(.min),
            1.5, -0.25, .number(1e308), .number(2.0), .number(-.infinity),
            "", "plain", "Schöne Grüße — café ✓", "emoji 🧑‍🤝‍🧑",
        ]
        for value in values { #expect(try roundTrip(value) == value) }
    }

    @Test func integerAndFloatStayDistinct() throws {
        let f = try lua.load("local a, b = ... return math.type(a), math.type(b), a == b", chunkName: "t.lua")
        let result = try f.call([.integer(2), .number(2.0)])
        #expect(result == ["integer", "float", true])
        #expect(try roundTrip(.number(2.0)) == .number(2.0))
        #expect(try roundTrip(.integer(2)) == .integer(2))
        #expect(try lua.run("return 3 // 1, 3 / 1") == [.integer(3), .number(3.0)])
    }

    @Test func stringsAreBytesIncludingZeroAndInvalidUTF8() throws {
        let bytes: [UInt8] = [0x61, 0x00, 0x62, 0xFF, 0x00]
        let value = LuaValue.string(LuaString(bytes: bytes))
        #expect(try roundTrip(value) == value)
        let length = try lua.load("return #(...), (...):byte(2), (...):byte(4)", chunkName: "len.lua").call([value])
        #expect(length == [5, 0, 255])
        #expect(LuaString(bytes: bytes).text == nil)
        let made = try lua.run(#"return "x\0y", "\u{E9}t\u{E9}""#)
        #expect(made[0] == .string(LuaString(bytes: [0x78, 0, 0x79])))
        #expect(made[1].stringValue == "été")
    }

    @Test func nestedTablesKeepArrayAndMapParts() throws {
        let value: LuaValue = [
            "title": "Action learning set",
            "rounds": [["prompt": "How are you?", "pass": true], ["prompt": "What struck you?"]],
            "minutes": 90, "ratio": 0.5, 10: "ten",
        ]
        #expect(try roundTrip(value) == value)
        let built = try lua.run("return { 'a', 'b', nil, 'd', x = { y = { z = 1 } }, [2.0] = 'B' }")[0].tableValue!
        // As in Lua, the positional 'b' is stored after [2.0] = 'B' and wins.
        #expect(built.array == ["a", "b"])
        #expect(built[4] == "d")
        #expect(built["x"].tableValue?["y"].tableValue?["z"] == 1)
    }

    @Test func cyclesAreRejectedWithAClearError() throws {
        let error = #expect(throws: LuaError.self) {
            try lua.run("local t = {} t.self = t return t")
        }
        #expect(error?.kind == .value)
        #expect(error?.message.contains("cycle") == true)
        // The same table twice, without a cycle, is fine.
        let shared = try lua.run("local s = {1} return { s, s }")[0].tableValue!
        #expect(shared.array == [[1], [1]])
    }

    @Test func tooDeepOrTooLargeIsRejected() throws {
        let deep = #expect(throws: LuaError.self) {
            try lua.run("local t = {} for i = 1, 500 do t = { t } end return t")
        }
        #expect(deep?.message.contains("nested more than") == true)
        let wide = #expect(throws: LuaError.self) {
            try lua.run("local t = {} for i = 1, 21 do t = { t, t } end return t")
        }
        #expect(wide?.message.contains("too large") == true)
        let huge = #expect(throws: LuaError.self) {
            try lua.run("local t = {} for i = 1, 1100000 do t[i] = i end return t")
        }
        #expect(huge?.message.contains("too large") == true)
    }

    @Test func functionsAndCoroutinesComeBackAsReferences() throws {
        let results = try lua.run("return function(x) return x * 2 end, coroutine.create(function() end)")
        guard case .function(let double) = results[0] else { Issue.record("not a function"); return }
        #expect(try double.call([21]) == [42])
        guard case .thread(let co) = results[1] else { Issue.record("not a thread"); return }
        #expect(co.status == .suspended)
        #expect(try roundTrip(results[0]) == results[0])
    }

    @Test func tableSubscriptFollowsLuaIndexing() {
        var table = LuaTable()
        table[1] = "a"
        table[3] = "c"
        table[2] = "b"
        #expect(table.array == ["a", "b", "c"])
        table[.number(2.0)] = "B"
        #expect(table[2] == "B")
        table["k"] = 1
        table["k"] = nil
        #expect(table.map.isEmpty)
    }
}
