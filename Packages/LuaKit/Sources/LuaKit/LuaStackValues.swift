import CLuaShim

/// The values one resume of a coroutine yielded, read where they lie on the coroutine's
/// stack instead of being copied into Swift. Valid only inside the closure it is given to.
public struct LuaStackValues {
    let state: LuaState
    let thread: OpaquePointer
    /// Stack index of the first value.
    let first: Int32
    /// How many values were yielded.
    public let count: Int

    /// The n-th value (1-based, as in Lua), if it is a table, to read field by field.
    public func table(_ n: Int) -> LuaTableFields? {
        guard n >= 1, n <= count else { return nil }
        let index = first + Int32(n - 1)
        guard lua_type(thread, index) == LUA_TTABLE, lua_checkstack(thread, 4) != 0 else { return nil }
        return LuaTableFields(thread: thread, index: index)
    }

    /// Every value copied into Swift, for messages and for callers that want them all.
    public func values() throws -> [LuaValue] {
        try state.onThread(thread) { try state.values(from: first, to: first + Int32(count) - 1) }
    }

    /// Where the coroutine yielded, as Lua's messages name a place (`file.lua:12`): the
    /// innermost Lua function on its stack, passing over C functions (`coroutine.yield`) and
    /// functions of the chunk `skipped` (its `chunkName` given to `load`, e.g. a host prelude's); nil
    /// if there is no such function.
    public func location(skipping skipped: String? = nil) -> String? {
        var record = lua_Debug()
        var level: Int32 = 0
        while lua_getstack(thread, level, &record) != 0 {
            level += 1
            guard lua_getinfo(thread, "Sl", &record) != 0, record.currentline > 0 else { continue }
            if let skipped, let source = record.source, String(cString: source) == "@" + skipped { continue }  // as `load` names chunks
            let name = withUnsafeBytes(of: record.short_src) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
            return "\(name):\(record.currentline)"
        }
        return nil
    }
}
