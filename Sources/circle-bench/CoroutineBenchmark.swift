import Foundation
import LuaKit

/// Comparison 2: the host turn round trip. A coroutine yields a number and is resumed
/// with the next one, `turns` times: from Swift through LuaKit (the way the session
/// engine drives a format), and by a Lua loop inside a bare `lua5.4` process.
struct CoroutineBenchmark {
    let lua: ExternalTool
    let directory: String
    let turns: Int
    let repetitions: Int

    /// The coroutine's body, the same in both: answer each resume with its value plus one.
    static let body = "local x = ... while true do x = coroutine.yield(x + 1) end"

    func run() throws -> Figure {
        let scriptPath = "\(directory)/coroutine_loop.lua"
        // The bare-Lua side (Lua/coroutine_loop.lua) resumes the same body from a Lua loop.
        try Data(PackageResources.coroutine_loop_lua).write(to: URL(fileURLWithPath: scriptPath))
        var startups: [Double] = []
        let (circle, bare) = try Timing.sideBySide(
            repetitions: repetitions,
            circle: { try Self.hostLoop(turns: turns) },
            baseline: {
                startups.append(try lua.run(["-e", ""]))
                return try lua.run([scriptPath, String(turns), Self.body])
            })
        let startup = Timing.median(startups)
        return Figure(
            "host turn round trip (yield, answer, resume)", unit: "µs/turn", circle: circle / Double(turns) * 1e6,
            baseline: ("bare lua5.4 loop", (bare - startup) / Double(turns) * 1e6), target: .ratioAtMost(3),
            repetitions: repetitions,
            note: "\(Figure.number(Double(turns))) turns each way; LuaKit: LuaState + lua.coroutine + co.resume([.integer]) from Swift; bare: coroutine.resume in a Lua for loop, the lua5.4 process's wall time less its median start-up (\(Figure.number(startup * 1e3)) ms, measured alongside)")
    }

    /// Seconds for `turns` resumes of a LuaKit coroutine from Swift (state creation excluded).
    static func hostLoop(turns: Int) throws -> Double {
        let state = try LuaState()
        let coroutine = try state.coroutine(state.load(body, chunkName: "=coroutine_loop"))
        var sum: Int64 = 0
        let seconds = try Timing.seconds {
            for i in 1...Int64(turns) {
                guard case .yielded(let values) = try coroutine.resume([.integer(i)]), let value = values.first?.integerValue else {
                    throw BenchError("the coroutine stopped yielding")
                }
                sum += value
            }
        }
        let n = Int64(turns)
        guard sum == n * (n + 1) / 2 + n else { throw BenchError("the coroutine answered wrongly (sum \(sum))") }
        return seconds
    }
}
