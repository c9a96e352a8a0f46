import CLuaShim

/// A table with fixed string keys, built in Swift and pushed field by field: for a value made
/// again and again (a session's answer at every turn), where a `LuaTable` would build a
/// dictionary and copy every string twice. Its strings are copied once, into Lua.
public struct LuaRecord {
    /// A field's value.
    public enum Field {
        case boolean(Bool)
        case integer(Int64)
        case number(Double)
        case string(String)
        /// A sequence of strings (`{ "a", "b" }`).
        case strings([String])
    }

    private var fields: [(key: StaticString, value: Field)] = []

    public init() {
        fields.reserveCapacity(3)
    }

    /// Sets the field `key` (set twice, the later value wins, as in Lua).
    public mutating func set(_ key: StaticString, _ value: Field) {
        fields.append((key, value))
    }

    /// Pushes the table; the stack needs room for 4 more values.
    func push(on L: OpaquePointer) {
        lua_createtable(L, 0, Int32(clamping: fields.count))
        for (key, value) in fields {
            key.withUTF8Buffer { name in
                name.withMemoryRebound(to: CChar.self) { _ = lua_pushlstring(L, $0.baseAddress, $0.count) }
            }
            switch value {
            case .boolean(let b): lua_pushboolean(L, b ? 1 : 0)
            case .integer(let i): lua_pushinteger(L, lua_Integer(i))
            case .number(let d): lua_pushnumber(L, d)
            case .string(let s): Self.push(s, on: L)
            case .strings(let strings):
                lua_createtable(L, Int32(clamping: strings.count), 0)
                for (offset, s) in strings.enumerated() {
                    Self.push(s, on: L)
                    lua_rawseti(L, -2, lua_Integer(offset + 1))
                }
            }
            lua_rawset(L, -3)
        }
    }

    private static func push(_ string: String, on L: OpaquePointer) {
        var string = string
        string.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { _ = lua_pushlstring(L, $0.baseAddress, $0.count) }
        }
    }
}
