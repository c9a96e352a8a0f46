import CLuaShim

/// One sandboxed Lua 5.4 state, with its memory cap and instruction budget.
///
/// It owns its `lua_State` and closes it when released. It is not `Sendable`:
/// create it, call it and drop it on one task. Every chunk it loads gets its own
/// environment reading through to the safe globals; see `LuaConfiguration`.
public final class LuaState {
    public let configuration: LuaConfiguration
    let main: OpaquePointer
    /// The thread Swift is working on: the main thread, or the coroutine whose
    /// call into a Swift function is being served.
    var L: OpaquePointer
    var functions: [SwiftFunction] = []

    public init(_ configuration: LuaConfiguration = LuaConfiguration()) throws {
        self.configuration = configuration
        var failure: UnsafePointer<CChar>?
        guard
            let state = circle_newstate(
                size_t(max(configuration.memoryLimit, 0)), configuration.instructionBudget, lua_Integer(configuration.randomSeed),
                swiftDispatch, &failure)
        else {
            throw LuaError(.runtime, failure.map { String(cString: $0) } ?? "could not create a Lua state")
        }
        main = state
        L = state
        circle_set_cpu_limit(state, configuration.cpuTimeLimit)
        if !configuration.modulePaths.isEmpty { try installRequire() }
    }

    deinit { circle_close(main) }

    // MARK: Loading

    /// Compiles source text (never bytecode) as a chunk named `chunkName`, so that
    /// messages read `chunkName:line: ...`. The chunk gets a fresh sandbox environment.
    public func load(_ source: String, chunkName: String) throws -> LuaFunction {
        try load(bytes: Array(source.utf8), chunkName: chunkName)
    }

    public func load(bytes: [UInt8], chunkName: String) throws -> LuaFunction {
        if bytes.first == 0x1B {
            throw LuaError(.sandbox, "\(chunkName): binary chunks are not allowed; Circle loads Lua source text only")
        }
        if bytes.count > configuration.maxSourceBytes {
            throw LuaError(.value, "\(chunkName): \(bytes.count) bytes is larger than the \(configuration.maxSourceBytes) a chunk may have")
        }
        let status = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                circle_load(L, $0.baseAddress, $0.count, "@" + chunkName)
            }
        }
        guard status == LUA_OK else {
            let message = String(cString: circle_tostring(L, -1))
            circle_pop(L, 1)
            if status == LUA_ERRMEM { throw LuaError(.limit(.memory), "\(chunkName): not enough memory to compile") }
            throw LuaError(.syntax, message)
        }
        return LuaFunction(state: self, popping: L)
    }

    /// Reads and compiles a file; the chunk name is `chunkName` or the path as given.
    public func loadFile(_ path: String, chunkName: String? = nil) throws -> LuaFunction {
        let name = chunkName ?? path
        guard let bytes = SourceFile.read(path) else {
            throw LuaError(.runtime, "\(name): cannot read the file (missing, or not readable)")
        }
        return try load(bytes: bytes, chunkName: name)
    }

    // MARK: Calling

    /// Calls a function under the limits; the results come back as Swift values.
    @discardableResult
    public func call(_ function: LuaFunction, _ arguments: [LuaValue] = []) throws -> [LuaValue] {
        let base = lua_gettop(L)
        defer { lua_settop(L, base) }
        try ensureStack(arguments.count + 1)
        try push(.function(function))
        for argument in arguments { try push(argument) }
        let status = circle_pcall(L, Int32(arguments.count), circle_multret())
        guard status == LUA_OK else { throw failure(on: L) }
        return try values(from: base + 1, to: lua_gettop(L))
    }

    /// Loads and runs source text, returning what the chunk returns.
    @discardableResult
    public func run(_ source: String, chunkName: String = "=(run)") throws -> [LuaValue] {
        try call(load(source, chunkName: chunkName))
    }

    /// Makes a value a global every chunk of this state can read (read-only to scripts).
    public func setGlobal(_ name: String, _ value: LuaValue) throws {
        try ensureStack(2)
        try push(value)
        circle_set_safe_global(L, name)
    }

    // MARK: Errors

    /// Turns a failed call's message and traceback (on top of `thread`) into a LuaError,
    /// of the kind the shim recorded for it.
    func failure(on thread: OpaquePointer) -> LuaError {
        let message = string(at: -2, on: thread) ?? "(error without a message)"
        let traceback = string(at: -1, on: thread) ?? ""
        circle_pop(thread, 2)
        let kind: LuaError.Kind
        switch circle_error_kind(thread) {
        case CIRCLE_ERROR_SANDBOX: kind = .sandbox
        case CIRCLE_ERROR_INSTRUCTIONS: kind = .limit(.instructions)
        case CIRCLE_ERROR_MEMORY: kind = .limit(.memory)
        case CIRCLE_ERROR_STACK: kind = .limit(.stack)
        default: kind = .runtime
        }
        return LuaError(kind, message, traceback: traceback)
    }

    func string(at index: Int32, on thread: OpaquePointer) -> String? {
        guard lua_type(thread, index) == LUA_TSTRING else { return nil }
        var length = 0
        guard let chars = lua_tolstring(thread, index, &length) else { return nil }
        return String(decoding: UnsafeRawBufferPointer(start: chars, count: length), as: UTF8.self)
    }

    func ensureStack(_ slots: Int) throws {
        guard lua_checkstack(L, Int32(slots + 2)) != 0 else {
            throw LuaError(.value, "too many values to pass to Lua at once (\(slots))")
        }
    }
}
