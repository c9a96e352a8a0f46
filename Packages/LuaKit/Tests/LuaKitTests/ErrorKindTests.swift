import Testing
import LuaKit

/// An error's kind comes from what the shim recorded where it was raised, never from
/// its wording: a script cannot pass its own error off as a limit or a refusal.
@Suite struct ErrorKindTests {
    /// ("not enough memory" is left out: Lua itself raises that exact string as a memory error.)
    @Test func wordingAloneDoesNotMakeAKind() throws {
        let lua = try LuaState()
        for message in [
            "C stack overflow", "stack overflow", "x.lua:1: stack overflow (message handler)",
            "x.lua:1: 'io' is not available in Circle's sandbox",
            "x.lua:1: script stopped: it used its budget of 50000000 instructions for one turn (an endless loop?)",
        ] {
            let raised = #expect(throws: LuaError.self) {
                try lua.call(lua.load("error(..., 0)", chunkName: "own.lua"), [.string(LuaString(message))])
            }
            #expect(raised?.kind == .runtime, "\(message)")
            #expect(raised?.message == message)
        }
    }

    @Test func aRefusalCaughtAndRaisedAgainIsStillARefusal() throws {
        let lua = try LuaState()
        let again = #expect(throws: LuaError.self) {
            try lua.run("local ok, e = pcall(function() return io end) error(e, 0)", chunkName: "again.lua")
        }
        #expect(again?.kind == .sandbox)
        #expect(again?.message == "again.lua:1: 'io' is not available in Circle's sandbox")
        let other = #expect(throws: LuaError.self) {
            try lua.run("pcall(function() return io end) error('my own mistake')", chunkName: "other.lua")
        }
        #expect(other?.kind == .runtime)
    }

    @Test func aRefusalInsideAWrappedCoroutineKeepsItsKind() throws {
        let lua = try LuaState()
        let error = #expect(throws: LuaError.self) {
            try lua.run("return coroutine.wrap(function() return os.time() end)()", chunkName: "wrapped.lua")
        }
        #expect(error?.kind == .sandbox)
        #expect(error?.message.hasPrefix("wrapped.lua:1: wrapped.lua:1: 'os'") == true)
    }

    @Test func recursionInAHostCoroutineIsAStackLimit() throws {
        let lua = try LuaState(LuaConfiguration(memoryLimit: 256 << 20))
        let body = try lua.load("local function f() return 1 + f() end return f()", chunkName: "deep.lua")
        let error = #expect(throws: LuaError.self) { _ = try lua.coroutine(body).resume() }
        #expect(error?.kind == .limit(.stack))
        #expect(error?.message.hasSuffix("stack overflow") == true)
        let nested = try lua.load(
            "local function nest() return coroutine.wrap(function() return nest() end)() end return nest()",
            chunkName: "nested.lua")
        let inner = #expect(throws: LuaError.self) { _ = try lua.coroutine(nested).resume() }
        #expect(inner?.kind == .limit(.stack))
    }
}
