import LuaKit

/// An error Circle reports to a person: one clear message naming the file and what to fix.
public struct CircleError: Error, CustomStringConvertible, Equatable {
    public let description: String

    public init(_ message: String) { description = message }

    /// A Lua error from a format, with its kind in words.
    static func format(_ error: LuaError, path: String) -> CircleError {
        let kind: String
        switch error.kind {
        case .syntax: kind = "syntax error"
        case .sandbox: kind = "not allowed in a format"
        case .limit(.instructions): kind = "stopped: too much work in one turn"
        case .limit(.memory): kind = "stopped: out of memory"
        case .limit(.stack): kind = "stopped: recursion too deep"
        case .runtime, .value: kind = "error"
        }
        return CircleError("\(error.message) (\(kind) in \(path))")
    }
}
