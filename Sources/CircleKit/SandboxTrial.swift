import LuaKit

/// Runs an author's Lua file in the same sandbox session formats run in, and
/// describes what happened, so an author can try an idea before writing a format.
public struct SandboxTrial {
    /// What the run produced: lines to show, and whether it failed.
    public struct Outcome {
        public let lines: [String]
        public let failed: Bool
    }

    public let libraryPath: String?

    public init(libraryPath: String? = nil) {
        self.libraryPath = libraryPath
    }

    public func run(file: String) -> Outcome {
        do {
            let lua = try LuaState(LuaConfiguration(modulePaths: libraryPath.map { [$0] } ?? []))
            let results = try lua.call(lua.loadFile(file))
            let shown = results.map(Self.render)
            return Outcome(lines: shown.isEmpty ? ["(the script returned nothing)"] : shown, failed: false)
        } catch let error as LuaError {
            return Outcome(lines: ["\(Self.label(error.kind)): \(error.message)"], failed: true)
        } catch {
            return Outcome(lines: ["error: \(error)"], failed: true)
        }
    }

    static func label(_ kind: LuaError.Kind) -> String {
        switch kind {
        case .syntax: "syntax error"
        case .runtime: "error"
        case .sandbox: "refused by the sandbox"
        case .limit(.instructions): "stopped (instruction budget)"
        case .limit(.memory): "stopped (memory limit)"
        case .limit(.stack): "stopped (too deep)"
        case .value: "cannot show the result"
        }
    }

    /// Strings plainly, tables one entry per line in order, anything else as Lua would print it.
    static func render(_ value: LuaValue) -> String {
        switch value {
        case .string(let s): return s.description
        case .table(let t) where t.map.isEmpty: return t.array.map(render).joined(separator: "\n")
        default: return value.description
        }
    }
}
