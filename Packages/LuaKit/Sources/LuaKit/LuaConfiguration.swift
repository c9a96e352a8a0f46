/// The limits and capabilities of one sandboxed Lua state.
public struct LuaConfiguration: Sendable {
    /// Bytes the state may hold while a script runs (default 64 MiB).
    public var memoryLimit: Int = 64 << 20
    /// Lua instructions allowed per outermost call or coroutine resume.
    public var instructionBudget: Int64 = 50_000_000
    /// Directories `require("a.b")` searches for `a/b.lua`; empty means no `require`.
    public var modulePaths: [String] = []
    /// CPU seconds (of the calling thread) allowed per outermost call or coroutine resume,
    /// counting the work inside library calls that the instruction budget cannot see.
    public var cpuTimeLimit: Double = 2
    /// Seed of `math.random`; scripts cannot reseed it.
    public var randomSeed: Int64 = 0
    /// Largest source text the host loads in one chunk.
    public var maxSourceBytes: Int = 4 << 20

    public init(
        memoryLimit: Int = 64 << 20, instructionBudget: Int64 = 50_000_000,
        modulePaths: [String] = [], randomSeed: Int64 = 0, cpuTimeLimit: Double = 2
    ) {
        self.memoryLimit = memoryLimit
        self.instructionBudget = instructionBudget
        self.modulePaths = modulePaths
        self.randomSeed = randomSeed
        self.cpuTimeLimit = cpuTimeLimit
    }
}
