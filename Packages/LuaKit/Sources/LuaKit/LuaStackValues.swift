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

/// A table on a Lua stack, read one field at a time. Access is raw, so no metamethod
/// (no script code) runs, and nothing is copied but the fields asked for.
public struct LuaTableFields {
    let thread: OpaquePointer
    let index: Int32

    /// The field's text, if it is a string holding valid UTF-8 (numbers are not converted).
    public func string(_ field: String) -> String? {
        read(field) { type in type == LUA_TSTRING ? text(at: -1) : nil }
    }

    /// Hands the field's bytes to `body` if it is a string (any bytes, valid only inside
    /// `body`), so a caller that has seen the same text before need not copy it again.
    public func bytes<T>(_ field: String, _ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T? {
        try read(field) { type in
            guard type == LUA_TSTRING else { return nil }
            var length = 0
            guard let chars = lua_tolstring(thread, -1, &length) else { return nil }
            return try body(UnsafeRawBufferPointer(start: chars, count: length))
        }
    }

    /// The field as a Double, if it is a number (integer or float).
    public func number(_ field: String) -> Double? {
        read(field) { type in
            guard type == LUA_TNUMBER else { return nil }
            return lua_isinteger(thread, -1) != 0 ? Double(circle_tointeger(thread, -1)) : circle_tonumber(thread, -1)
        }
    }

    /// The field, if it is a boolean.
    public func boolean(_ field: String) -> Bool? {
        read(field) { type in type == LUA_TBOOLEAN ? lua_toboolean(thread, -1) != 0 : nil }
    }

    /// The strings of the field's sequence (`t[1]`, `t[2]`, … up to the first nil), if
    /// the field is a table; elements that are not UTF-8 strings are left out.
    public func strings(_ field: String) -> [String]? {
        read(field) { type in
            guard type == LUA_TTABLE else { return nil }
            var strings: [String] = []
            var n: lua_Integer = 1
            while lua_rawgeti(thread, -1, n) != LUA_TNIL {
                if lua_type(thread, -1) == LUA_TSTRING, let text = text(at: -1) { strings.append(text) }
                circle_pop(thread, 1)
                n += 1
            }
            circle_pop(thread, 1)
            return strings
        }
    }

    /// Pushes t[field] (raw), hands its type to body, and pops it.
    private func read<T>(_ field: String, _ body: (Int32) throws -> T) rethrows -> T {
        var name = field
        let type = name.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { _ = lua_pushlstring(thread, $0.baseAddress, $0.count) }
            return lua_rawget(thread, index)
        }
        defer { circle_pop(thread, 1) }
        return try body(type)
    }

    private func text(at index: Int32) -> String? {
        var length = 0
        guard let chars = lua_tolstring(thread, index, &length) else { return nil }
        return String(validating: UnsafeRawBufferPointer(start: chars, count: length), as: UTF8.self)
    }
}
