import Foundation
import Testing
@testable import LuaKit

/// A hostile script and the error it must end in.
struct Escape: Sendable, CustomTestStringConvertible {
    let name: String
    let source: String
    let kind: LuaError.Kind
    let fragment: String
    var testDescription: String { name }

    init(_ name: String, _ source: String, _ kind: LuaError.Kind, _ fragment: String) {
        self.name = name
        self.source = source
        self.kind = kind
        self.fragment = fragment
    }
}

let forbidden = "is not available in Circle's sandbox"
let readOnly = "is shared and read-only"
let protected = "are protected"
let tooCostly = "too costly"
let shifts = "one call may shift"
let stopped = "script stopped"

let escapes: [Escape] = [
    // Forbidden globals, directly.
    Escape("io", "return io.open('/etc/passwd')", .sandbox, "'io' \(forbidden)"),
    Escape("os", "os.execute('true')", .sandbox, "'os' \(forbidden)"),
    Escape("debug", "return debug.getregistry()", .sandbox, "'debug' \(forbidden)"),
    Escape("package", "return package.loadlib('libc.so.6', 'system')", .sandbox, "'package' \(forbidden)"),
    Escape("dofile", "dofile('/etc/passwd')", .sandbox, "'dofile' \(forbidden)"),
    Escape("loadfile", "return loadfile('/etc/passwd')", .sandbox, "'loadfile' \(forbidden)"),
    Escape("print", "print('hello')", .sandbox, "'print' \(forbidden)"),
    Escape("rawget", "return rawget(string, 'find')", .sandbox, "'rawget' \(forbidden)"),
    Escape("rawset", "rawset(string, 'find', 1)", .sandbox, "'rawset' \(forbidden)"),
    Escape("require without a library", "return require('x')", .sandbox, "'require' \(forbidden)"),
    // ... and through _G, _ENV and computed names.
    Escape("_G.io", "return _G.io", .sandbox, "'_G' \(forbidden)"),
    Escape("_ENV.io", "return _ENV.io.open", .sandbox, "'io' \(forbidden)"),
    Escape("_ENV computed name", "return _ENV['o' .. 's'].exit()", .sandbox, "'os' \(forbidden)"),
    Escape("_ENV through a local", "local e = _ENV; return e.debug.sethook", .sandbox, "'debug' \(forbidden)"),
    Escape("env of a loaded chunk", "return load('return io')()", .sandbox, "'io' \(forbidden)"),
    Escape("_ENV returned by a chunk", "local e = load('return _ENV')(); return e.os", .sandbox, "'os' \(forbidden)"),
    Escape("getmetatable(_ENV)", "return getmetatable(_ENV).__index", .sandbox, protected),
    Escape("setmetatable(_ENV, nil)", "setmetatable(_ENV, nil) return io", .sandbox, protected),
    // Metatables of strings and libraries.
    Escape("getmetatable('').__index", "return getmetatable('').__index", .sandbox, "only the script's own tables"),
    Escape("getmetatable(string)", "return getmetatable(string)", .sandbox, protected),
    Escape("setmetatable(string)", "setmetatable(string, {})", .sandbox, protected),
    Escape("setmetatable(math, nil)", "setmetatable(math, nil)", .sandbox, protected),
    Escape("write string.find", "string.find = function() end", .sandbox, "'string' library \(readOnly)"),
    Escape("write table.insert", "table.insert = nil", .sandbox, "'table' library \(readOnly)"),
    Escape("write math.pi", "math.pi = 3", .sandbox, "'math' library \(readOnly)"),
    Escape("write coroutine.wrap", "coroutine.wrap = nil", .sandbox, "'coroutine' library \(readOnly)"),
    Escape("write utf8.char", "utf8.char = nil", .sandbox, "'utf8' library \(readOnly)"),
    Escape("table behind pairs", "local _, t = pairs(string); t.len = nil", .sandbox, readOnly),
    // Bytecode.
    Escape("string.dump", "return string.dump(function() end)", .sandbox, "string.dump \(forbidden)"),
    Escape("dump through a string method", "return ('x').dump(function() end)", .sandbox, "string.dump \(forbidden)"),
    Escape("load(string.dump(f))", "return load(string.dump(function() return 1 end))", .sandbox, "string.dump"),
    Escape("binary chunk", "return load('\\27Lua\\84\\0\\25\\147\\r\\n\\26\\n')", .sandbox, "binary chunks are not allowed"),
    Escape("load mode b", "return load('return 1', 'x', 'b')", .sandbox, "binary chunks are not allowed"),
    Escape("load mode bt", "return load('return 1', 'x', 'bt')", .sandbox, "binary chunks are not allowed"),
    Escape("load from a reader", "return load(function() return nil end)", .sandbox, "from a string only"),
    // Other library escapes.
    Escape("collectgarbage()", "collectgarbage()", .sandbox, "collectgarbage(\"collect\") \(forbidden)"),
    Escape(
        "collectgarbage under memory pressure",
        "local t = {} for i = 1, 200 do t[i] = ('x'):rep(40000) .. i end collectgarbage('collect')",
        .sandbox, "collectgarbage(\"collect\")"),
    Escape("collectgarbage step", "collectgarbage('step', 1000)", .sandbox, "collectgarbage(\"step\")"),
    Escape("__gc finaliser", "setmetatable({}, { __gc = function() while true do end end })", .sandbox, "__gc"),
    Escape("math.randomseed", "math.randomseed(42)", .sandbox, "math.randomseed"),
    // Instruction budget, including loops that try to swallow the stop.
    Escape("while true", "while true do end", .limit(.instructions), stopped),
    Escape("loop inside pcall", "pcall(function() while true do end end) return 'escaped'", .limit(.instructions), stopped),
    Escape("pcall in a loop", "while true do pcall(function() while true do end end) end", .limit(.instructions), stopped),
    Escape(
        "xpcall with a looping handler",
        "xpcall(function() while true do end end, function() while true do end end) return 'escaped'",
        .limit(.instructions), stopped),
    Escape("loop inside a coroutine", "coroutine.wrap(function() while true do end end)()", .limit(.instructions), stopped),
    Escape(
        "resuming a stopped coroutine forever",
        "local co = coroutine.create(function() while true do end end) while true do coroutine.resume(co) end",
        .limit(.instructions), stopped),
    Escape("error loop caught by pcall", "for i = 1, 1e12 do pcall(error, 'x') end", .limit(.instructions), stopped),
    Escape("infinite tail call", "local function f() return f() end return f()", .limit(.instructions), stopped),
    Escape(
        "looping __tostring in the error handler",
        "error(setmetatable({}, { __tostring = function() while true do end end }))",
        .limit(.instructions), stopped),
    Escape(
        "__index function under table.concat",
        "local t = setmetatable({}, { __index = function() return 'x' end }) return table.concat(t, '', 1, 1e9)",
        .limit(.instructions), stopped),
    // Recursion.
    // Under a 16 MiB cap the Lua stack runs out of memory first; see defaultLimitsStopBombsToo.
    Escape("infinite recursion", "local function f() return 1 + f() end return f()", .limit(.memory), "not enough memory"),
    Escape(
        "recursion through __index",
        "local t = setmetatable({}, { __index = function(t, k) return t[k] end }) return t.x",
        .limit(.stack), "stack overflow"),
    Escape(
        "nested coroutines",
        "local function nest() return coroutine.wrap(function() return nest() end)() end return nest()",
        .limit(.stack), "stack overflow"),
    // Memory.
    Escape("string.rep 2^40", "return string.rep('x', 2^40)", .runtime, "resulting string too large"),
    Escape("string.rep 2^30", "return string.rep('x', 2^30)", .limit(.memory), "not enough memory"),
    Escape("string.rep of a large string", "return ('x'):rep(1e7):rep(1e7)", .limit(.memory), "memory"),
    Escape("doubling concatenation", "local x = 'x' while true do x = x .. x end", .limit(.memory), "memory"),
    Escape(
        "table.concat of a huge table",
        "local s = ('x'):rep(1 << 20) local t = {} for i = 1, 64 do t[i] = s end return table.concat(t)",
        .limit(.memory), "memory"),
    Escape("growing table", "local t = {} for i = 1, 1e9 do t[i] = ('y'):rep(1000) .. i end", .limit(.memory), "memory"),
    Escape(
        "memory errors caught and retried",
        "while true do pcall(string.rep, 'x', 1 << 30) end",
        .limit(.memory), stopped),
    Escape("string.pack padding", "return string.pack('c1000000000', '')", .limit(.memory), "memory"),
    // C functions the hook cannot interrupt.
    Escape("table.unpack 1e8", "return table.unpack({}, 1, 1e8)", .runtime, "too many results"),
    Escape("string.format width", "return string.format('%99999d', 1)", .runtime, "invalid conversion"),
    Escape("lazy dots on a long subject", "return string.find(('a'):rep(300000), '.-.-.-.-b')", .sandbox, tooCostly),
    Escape("stacked stars", "return string.find(('a'):rep(100000), 'a*a*a*a*a*b')", .sandbox, tooCostly),
    Escape("back-reference", "return string.gsub(('a'):rep(1000000), '(.-)%1', '')", .sandbox, tooCostly),
    Escape("gmatch", "for x in ('x'):rep(1000000):gmatch('.-.-.-y') do end", .sandbox, tooCostly),
    Escape("balanced match", "return ('('):rep(1000000):match('%b()%b()%b()')", .sandbox, tooCostly),
    Escape(
        "plain find of a long needle",
        "return string.find(('a'):rep(2e6), ('a'):rep(1e3) .. 'b', 1, true)", .sandbox, tooCostly),
    Escape("method-call pattern", "local s = ('a'):rep(100000) return s:match('.*.*.*b')", .sandbox, tooCostly),
    Escape("table.move 1e12", "table.move({}, 1, 1e12, 2)", .sandbox, shifts),
    Escape(
        "table.insert under a lying __len",
        "local t = setmetatable({}, { __len = function() return 1e12 end }) table.insert(t, 1, 'x')",
        .sandbox, shifts),
    Escape(
        "table.remove under a lying __len",
        "local t = setmetatable({}, { __len = function() return 1e12 end }) table.remove(t, 1)",
        .sandbox, shifts),
    // Hostile arguments to the Swift-registered require (with a library configured).
    Escape("require('../x')", "return require('../x')", .sandbox, "is not a module name"),
    Escape("require('/etc/passwd')", "return require('/etc/passwd')", .sandbox, "is not a module name"),
    Escape("require('a..b')", "return require('a..b')", .sandbox, "is not a module name"),
    Escape("require('lib/x')", "return require('lib/x')", .sandbox, "is not a module name"),
    Escape("require with a zero byte", "return require('x\\0y')", .sandbox, "is not a module name"),
    Escape("require(nil)", "return require(nil)", .runtime, "bad argument #1 to 'require' (string expected, got nil)"),
    Escape("require({})", "return require({})", .runtime, "(string expected, got table)"),
    Escape("require(2^63)", "return require(2^63)", .runtime, "(string expected, got number)"),
    Escape("require of a cyclic table", "local t = {} t[1] = t return require(t)", .runtime, "cycle"),
    // The message names the module and is cut to a few KB (see capEscapes).
    Escape("require of a huge name", "return require(('a'):rep(1e6))", .runtime, "require: module 'aaaa"),
]

@Suite(.serialized) struct EscapeTests {
    static let library: String = {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("circle-escape-lib").path
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return directory
    }()

    static func state() throws -> LuaState {
        try LuaState(LuaConfiguration(memoryLimit: 16 << 20, instructionBudget: 2_000_000, modulePaths: [library]))
    }

    @Test func theSuiteIsLargeEnough() {
        #expect(escapes.count >= 50)
    }

    @Test(arguments: escapes)
    func hostileScriptEndsInAClearErrorAndTheHostCarriesOn(escape: Escape) throws {
        let lua = try Self.state()
        let source = escape.name.hasPrefix("require without") ? escape.source : escape.source
        let state = escape.name.hasPrefix("require without") ? try LuaState(LuaConfiguration(memoryLimit: 16 << 20)) : lua
        let error = #expect(throws: LuaError.self) { try state.run(source, chunkName: "hostile.lua") }
        #expect(error?.kind == escape.kind, "\(error?.message ?? "no error")")
        #expect(error?.message.contains(escape.fragment) == true, "\(error?.message ?? "no error")")
        // The same state then runs an ordinary script.
        #expect(try state.run("local t = {} for i = 1, 100 do t[#t + 1] = i end return #t, ('ok'):upper()") == [100, "OK"])
    }

    @Test func oneStateSurvivesEveryEscapeInTurn() throws {
        let lua = try Self.state()
        for escape in escapes where !escape.name.hasPrefix("require without") {
            #expect(throws: LuaError.self) { try lua.run(escape.source, chunkName: "hostile.lua") }
        }
        #expect(try lua.run("return 6 * 7") == [42])
        let kilobytes = try lua.run("return collectgarbage('count')").first?.numberValue ?? .infinity
        #expect(kilobytes < 16 * 1024)
    }

    @Test func defaultLimitsStopBombsToo() throws {
        let lua = try LuaState()
        #expect(lua.configuration.memoryLimit == 64 << 20)
        let rep = #expect(throws: LuaError.self) { try lua.run("return string.rep('x', 2^30)") }
        #expect(rep?.kind == .limit(.memory))
        let recursion = #expect(throws: LuaError.self) { try lua.run("local function f() return 1 + f() end return f()") }
        #expect(recursion?.kind == .limit(.memory) || recursion?.kind == .limit(.stack))
        let doubling = #expect(throws: LuaError.self) { try lua.run("local x = 'x' while true do x = x .. x end") }
        #expect(doubling?.kind == .limit(.memory))
        #expect(try lua.run("return 1") == [1])
    }

    @Test func stoppedMessagesPointAtTheScript() throws {
        let lua = try Self.state()
        let error = #expect(throws: LuaError.self) { try lua.run("local n = 0\nwhile true do n = n + 1 end", chunkName: "loop.lua") }
        #expect(error?.location?.file == "loop.lua")
        #expect(error?.location?.line == 2)
    }

    @Test func safeLibrariesStillWork() throws {
        let lua = try Self.state()
        let results = try lua.run(
            """
            local names = {}
            for name in pairs(string) do names[#names + 1] = name end
            table.sort(names)
            local words = {}
            for w in ("How am I and how are We"):gmatch("%a+") do words[#words + 1] = w end
            local trimmed = ("   tired and despondent   "):match("^%s*(.-)%s*$")
            local t = { 3, 1, 2 }
            table.insert(t, 1, 0)
            table.remove(t)
            return #names > 10, #words, trimmed, ("%d/%d"):format(3, 10), utf8.len("café"),
                   math.type(1), collectgarbage("count") > 0, select("#", table.unpack(t)),
                   string.rep("", 1e15), math.random(1, 6) >= 1
            """, chunkName: "ok.lua")
        #expect(results == [true, 7, "tired and despondent", "3/10", 4, "integer", true, 3, "", true])
    }

    @Test func randomNumbersFollowTheHostsSeed() throws {
        let draw = "local t = {} for i = 1, 5 do t[i] = math.random(1, 1000) end return t"
        let a = try LuaState(LuaConfiguration(randomSeed: 7)).run(draw)
        let b = try LuaState(LuaConfiguration(randomSeed: 7)).run(draw)
        let c = try LuaState(LuaConfiguration(randomSeed: 8)).run(draw)
        #expect(a == b)
        #expect(a != c)
    }

    @Test func undefinedGlobalsAreReportedNotSilentlyNil() throws {
        let lua = try Self.state()
        let error = #expect(throws: LuaError.self) { try lua.run("return participnts", chunkName: "typo.lua") }
        #expect(error?.kind == .runtime)
        #expect(error?.message == "typo.lua:1: undefined global 'participnts' (a misspelling, or a missing 'local'?)")
        #expect(try lua.run("answer = 42 return answer") == [42])
    }

    @Test func chunksDoNotShareGlobals() throws {
        let lua = try Self.state()
        try lua.run("shared = 'mine'")
        let error = #expect(throws: LuaError.self) { try lua.run("return shared") }
        #expect(error?.message.contains("undefined global 'shared'") == true)
    }

    @Test func hostRefusesBinaryChunks() throws {
        let lua = try Self.state()
        let error = #expect(throws: LuaError.self) {
            _ = try lua.load(bytes: [0x1B, 0x4C, 0x75, 0x61, 0x54, 0x00], chunkName: "evil.luac")
        }
        #expect(error?.kind == .sandbox)
        #expect(error?.message.hasPrefix("evil.luac:") == true)
    }
}
