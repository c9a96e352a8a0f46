import Testing
@testable import LuaKit

struct HostProblem: Error, CustomStringConvertible {
    var description: String { "the host could not do that" }
}

@Suite struct FunctionTests {
    @Test func swiftClosureIsCallableWithArgumentsAndResults() throws {
        let lua = try LuaState()
        try lua.register("add") { args in [.integer(try args.integer(1) + args.integer(2))] }
        #expect(try lua.run("return add(2, 40)") == [42])
    }

    @Test func aThrowingClosureBecomesACatchableLuaError() throws {
        let lua = try LuaState()
        try lua.register("fail") { _ in throw HostProblem() }
        let result = try lua.run(
            """
            local ok, message = pcall(fail)
            return ok, message
            """, chunkName: "caller.lua")
        #expect(result[0] == false)
        #expect(result[1].stringValue == "caller.lua:1: the host could not do that")
        let uncaught = #expect(throws: LuaError.self) { try lua.run("\n\nfail()", chunkName: "caller.lua") }
        #expect(uncaught?.kind == .runtime)
        #expect(uncaught?.location?.file == "caller.lua")
        #expect(uncaught?.location?.line == 3)
    }

    @Test func argumentErrorsNameTheFunctionAndTheLine() throws {
        let lua = try LuaState()
        try lua.register("say") { args in [.string(LuaString(try args.string(1)))] }
        let error = #expect(throws: LuaError.self) { try lua.run("say(nil)", chunkName: "format.lua") }
        #expect(error?.message == "format.lua:1: bad argument #1 to 'say' (string expected, got nil)")
    }

    @Test func aLuaErrorInsideACallbackChainKeepsItsFileAndLine() throws {
        let lua = try LuaState()
        let inner = try lua.load(
            """
            return function(x)
              if x > 2 then
                error("too many rounds")
              end
              return x
            end
            """, chunkName: "inner.lua"
        ).call()[0]
        guard case .function(let innerFunction) = inner else { Issue.record("no function"); return }
        try lua.register("viaSwift") { args in try innerFunction.call(args.values) }
        #expect(try lua.run("return viaSwift(1)") == [1])
        let error = #expect(throws: LuaError.self) {
            try lua.run("local v = viaSwift(5)\nreturn v", chunkName: "outer.lua")
        }
        #expect(error?.kind == .runtime)
        #expect(error?.location?.file == "inner.lua")
        #expect(error?.location?.line == 3)
        #expect(error?.traceback.contains("outer.lua:1") == true)
        // The state is still usable.
        #expect(try lua.run("return viaSwift(2)") == [2])
    }

    @Test func syntaxErrorsAreDistinctAndNameFileAndLine() throws {
        let lua = try LuaState()
        let error = #expect(throws: LuaError.self) {
            _ = try lua.load("local x = 1\nif x then\n  x = \nend", chunkName: "broken.lua")
        }
        #expect(error?.kind == .syntax)
        #expect(error?.location?.file == "broken.lua")
        #expect(error?.location?.line == 4)
    }

    @Test func runtimeErrorsCarryATraceback() throws {
        let lua = try LuaState()
        let error = #expect(throws: LuaError.self) {
            try lua.run("local function f() local t = nil; return t.x end\nf()", chunkName: "trace.lua")
        }
        #expect(error?.kind == .runtime)
        #expect(error?.message.hasPrefix("trace.lua:1: attempt to index a nil value") == true)
        #expect(error?.traceback.contains("stack traceback") == true)
        #expect(error?.traceback.contains("trace.lua:2") == true)
    }

    @Test func nonStringErrorObjectsAreDescribed() throws {
        let lua = try LuaState()
        let error = #expect(throws: LuaError.self) { try lua.run("error({ code = 1 })") }
        #expect(error?.message == "(error object is a table value)")
        let withToString = #expect(throws: LuaError.self) {
            try lua.run("error(setmetatable({}, { __tostring = function() return 'custom' end }))")
        }
        #expect(withToString?.message == "custom")
    }

    @Test func loadFileUsesThePathAsChunkName() throws {
        let lua = try LuaState()
        let missing = #expect(throws: LuaError.self) { _ = try lua.loadFile("/nonexistent/x.lua") }
        #expect(missing?.message.contains("/nonexistent/x.lua") == true)
    }
}
