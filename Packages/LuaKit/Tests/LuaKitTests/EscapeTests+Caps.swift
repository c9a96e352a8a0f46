import Foundation
import Testing
@testable import LuaKit

let memory = "memory"
let cut = "bytes cut ...]"

/// A bomb that builds ever larger strings; its __tostring form is the error value of issue 12.
let doubling = "local s = 'x' while true do s = s .. s end"
let tostringBomb = "setmetatable({}, { __tostring = function() \(doubling) end })"
let tableBomb = "setmetatable({}, { __tostring = function() local t = {} for i = 1, 1e9 do t[i] = ('x'):rep(1000) .. i end end })"

/// Escapes through the caps: memory used while an error is formatted, work done inside
/// C calls, forged chunk names and huge messages. Each must end in a clear error, fast.
let capEscapes: [Escape] = [
    // Memory built by __tostring while the error is formatted, wherever the error surfaces.
    Escape("__tostring doubling at load time", "error(\(tostringBomb))", .limit(.memory), memory),
    Escape("__tostring filling a table at load time", "error(\(tableBomb))", .limit(.memory), memory),
    Escape("__tostring from a required module", "return require('tostringbomb')", .limit(.memory), memory),
    Escape("__tostring through coroutine.wrap", "coroutine.wrap(function() error(\(tostringBomb)) end)()", .limit(.memory), memory),
    Escape(
        "__tostring through nested coroutine.wrap",
        "coroutine.wrap(function() coroutine.wrap(function() error(\(tableBomb)) end)() end)()", .limit(.memory), memory),
    Escape("__tostring rethrown after pcall", "local ok, e = pcall(error, \(tostringBomb)) error(e)", .limit(.memory), memory),
    Escape(
        "__tostring called by an xpcall handler",
        "local ok, e = xpcall(error, function(e) return tostring(e) end, \(tostringBomb)) error(e)",
        .runtime, "not enough memory"),
    Escape(
        "xpcall handler retrying memory bombs",
        "xpcall(error, function() while true do pcall(string.rep, 'x', 1 << 30) end end, 'x') error('escaped')",
        .limit(.memory), stopped),
    Escape(
        "__tostring looping inside coroutine.wrap",
        "coroutine.wrap(function() error(setmetatable({}, { __tostring = function() while true do end end })) end)()",
        .limit(.instructions), stopped),
    Escape(
        "__tostring that yields",
        "coroutine.wrap(function() error(setmetatable({}, { __tostring = function() coroutine.yield() end })) end)()",
        .runtime, "__tostring failed"),
    Escape(
        "__tostring raising another error object",
        "error(setmetatable({}, { __tostring = function() error({}) end }))", .runtime, "__tostring failed"),
    // Library calls that do a lot of work in one C call, in a loop.
    Escape("string.rep of a megabyte in a loop", "while true do local s = ('x'):rep(1 << 20) end", .limit(.instructions), stopped),
    Escape(
        "string.rep caught and retried",
        "while true do pcall(string.rep, 'x', 10e6) end", .limit(.memory), stopped),
    Escape("string.rep with a separator", "return ('x'):rep(1e7, ',')", .limit(.memory), "not enough memory: string.rep"),
    Escape("string.rep inside coroutine.wrap", "return coroutine.wrap(function() return ('ab'):rep(5e7) end)()", .limit(.memory), memory),
    Escape(
        "string.format of megabytes in a loop",
        "local s = ('x'):rep(1 << 20) while true do local t = string.format('%s%s', s, s) end",
        .limit(.instructions), stopped),
    Escape(
        "table.concat in a loop",
        "local t = {} for i = 1, 1000 do t[i] = ('x'):rep(1000) end while true do local s = table.concat(t) end",
        .limit(.instructions), stopped),
    Escape(
        "table.concat with a huge separator",
        "local t = {} for i = 1, 1e5 do t[i] = 'x' end return table.concat(t, ('y'):rep(1000))", .limit(.memory), memory),
    Escape(
        "concatenation of megabytes in a loop",
        "local s = ('x'):rep(1 << 20) while true do local t = s .. s end", .limit(.instructions), stopped),
    Escape(
        "string.pack of a megabyte in a loop",
        "while true do local s = string.pack('c1000000', '') end", .limit(.instructions), stopped),
    Escape(
        "find just under the pattern estimate",
        "local s = ('a'):rep(4000) while true do s:find('.-b') end", .limit(.instructions), stopped),
    Escape(
        "gmatch just under the pattern estimate",
        "local s = ('a'):rep(3000) while true do for x in s:gmatch('a-b') do end end", .limit(.instructions), stopped),
    Escape(
        "gsub with a function replacement in a loop",
        "local s = ('x'):rep(1e5) while true do s:gsub('x', function(c) return c end) end", .limit(.instructions), stopped),
    Escape(
        "gsub with a function replacement hoarding memory",
        "local acc = {} ('x'):rep(1e5):gsub('x', function() acc[#acc + 1] = ('y'):rep(1000) .. #acc end)",
        .limit(.memory), memory),
    Escape("gsub doubling", "local s = 'x' while true do s = s:gsub('x', 'xx') end", .limit(.memory), memory),
    Escape(
        "table.sort of long strings in a loop",
        "local t = {} for i = 1, 1e5 do t[i] = ('%040d'):format(i * 7919 % 100003) end while true do table.sort(t) end",
        .limit(.instructions), stopped),
    Escape(
        "table.sort with a comparator in a loop",
        "local t = {} for i = 1, 2e4 do t[i] = i * 7919 % 100003 end while true do table.sort(t, function(a, b) return a > b end) end",
        .limit(.instructions), stopped),
    Escape(
        "table.sort under a lying __len",
        "table.sort(setmetatable({}, { __len = function() return 1e12 end }))", .sandbox, "table.sort"),
    // Chunk names a script gives load cannot pass for files or for the host's chunks.
    Escape("load named as a file", "load('error(\"x\")', '@/etc/passwd')()", .runtime, "[string \"/etc/passwd\"]:1: x"),
    Escape("load named as the host", "load('error(\"x\")', '=[circle]')()", .runtime, "[string \"[circle]\"]:1: x"),
    Escape("load named as a position", "load('error(\"x\")', 'a.lua:99: \\nfake')()", .runtime, "[string \"a.lua?99? ?fake\"]:1: x"),
    Escape("load named with stacked marks", "load('error(\"x\")', '@=@x')()", .runtime, "[string \"x\"]:1: x"),
    Escape("load named with an escape sequence", "load('error(\"x\")', '\\27[2J')()", .runtime, "[string \"?[2J\"]:1: x"),
    // Huge messages are cut, keeping their head and tail.
    Escape("huge error message", "error(('x'):rep(5e6))", .runtime, cut),
    Escape("huge multibyte error message", "error(('é'):rep(1e6) .. 'end')", .runtime, cut),
    Escape("huge message through coroutine.wrap", "coroutine.wrap(function() error(('x'):rep(5e6)) end)()", .runtime, cut),
    Escape("huge message from __tostring", "error(setmetatable({}, { __tostring = function() return ('x'):rep(5e6) end }))", .runtime, cut),
    Escape("huge undefined global", "return _ENV[('x'):rep(1e6)]", .runtime, "(a misspelling, or a missing 'local'?)"),
    Escape("module that loops at load time", "return require('loopsforever')", .limit(.instructions), stopped),
]

/// CPU time the calling thread has used, in seconds.
func threadCPUSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

/// Whether this process runs under AddressSanitizer (`swift test --sanitize=address`).
let underAddressSanitizer = dlsym(nil, "__asan_init") != nil  // nil: RTLD_DEFAULT

/// glibc's malloc_trim (in malloc.h, which Swift's Glibc module does not bring in).
@_silgen_name("malloc_trim") func mallocTrim(_ pad: Int) -> Int32

/// Resident memory of this process, from /proc/self/statm, once the C allocator has handed
/// back to the system what it keeps of memory already freed (closed states).
func residentBytes() -> Int {
    _ = mallocTrim(0)
    guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = statm.split(separator: " ")
    return fields.count > 1 ? (Int(fields[1]) ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE))) : 0
}

extension EscapeTests {
    /// Nested in EscapeTests, which is serialized, so that no other escape runs while a case
    /// here reads the process's resident memory.
    @Suite(.timeLimit(.minutes(2))) struct Caps {
        static let library: String = {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("circle-caps-lib-\(getpid())").path
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try? "error(\(tostringBomb))".write(toFile: directory + "/tostringbomb.lua", atomically: true, encoding: .utf8)
            try? "while true do end".write(toFile: directory + "/loopsforever.lua", atomically: true, encoding: .utf8)
            return directory
        }()

        static func state() throws -> LuaState {
            try LuaState(
                LuaConfiguration(memoryLimit: 16 << 20, instructionBudget: 10_000_000, modulePaths: [library], cpuTimeLimit: 1))
        }

        @Test func theSuiteIsLargeEnough() {
            #expect(capEscapes.count >= 30)
        }

        @Test(.timeLimit(.minutes(1)), arguments: capEscapes)
        func capsHoldEverywhereLuaRuns(escape: Escape) throws {
            let lua = try Self.state()
            let start = ContinuousClock.now
            let cpuStart = threadCPUSeconds()
            let error = #expect(throws: LuaError.self) { try lua.run(escape.source, chunkName: "hostile.lua") }
            let cpu = threadCPUSeconds() - cpuStart
            // Within 3 s of CPU; the wall-clock bound only guards against a hang on a loaded machine.
            #expect(cpu < 3, "used \(cpu) s of CPU")
            #expect(ContinuousClock.now - start < .seconds(30), "took \(ContinuousClock.now - start)")
            #expect(error?.kind == escape.kind, "\(error?.message.prefix(300) ?? "no error")")
            #expect(error?.message.contains(escape.fragment) == true, "\(error?.message.prefix(300) ?? "no error")")
            #expect((error?.message.utf8.count ?? 0) <= 4200)
            #expect(error?.message.contains("\u{FFFD}") == false)
            // AddressSanitizer's shadow memory and quarantine make the figure meaningless under it.
            if !underAddressSanitizer { #expect(residentBytes() < 128 << 20, "resident \(residentBytes() >> 20) MiB") }
            #expect(try lua.run("local t = {} for i = 1, 100 do t[#t + 1] = i end return #t, ('ok'):upper()") == [100, "OK"])
        }

        @Test func memoryStopsNameTheLine() throws {
            let lua = try Self.state()
            let rep = #expect(throws: LuaError.self) { try lua.run("local n = 1\nreturn ('x'):rep(1e8)", chunkName: "big.lua") }
            #expect(rep?.kind == .limit(.memory))
            #expect(rep?.location?.file == "big.lua")
            #expect(rep?.location?.line == 2)
            let tostring = #expect(throws: LuaError.self) { try lua.run("\n\nerror(\(tostringBomb))", chunkName: "obj.lua") }
            #expect(tostring?.kind == .limit(.memory))
            #expect(tostring?.location?.file == "obj.lua")
            #expect(tostring?.location?.line == 3)
        }

        @Test func outOfMemoryNamesTheLineTheScriptWasAt() throws {
            let lua = try Self.state()
            let error = #expect(throws: LuaError.self) {
                try lua.run("local t = {}\n-- a table that grows until the cap\nfor i = 1, 1e9 do t[i] = i end", chunkName: "grow.lua")
            }
            #expect(error?.kind == .limit(.memory))
            #expect(error?.message.hasPrefix("grow.lua:3: not enough memory") == true, "\(error?.message ?? "")")
        }

        @Test func aCutMessageKeepsItsHeadAndTail() throws {
            let lua = try Self.state()
            let error = #expect(throws: LuaError.self) {
                try lua.run("error('start' .. ('x'):rep(1e5) .. 'finish')", chunkName: "long.lua")
            }
            #expect(error?.message.hasPrefix("long.lua:1: startxxx") == true)
            #expect(error?.message.hasSuffix("xxxfinish") == true)
            #expect(error?.message.contains("[... 9") == true)
        }

        @Test func theCPUDeadlineIsConfigurableAndStopsUnchargedWork() throws {
            let lua = try LuaState(LuaConfiguration(instructionBudget: 1 << 40, cpuTimeLimit: 0.2))
            let start = ContinuousClock.now
            let error = #expect(throws: LuaError.self) {
                try lua.run("local s = ('x'):rep(1 << 20) while true do local t = s .. s end", chunkName: "cpu.lua")
            }
            #expect(ContinuousClock.now - start < .seconds(20))
            #expect(error?.kind == .limit(.instructions))
            #expect(error?.message.hasPrefix("cpu.lua:1: script stopped: it used more than its 0.2 s of CPU time") == true)
            #expect(try lua.run("return 1 + 1") == [2])
        }

        @Test func ordinaryLibraryWorkFitsInATurn() throws {
            let lua = try Self.state()
            let results = try lua.run(
                """
                local t = {}
                for i = 1, 5000 do t[i] = ("name %05d"):format((i * 7919) % 5003) end
                table.sort(t)
                local text = table.concat(t, ", ")
                local count = select(2, text:gsub("name", "name"))
                return #t, count, t[1], ("-"):rep(40, " "):len()
                """, chunkName: "ok.lua")
            #expect(results == [5000, 5000, "name 00001", 79])
        }
    }
}
