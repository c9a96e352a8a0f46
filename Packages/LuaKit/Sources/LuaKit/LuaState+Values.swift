import CLuaShim

/// Moving values between Swift and the Lua stack. Only raw operations are used, so
/// no metamethod (script code) can run, and no error can be raised, outside a
/// protected call.
extension LuaState {
    /// Deepest table nesting that crosses into Swift.
    static let maxDepth = 100
    /// Most values (table entries counted one by one) one conversion may produce.
    static let maxValues = 1_000_000

    func push(_ value: LuaValue) throws {
        switch value {
        case .nil: lua_pushnil(L)
        case .boolean(let b): lua_pushboolean(L, b ? 1 : 0)
        case .integer(let i): lua_pushinteger(L, lua_Integer(i))
        case .number(let d): lua_pushnumber(L, d)
        case .string(let s):
            s.bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { _ = lua_pushlstring(L, $0.baseAddress, $0.count) }
            }
        case .table(let table): try push(table)
        case .function(let reference as LuaReference), .thread(let reference as LuaReference),
            .userdata(let reference):
            guard reference.state === self else {
                throw LuaError(.value, "a \(value.typeName) from another Lua state cannot be used here")
            }
            lua_rawgeti(L, circle_registryindex(), lua_Integer(reference.ref))
        }
    }

    private func push(_ table: LuaTable) throws {
        try ensureStack(3)
        lua_createtable(L, Int32(clamping: table.array.count), Int32(clamping: table.map.count))
        for (offset, element) in table.array.enumerated() {
            try push(element)
            lua_rawseti(L, -2, lua_Integer(offset + 1))
        }
        for (key, element) in table.map {
            if key == .nil { throw LuaError(.value, "a table key cannot be nil") }
            if case .number(let d) = key, d.isNaN { throw LuaError(.value, "a table key cannot be NaN") }
            try push(key)
            try push(element)
            lua_rawset(L, -3)
        }
    }

    /// The values at stack indices first...last of the current thread.
    func values(from first: Int32, to last: Int32) throws -> [LuaValue] {
        guard first <= last else { return [] }
        var budget = Self.maxValues
        return try (first...last).map { try value(at: $0, budget: &budget) }
    }

    func value(at index: Int32, budget: inout Int) throws -> LuaValue {
        var path: [UnsafeRawPointer] = []
        return try value(at: lua_absindex(L, index), path: &path, budget: &budget)
    }

    private func value(at index: Int32, path: inout [UnsafeRawPointer], budget: inout Int) throws -> LuaValue {
        budget -= 1
        guard budget >= 0 else {
            throw LuaError(.value, "the value is too large to pass to the host (more than \(Self.maxValues) parts)")
        }
        switch lua_type(L, index) {
        case LUA_TNIL, LUA_TNONE: return .nil
        case LUA_TBOOLEAN: return .boolean(lua_toboolean(L, index) != 0)
        case LUA_TNUMBER:
            if lua_isinteger(L, index) != 0 { return .integer(Int64(circle_tointeger(L, index))) }
            return .number(circle_tonumber(L, index))
        case LUA_TSTRING:
            var length = 0
            let chars = lua_tolstring(L, index, &length)!
            return .string(LuaString(bytes: Array(UnsafeRawBufferPointer(start: chars, count: length))))
        case LUA_TTABLE: return try table(at: index, path: &path, budget: &budget)
        case LUA_TFUNCTION: return .function(LuaFunction(state: self, at: index))
        case LUA_TTHREAD: return .thread(LuaCoroutine(state: self, at: index))
        default: return .userdata(LuaReference(state: self, at: index))
        }
    }

    private func table(at index: Int32, path: inout [UnsafeRawPointer], budget: inout Int) throws -> LuaValue {
        let identity = lua_topointer(L, index)!
        if path.contains(identity) {
            throw LuaError(.value, "the table refers to itself (a cycle), so it cannot be passed to the host")
        }
        guard path.count < Self.maxDepth else {
            throw LuaError(.value, "the table is nested more than \(Self.maxDepth) levels deep")
        }
        try ensureStack(4)
        path.append(identity)
        defer { path.removeLast() }
        var entries: [(LuaValue, LuaValue)] = []
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        lua_pushnil(L)
        while lua_next(L, index) != 0 {
            let key = try value(at: -2, path: &path, budget: &budget)
            let element = try value(at: lua_gettop(L), path: &path, budget: &budget)
            entries.append((key, element))
            circle_pop(L, 1)
        }
        var table = LuaTable()
        var integerKeyed: [Int64: LuaValue] = [:]
        for (key, element) in entries {
            if case .integer(let i) = key { integerKeyed[i] = element } else { table.map[key] = element }
        }
        var next: Int64 = 1
        while let element = integerKeyed.removeValue(forKey: next) {
            table.array.append(element)
            next += 1
        }
        for (key, element) in integerKeyed { table.map[.integer(key)] = element }
        return .table(table)
    }
}
