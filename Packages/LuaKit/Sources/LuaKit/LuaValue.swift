/// A Lua value seen from Swift.
///
/// Integers and floats stay distinct, as in Lua 5.4. Strings are bytes (Lua strings
/// may hold any byte, including zero); tables are copied into Swift as `LuaTable`
/// values; functions, coroutines and userdata stay in Lua and are held by reference.
public enum LuaValue: Hashable {
    case `nil`
    case boolean(Bool)
    case integer(Int64)
    case number(Double)
    case string(LuaString)
    case table(LuaTable)
    case function(LuaFunction)
    case thread(LuaCoroutine)
    case userdata(LuaReference)

    /// The Lua type name, as `type()` would say it.
    public var typeName: String {
        switch self {
        case .nil: "nil"
        case .boolean: "boolean"
        case .integer, .number: "number"
        case .string: "string"
        case .table: "table"
        case .function: "function"
        case .thread: "thread"
        case .userdata: "userdata"
        }
    }

    /// The text of a string value, if it is valid UTF-8.
    public var stringValue: String? {
        if case .string(let s) = self { return s.text }
        return nil
    }

    /// An integer, or a float with an exact integer value, as Lua converts them.
    public var integerValue: Int64? {
        switch self {
        case .integer(let i): return i
        case .number(let d):
            guard d.rounded() == d, d >= -9.2233720368547758e18, d < 9.2233720368547758e18 else { return nil }
            return Int64(d)
        default: return nil
        }
    }

    /// Any number as a Double.
    public var numberValue: Double? {
        switch self {
        case .integer(let i): Double(i)
        case .number(let d): d
        default: nil
        }
    }

    public var tableValue: LuaTable? {
        if case .table(let t) = self { return t }
        return nil
    }
}

extension LuaValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    public init(nilLiteral: ()) { self = .nil }
    public init(booleanLiteral value: Bool) { self = .boolean(value) }
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(stringLiteral value: String) { self = .string(LuaString(value)) }
    public init(arrayLiteral elements: LuaValue...) { self = .table(LuaTable(array: elements)) }
    public init(dictionaryLiteral elements: (LuaValue, LuaValue)...) {
        var table = LuaTable()
        for (key, value) in elements { table[key] = value }
        self = .table(table)
    }
}

extension LuaValue: CustomStringConvertible {
    public var description: String {
        switch self {
        case .nil: "nil"
        case .boolean(let b): String(b)
        case .integer(let i): String(i)
        case .number(let d): String(d)
        case .string(let s): String(reflecting: s.description)
        case .table(let t): t.description
        case .function: "function"
        case .thread: "thread"
        case .userdata: "userdata"
        }
    }
}

/// A Lua string: a sequence of bytes, usually but not necessarily UTF-8.
public struct LuaString: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public var bytes: [UInt8]

    public init(bytes: [UInt8]) { self.bytes = bytes }
    public init(_ text: String) { self.bytes = Array(text.utf8) }
    public init(stringLiteral value: String) { self.init(value) }

    /// The bytes decoded as UTF-8, or nil if they are not valid UTF-8.
    public var text: String? { String(validating: bytes, as: UTF8.self) }

    /// The bytes as text, with invalid sequences replaced (for messages).
    public var description: String { String(decoding: bytes, as: UTF8.self) }
}

/// A Lua table copied into Swift: the sequence 1...n in `array`, every other key in `map`.
public struct LuaTable: Hashable, CustomStringConvertible {
    public var array: [LuaValue]
    public var map: [LuaValue: LuaValue]

    public init(array: [LuaValue] = [], map: [LuaValue: LuaValue] = [:]) {
        self.array = array
        self.map = map
    }

    /// Lua indexing: integer keys 1...array.count read the array part.
    public subscript(key: LuaValue) -> LuaValue {
        get {
            if let i = key.integerValue, i >= 1, i <= array.count { return array[Int(i) - 1] }
            return map[Self.normalised(key)] ?? .nil
        }
        set {
            if let i = key.integerValue, i >= 1, i <= array.count {
                if newValue == .nil, i == array.count { array.removeLast() } else { array[Int(i) - 1] = newValue }
                return
            }
            let key = Self.normalised(key)
            if newValue == .nil { map[key] = nil; return }
            if let i = key.integerValue, i == array.count + 1 {
                array.append(newValue)
                while let next = map.removeValue(forKey: .integer(Int64(array.count + 1))) { array.append(next) }
            } else {
                map[key] = newValue
            }
        }
    }

    public subscript(field: String) -> LuaValue {
        get { self[.string(LuaString(field))] }
        set { self[.string(LuaString(field))] = newValue }
    }

    /// Number of entries in both parts.
    public var count: Int { array.count + map.count }

    /// Float keys with an integral value are the same key as the integer, as in Lua.
    static func normalised(_ key: LuaValue) -> LuaValue {
        if case .number = key, let i = key.integerValue { return .integer(i) }
        return key
    }

    public var description: String {
        var parts = array.map(\.description)
        parts += map.map { "[\($0.key)] = \($0.value)" }.sorted()
        return "{" + parts.joined(separator: ", ") + "}"
    }
}
