import CLuaShim

/// A Lua coroutine: resume it with values, receive what it yields, until it returns.
///
/// The session engine is built on this: a format's `run` yields a request, the host
/// answers it with the next `resume`.
public final class LuaCoroutine: LuaReference {
    let thread: OpaquePointer

    /// As `coroutine.status` reports it.
    public enum Status: Equatable, Sendable {
        case suspended, running, normal, dead
    }

    /// What one resume produced: what the coroutine yielded (as the caller read it), or
    /// the values it returned.
    public enum Step<Yielded> {
        case yielded(Yielded)
        case returned([LuaValue])
    }

    override init(state: LuaState, at index: Int32) {
        thread = lua_tothread(state.L, index)
        super.init(state: state, at: index)
    }

    /// A new coroutine running `function` (created and referenced on `state`).
    init(state: LuaState, function: LuaFunction) throws {
        let created = lua_newthread(state.L)!
        thread = created
        super.init(state: state, popping: state.L)
        try state.push(.function(function))
        lua_xmove(state.L, created, 1)
    }

    public var status: Status {
        guard let state else { return .dead }
        return status(in: state)
    }

    private func status(in state: LuaState) -> Status {
        if thread == state.L { return .running }
        switch lua_status(thread) {
        case LUA_YIELD: return .suspended
        case LUA_OK:
            var record = lua_Debug()
            if lua_getstack(thread, 0, &record) != 0 { return .normal }
            return lua_gettop(thread) == 0 ? .dead : .suspended
        default: return .dead
        }
    }

    /// Resumes with `arguments` (the first resume passes them to the function), and copies
    /// what it yields into Swift. Each resume has its own instruction budget. Errors end
    /// the coroutine.
    public func resume(_ arguments: [LuaValue] = []) throws -> Step<[LuaValue]> {
        try resume(arguments) { try $0.values() }
    }

    /// Resumes with `arguments`, and hands what the coroutine yields to `read` where it
    /// lies on the coroutine's stack, so the caller takes only what it needs.
    public func resume<Yielded>(_ arguments: [LuaValue] = [], reading read: (LuaStackValues) throws -> Yielded) throws
        -> Step<Yielded>
    {
        try resume(count: arguments.count, pushing: { state in
            for argument in arguments {
                try state.push(argument)
                lua_xmove(state.L, thread, 1)
            }
        }, reading: read)
    }

    /// Resumes with one table, `record` (or with nothing), pushed straight onto the
    /// coroutine's stack: the cheap way to answer a yield turn after turn.
    public func resume<Yielded>(with record: LuaRecord?, reading read: (LuaStackValues) throws -> Yielded) throws -> Step<Yielded> {
        try resume(count: record == nil ? 0 : 1, pushing: { _ in record?.push(on: thread) }, reading: read)
    }

    private func resume<Yielded>(count arguments: Int, pushing push: (LuaState) throws -> Void, reading read: (LuaStackValues) throws -> Yielded)
        throws -> Step<Yielded>
    {
        // The weak reference is read once per resume: each read is costly, and a turn is short.
        guard let state else { throw LuaError(.value, "the coroutine's Lua state has been closed") }
        let current = status(in: state)
        guard current == .suspended else {
            throw LuaError(.runtime, "cannot resume a \(current) coroutine")
        }
        guard lua_checkstack(thread, Int32(arguments + 4)) != 0 else {
            throw LuaError(.value, "too many values to resume with (\(arguments))")
        }
        try push(state)
        var count: Int32 = 0
        let outcome = circle_resume(state.L, thread, Int32(arguments), &count)
        guard outcome == LUA_OK || outcome == LUA_YIELD else { throw state.failure(on: thread) }
        let first = lua_gettop(thread) - count + 1
        defer { circle_pop(thread, count) }
        if outcome == LUA_YIELD {
            return .yielded(try read(LuaStackValues(state: state, thread: thread, first: first, count: Int(count))))
        }
        return .returned(try state.onThread(thread) { try state.values(from: first, to: lua_gettop(thread)) })
    }
}

extension LuaCoroutine.Step: Equatable where Yielded: Equatable {}

extension LuaState {
    /// A new coroutine that will run `function`.
    public func coroutine(_ function: LuaFunction) throws -> LuaCoroutine {
        try LuaCoroutine(state: self, function: function)
    }

    /// Runs body with `thread` as the thread Swift works on.
    func onThread<T>(_ thread: OpaquePointer, _ body: () throws -> T) rethrows -> T {
        let previous = L
        L = thread
        defer { L = previous }
        return try body()
    }
}
