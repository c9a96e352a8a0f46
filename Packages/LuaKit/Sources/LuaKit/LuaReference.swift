import CLuaShim

/// A Lua object that stays in Lua (a function, coroutine or userdata), held from
/// Swift through the registry. Two references are equal when they name the same object.
public class LuaReference: Hashable {
    weak var state: LuaState?
    let ref: Int32
    let identity: UnsafeRawPointer?

    /// References the value at `index` of the state's current thread.
    init(state: LuaState, at index: Int32) {
        self.state = state
        identity = lua_topointer(state.L, index)
        lua_pushvalue(state.L, index)
        ref = luaL_ref(state.L, circle_registryindex())
    }

    /// References, and pops, the value on top of `thread`.
    init(state: LuaState, popping thread: OpaquePointer) {
        self.state = state
        identity = lua_topointer(thread, -1)
        ref = luaL_ref(thread, circle_registryindex())
    }

    deinit {
        if let state { luaL_unref(state.L, circle_registryindex(), ref) }
    }

    public static func == (lhs: LuaReference, rhs: LuaReference) -> Bool {
        lhs.identity == rhs.identity && lhs.state === rhs.state
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(identity) }
}

/// A Lua function (written in Lua, or a Swift closure registered with `LuaState.function`).
public final class LuaFunction: LuaReference {
    /// Calls the function in its state; see `LuaState.call`.
    @discardableResult
    public func call(_ arguments: [LuaValue] = []) throws -> [LuaValue] {
        guard let state else { throw LuaError(.value, "the function's Lua state has been closed") }
        return try state.call(self, arguments)
    }
}
