import Foundation
import LuaKit
import Yams

/// Case material loaded with `--scenario`: a YAML file given to the format as `s.scenario`.
enum Scenario {
    static func load(_ path: String) throws -> LuaValue {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw CircleError(.scenario, "\(path): cannot read the scenario file")
        }
        let node: Node?
        do { node = try Yams.compose(yaml: text) } catch {
            throw CircleError(.scenario, "\(path): not valid YAML (\(error))")
        }
        guard let node, case .mapping = node else {
            throw CircleError(.scenario, "\(path): a scenario must be a YAML mapping (title:, people:, story: …)")
        }
        return value(node)
    }

    /// YAML as Lua: mappings and sequences become tables, scalars keep integers,
    /// floats and booleans when YAML says so, and text otherwise.
    static func value(_ node: Node) -> LuaValue {
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain {
                if let i = Int64(scalar.string) { return .integer(i) }
                if let b = Bool(scalar.string.lowercased()), ["true", "false"].contains(scalar.string.lowercased()) { return .boolean(b) }
                if let d = Double(scalar.string), scalar.string.contains(".") { return .number(d) }
            }
            return .string(LuaString(scalar.string))
        case .sequence(let sequence):
            return .table(LuaTable(array: sequence.map(value)))
        case .mapping(let mapping):
            var table = LuaTable()
            for (key, element) in mapping { table[value(key)] = value(element) }
            return .table(table)
        case .alias:
            return .nil
        }
    }
}
