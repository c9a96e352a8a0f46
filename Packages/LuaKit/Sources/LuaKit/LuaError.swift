/// An error from Lua, or from moving a value between Lua and Swift.
///
/// `message` reads as Lua writes it, `file.lua:12: what went wrong`; `traceback`
/// holds the stack at the point of failure for logs and authors.
public struct LuaError: Error, CustomStringConvertible, Equatable {
    /// What kind of failure this is.
    public enum Kind: Equatable, Sendable {
        /// The source did not compile.
        case syntax
        /// The script raised an error, or misused a value.
        case runtime
        /// The script reached for something the sandbox does not allow.
        case sandbox
        /// The script was stopped by one of its limits.
        case limit(Limit)
        /// A value could not cross between Lua and Swift (a cycle, too deep, too large).
        case value
    }

    /// The limit that stopped a script.
    public enum Limit: Equatable, Sendable {
        /// The turn's work: its instruction budget (which library calls are charged to
        /// by the size of what they do) or its CPU time (`LuaConfiguration.cpuTimeLimit`).
        case instructions
        /// The memory cap.
        case memory
        /// The Lua stack or the depth of nested C calls.
        case stack
    }

    public let kind: Kind
    public let message: String
    public let traceback: String

    public init(_ kind: Kind, _ message: String, traceback: String = "") {
        self.kind = kind
        self.message = message
        self.traceback = traceback
    }

    public var description: String { message }

    /// The chunk name and line the message starts with (`file.lua:12:`), if any.
    public var location: (file: String, line: Int)? {
        var rest = Substring(message)
        while let colon = rest.firstIndex(of: ":") {
            let file = message[message.startIndex..<colon]
            let afterColon = rest[rest.index(after: colon)...]
            let digits = afterColon.prefix(while: \.isNumber)
            if !digits.isEmpty, afterColon.dropFirst(digits.count).first == ":", let line = Int(digits) {
                return (String(file), line)
            }
            rest = afterColon
        }
        return nil
    }
}

/// Thrown by a Swift function registered in Lua to refuse something on the sandbox's
/// behalf; the script sees it as a sandbox error at the line that called the function.
public struct LuaSandboxRefusal: Error, CustomStringConvertible {
    public let description: String
    public init(_ message: String) { self.description = message }
}
