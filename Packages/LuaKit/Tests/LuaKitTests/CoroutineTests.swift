import CLuaShim
import Testing
@testable import LuaKit

@Suite struct CoroutineTests {
    @Test func resumeYieldAndReturnInTurns() throws {
        let lua = try LuaState()
        let body = try lua.load(
            """
            return function(greeting)
              local answer = coroutine.yield(greeting .. ", who speaks first?")
              local second = coroutine.yield("thanks " .. answer)
              return "done", second
            end
            """, chunkName: "turns.lua"
        ).call()[0]
        guard case .function(let f) = body else { Issue.record("no function"); return }
        let co = try lua.coroutine(f)
        #expect(co.status == .suspended)
        #expect(try co.resume(["Welcome"]) == .yielded(["Welcome, who speaks first?"]))
        #expect(co.status == .suspended)
        #expect(try co.resume(["P2"]) == .yielded(["thanks P2"]))
        #expect(try co.resume([3]) == .returned(["done", 3]))
        #expect(co.status == .dead)
        let again = #expect(throws: LuaError.self) { _ = try co.resume() }
        #expect(again?.message.contains("dead") == true)
    }

    @Test func anErrorInsideTheCoroutineEndsItWithFileAndLine() throws {
        let lua = try LuaState()
        let f = try lua.load("coroutine.yield(1)\nlocal x = nil\nreturn x.y", chunkName: "co.lua")
        let co = try lua.coroutine(f)
        #expect(try co.resume() == .yielded([1]))
        let error = #expect(throws: LuaError.self) { _ = try co.resume() }
        #expect(error?.location?.line == 3)
        #expect(error?.traceback.contains("co.lua:3") == true)
        #expect(co.status == .dead)
    }

    @Test func aYieldSaysWhereItWasMade() throws {
        let lua = try LuaState()
        let f = try lua.load("local function ask()\n  coroutine.yield('from ask')\nend\nask()\ncoroutine.yield('from the chunk')", chunkName: "where.lua")
        let co = try lua.coroutine(f)
        #expect(try co.resume(reading: { $0.location() }) == .yielded("where.lua:2"))
        #expect(try co.resume(reading: { $0.location(skipping: "where.lua") }) == .yielded(nil))
    }

    @Test func aRecordAnswersAYieldAsATable() throws {
        let lua = try LuaState()
        let f = try lua.load(
            "local a = coroutine.yield() return a.clock, a.text, #a.themes, a.themes[2], a.passed, a.index, a.missing, coroutine.yield()",
            chunkName: "record.lua")
        let co = try lua.coroutine(f)
        #expect(try co.resume() == .yielded([]))
        var record = LuaRecord()
        record.set("clock", .number(1.5))
        record.set("text", .string("café #x"))
        record.set("themes", .strings(["workload", "moral-distress"]))
        record.set("passed", .boolean(true))
        record.set("index", .integer(3))
        #expect(try co.resume(with: record) { try $0.values() } == .yielded([]))
        #expect(try co.resume(with: nil) { try $0.values() } == .returned([1.5, "café #x", 2, "moral-distress", true, 3, .nil]))
    }

    @Test func eachResumeHasItsOwnBudget() throws {
        let lua = try LuaState(LuaConfiguration(instructionBudget: 200_000))
        // Each turn spends about 150k instructions: fine per resume, far over in total.
        let f = try lua.load(
            "for turn = 1, 10 do local n = 0 for i = 1, 30000 do n = n + i end coroutine.yield(turn) end return 'end'",
            chunkName: "budget.lua")
        let co = try lua.coroutine(f)
        for turn in 1...10 { #expect(try co.resume() == .yielded([.integer(Int64(turn))])) }
        #expect(try co.resume() == .returned(["end"]))
    }

    @Test func manyTurnsDoNotGrowTheStack() throws {
        let lua = try LuaState()
        let f = try lua.load("local n = 0 while true do n = n + coroutine.yield(n, 'x', {}) end", chunkName: "loop.lua")
        let co = try lua.coroutine(f)
        _ = try co.resume()
        for i in 1...5_000 { _ = try co.resume([.integer(Int64(i))]) }
        #expect(lua_gettop(co.thread) == 0)
        #expect(co.status == .suspended)
    }

    @Test func statusSeenFromInsideIsRunning() throws {
        let lua = try LuaState()
        var seen: [LuaCoroutine.Status] = []
        var handle: LuaCoroutine?
        try lua.register("peek") { _ in
            if let handle { seen.append(handle.status) }
            return []
        }
        let f = try lua.load("peek() coroutine.yield() peek()", chunkName: "peek.lua")
        handle = try lua.coroutine(f)
        _ = try handle!.resume()
        _ = try handle!.resume()
        #expect(seen == [.running, .running])
        #expect(handle!.status == .dead)
    }

    @Test func yieldedTablesAreReadFieldByFieldWithoutMetamethods() throws {
        let lua = try LuaState()
        let f = try lua.load(
            """
            local guarded = setmetatable({ op = "ask" }, { __index = function() error("no metamethod may run") end })
            coroutine.yield({ op = "choose", n = 3, x = 2.5, yes = false, list = { "a", 7, "b", nil, "c" }, bad = "\\255" })
            coroutine.yield(guarded)
            coroutine.yield(1, 2)
            """, chunkName: "fields.lua")
        let co = try lua.coroutine(f)
        let first = try co.resume { values -> [String?] in
            let t = try #require(values.table(1))
            #expect(values.count == 1)
            #expect(t.number("n") == 3)
            #expect(t.number("x") == 2.5)
            #expect(t.boolean("yes") == false)
            #expect(t.boolean("missing") == nil)
            #expect(t.string("n") == nil, "numbers are not converted")
            #expect(t.string("bad") == nil, "not UTF-8")
            #expect(t.strings("list") == ["a", "b"])
            #expect(t.strings("op") == nil)
            return [t.string("op")]
        }
        #expect(first == .yielded(["choose"]))
        #expect(try co.resume { values in values.table(1)?.string("prompt") } == .yielded(nil))
        #expect(try co.resume { values in values.table(1) == nil ? try values.values() : [] } == .yielded([1, 2]))
        #expect(try co.resume { _ in 0 } == .returned([]))
        #expect(lua_gettop(co.thread) == 0)
    }
}
