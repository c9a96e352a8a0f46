import Foundation
import LuaKit

/// A format file loaded into a fresh sandboxed state, ready to start a session.
///
/// Each session gets its own state: nothing one session does can reach another.
final class LoadedFormat {
    let lua: LuaState
    let definition: FormatDefinition
    /// The format's table (metadata and `run`), passed back to the host prelude.
    let table: LuaValue
    /// The prelude's entry point: `start(fmt, participants, scenario, team)`.
    let start: LuaFunction
    let sourceText: String

    /// `metadataOnly` loads it under the tight budget of `HostLimits` for listing a library.
    init(path: String, library: String?, seed: Int64, metadataOnly: Bool = false) throws {
        let name = (path as NSString).lastPathComponent
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw CircleError(.format, "\(path): cannot read the format file (missing, unreadable, or not UTF-8 text)")
        }
        sourceText = text
        var configuration = LuaConfiguration(randomSeed: seed)
        if metadataOnly {
            configuration.instructionBudget = HostLimits.metadataInstructions
            configuration.memoryLimit = HostLimits.metadataMemory
        }
        if let library, FileManager.default.fileExists(atPath: library) { configuration.modulePaths = [library] }
        lua = try LuaState(configuration)
        let prelude = try lua.call(lua.load(HostPrelude.source, chunkName: HostPrelude.chunkName), [HostLimits.luaTable])
        guard case .function(let start) = prelude.first, prelude.count == 2 else {
            throw CircleError(.format, "internal: the host prelude did not load")
        }
        self.start = start
        try lua.setGlobal("format", prelude[1])
        let returned: [LuaValue]
        do {
            returned = try lua.call(lua.load(text, chunkName: name))
        } catch let error as LuaError {
            throw CircleError.format(Self.located(error.cleaned, name: name, source: text), path: path)
        }
        guard returned.count == 1, case .table(let table) = returned[0], case .function = table["run"] else {
            throw CircleError(
                .format, "\(name): the file must end with `return format { ... }` (it returned \(returned.map(\.typeName).joined(separator: ", ").nonEmpty ?? "nothing"))")
        }
        self.table = returned[0]
        definition = try FormatDefinition(table: table, file: path)
    }
}

extension LoadedFormat {
    /// `return format { ... }` is a tail call, so Lua cannot say where a metadata
    /// error is; point at the line where the format table starts.
    static func located(_ error: LuaError, name: String, source: String) -> LuaError {
        guard error.location == nil, error.message.hasPrefix("format") else { return error }
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        guard let index = lines.firstIndex(where: { $0.range(of: #"\bformat\s*[{(]"#, options: .regularExpression) != nil })
        else { return error }
        return LuaError(error.kind, "\(name):\(index + 1): \(error.message)", traceback: error.traceback)
    }
}

extension LuaError {
    /// The error with its message fit for a terminal: no control characters, at most a few KB.
    var cleaned: LuaError {
        let shown = message.utf8.count > 4096 ? String(message.prefix(4000)) + "… (\(message.utf8.count) bytes)" : message
        return LuaError(kind, FormatText.clean(shown), traceback: traceback)
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
