import Foundation

/// `require` for scripts: modules by dotted name from the configured directories,
/// loaded as text into their own sandbox environment, each run once.
extension LuaState {
    /// The Lua half keeps the cache and calls the chunk, so a module's own code runs
    /// as ordinary Lua under the same limits as its caller.
    private static let requireSource = """
        local find = ...
        local loaded, loading = {}, {}
        return function(name)
          local value = loaded[name]
          if value ~= nil then return value end
          if loading[name] then error("require: module '" .. tostring(name) .. "' requires itself (a loop)", 2) end
          local chunk = find(name)
          loading[name] = true
          value = chunk(name)
          loading[name] = nil
          if value == nil then value = true end
          loaded[name] = value
          return value
        end
        """

    func installRequire() throws {
        let finder = function(named: "require") { [unowned self] arguments in
            let name = try arguments.string(1)
            return [.function(try self.loadModule(named: name))]
        }
        let make = try load(Self.requireSource, chunkName: "=[require]")
        let require = try call(make, [.function(finder)])
        try setGlobal("require", require.first ?? .nil)
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
            return try loadFile(candidate)
        }
        throw LuaArgumentError(
            "require: module '\(name)' not found (looked for \(relative) in \(configuration.modulePaths.joined(separator: ", ")))")
    }
}
