import CLuaShim

/// The arguments a script passed to a Swift function, with checks that produce
/// Lua-style messages (`bad argument #1 to 'say' (string expected, got nil)`).
public struct LuaArguments {
    public let values: [LuaValue]
    public let functionName: String

    public var count: Int { values.count }

    /// The n-th argument (1-based, as in Lua); nil when absent.
    public subscript(n: Int) -> LuaValue { n >= 1 && n <= values.count ? values[n - 1] : .nil }

    public func string(_ n: Int) throws -> String {
        guard let text = self[n].stringValue else { throw bad(n, expected: "string") }
        return text
    }

    public func integer(_ n: Int) throws -> Int64 {
        guard let i = self[n].integerValue else { throw bad(n, expected: "integer") }
        return i
    }

    /// The error for argument n not being what was expected.
    public func bad(_ n: Int, expected: String) -> LuaArgumentError {
        LuaArgumentError("bad argument #\(n) to '\(functionName)' (\(expected) expected, got \(self[n].typeName))")
    }
}

/// A misused argument; the script sees it at the line of the call.
public struct LuaArgumentError: Error, CustomStringConvertible {
    public let description: String
    public init(_ message: String) { self.description = message }
}

/// A Swift closure callable from Lua. It lives as long as its state.
final class SwiftFunction {
    unowned let state: LuaState
    let name: String
    let body: (LuaArguments) throws -> [LuaValue]

    init(state: LuaState, name: String, body: @escaping (LuaArguments) throws -> [LuaValue]) {
        self.state = state
        self.name = name
        self.body = body
    }

    /// Runs the closure for a call on `thread`. Always returns normally: a failure
    /// is left on the stack as a message and reported with a CIRCLE_RAISE code, and
    /// the C trampoline raises it once this frame is gone.
    func invoke(on thread: OpaquePointer) -> Int32 {
        let previous = state.L
        state.L = thread
        defer { state.L = previous }
        do {
            let arguments = try state.values(from: 1, to: lua_gettop(thread))
            let results = try body(LuaArguments(values: arguments, functionName: name))
            try state.ensureStack(results.count)
            for result in results { try state.push(result) }
            return Int32(results.count)
        } catch let error as LuaError where error.kind == .value {
            return raise(error.message, CIRCLE_RAISE_HERE)
        } catch let error as LuaError {
            return raise(error.message, CIRCLE_RAISE)
        } catch let refusal as LuaSandboxRefusal {
            return raise(refusal.description, CIRCLE_RAISE_SANDBOX)
        } catch {
            return raise(String(describing: error), CIRCLE_RAISE_HERE)
        }
    }

    private func raise(_ message: String, _ code: Int32) -> Int32 {
        lua_settop(state.L, 0)
        try? state.push(.string(LuaString(message)))
        return code
    }
}

/// The C trampoline's way back into Swift.
let swiftDispatch: circle_swift_dispatch = { thread, box in
    Unmanaged<SwiftFunction>.fromOpaque(box!).takeUnretainedValue().invoke(on: thread!)
}

extension LuaState {
    /// Wraps a Swift closure as a Lua function. Errors it throws reach the script as
    /// Lua errors it can catch with pcall: a `LuaError` keeps its own message, a
    /// `LuaSandboxRefusal` counts as a sandbox error, anything else is reported at
    /// the line of the call. Lua's errors never unwind through the closure.
    public func function(named name: String = "?", _ body: @escaping (LuaArguments) throws -> [LuaValue])
        -> LuaFunction
    {
        let function = SwiftFunction(state: self, name: name, body: body)
        functions.append(function)
        circle_push_swift_function(L, Unmanaged.passUnretained(function).toOpaque())
        return LuaFunction(state: self, popping: L)
    }

    /// Registers a Swift closure as a global function every chunk can call.
    public func register(_ name: String, _ body: @escaping (LuaArguments) throws -> [LuaValue]) throws {
        try setGlobal(name, .function(function(named: name, body)))
    }
}
