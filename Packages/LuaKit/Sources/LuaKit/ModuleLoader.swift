import CLuaShim
import Foundation

/// `require` for scripts: modules by dotted name from the configured directories,
/// loaded as text into their own sandbox environment, each run once and cached.
extension LuaState {
    /// The C half of `require` keeps the cache and runs the chunk; this finds,
    /// checks and compiles it.
    func installRequire() throws {
        let finder = function(named: "require") { [unowned self] arguments in
            let name = try arguments.string(1)
            return [.function(try self.loadModule(named: name))]
        }
        try ensureStack(2)
        try push(.function(finder))
        circle_push_require(L)
        circle_set_safe_global(L, "require")
    }

    private func loadModule(named name: String) throws -> LuaFunction {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        let valid = !parts.isEmpty && parts.allSatisfy { part in
            guard let first = part.first, !first.isNumber else { return false }
            return part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        }
        guard valid else {
            throw LuaSandboxRefusal(
                "require: '\(name)' is not a module name; name a module in the library with dots, e.g. require(\"text.trim\")")
        }
        let relative = parts.joined(separator: "/") + ".lua"
        for directory in configuration.modulePaths {
            let candidate = (directory as NSString).appendingPathComponent(relative)
            guard FileManager.default.fileExists(atPath: candidate) else { continue }
            let root = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
            let real = URL(fileURLWithPath: candidate).resolvingSymlinksInPath().path
            guard real.hasPrefix(root + "/") else {
                throw LuaSandboxRefusal("require: '\(name)' leads outside the module directory \(directory)")
            }
            let shown = (URL(fileURLWithPath: directory).lastPathComponent as NSString).appendingPathComponent(relative)
            return try loadFile(candidate, chunkName: shown)
        }
        throw LuaArgumentError(
            "require: module '\(name)' not found (looked for \(relative) in \(configuration.modulePaths.joined(separator: ", ")))")
    }
}
