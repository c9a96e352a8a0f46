import Foundation
import Yams

extension Organisation {
    /// The configuration folders' organisation files, first match wins (see ``Organisation``).
    public static func configuredPaths(environment: [String: String]) -> [String] {
        let user = UserDirectories(environment: environment)
        return ([user.configHome] + user.configDirectories).map { $0 + "/circle/organisation.yaml" }
    }

    /// The organisation file named `explicitly` or by `$CIRCLE_ORGANISATION` (which must exist),
    /// else the first of ``configuredPaths(environment:)`` that exists; nil when there is none.
    public static func find(explicitly: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment)
        throws -> Organisation?
    {
        if let explicitly { return try load(path: explicitly) }
        let named = environment["CIRCLE_ORGANISATION"].flatMap { $0.isEmpty ? nil : $0 }
        if let named { return try load(path: named) }
        for path in configuredPaths(environment: environment) where FileManager.default.fileExists(atPath: path) {
            return try load(path: path)
        }
        return nil
    }

    /// Reads the organisation file at `path`.
    public static func load(path: String) throws -> Organisation {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CircleError(.files, "\(path): cannot read the organisation file (see examples/organisation.yaml for one filled in)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CircleError(.input, "\(path): the organisation file is not UTF-8 text")
        }
        return try parse(text, path: path)
    }

    /// Reads an organisation file's text; `path` names it in messages.
    public static func parse(_ text: String, path: String) throws -> Organisation {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw CircleError(.input, "\(path): not valid YAML: \(error)")
        }
        let reader = Reader(path: path)
        guard let root, let top = root.mapping else { throw reader.fail(root, "the file should be a mapping with at least `name:`") }
        try reader.only(["name", "support", "teams"], in: top)
        guard let name = try reader.text(top["name"], "name"), !name.isEmpty else {
            throw reader.fail(root, "`name:` is missing: give the organisation's name, e.g. name: Northshire Children's Services")
        }
        var organisation = Organisation(name: name, path: path)
        if let node = top["support"] {
            guard let support = node.mapping else { throw reader.fail(node, "`support:` should be a mapping (employee_assistance:, occupational_health:, …)") }
            try reader.only(["employee_assistance", "occupational_health", "wellbeing_champions", "safeguarding_lead", "other"], in: support)
            organisation.support = Support(
                employeeAssistance: try reader.text(support["employee_assistance"], "employee_assistance"),
                occupationalHealth: try reader.text(support["occupational_health"], "occupational_health"),
                wellbeingChampions: try reader.texts(support["wellbeing_champions"], "wellbeing_champions"),
                safeguardingLead: try reader.text(support["safeguarding_lead"], "safeguarding_lead"),
                other: try reader.texts(support["other"], "other"))
        }
        if let node = top["teams"] {
            guard let teams = node.sequence else { throw reader.fail(node, "`teams:` should be a list of `- code: CFS-EAST` entries") }
            for entry in teams {
                let team = try reader.team(entry)
                if organisation.team(team.code) != nil { throw reader.fail(entry, "team \(team.code) is listed twice") }
                organisation.teams.append(team)
            }
        }
        return organisation
    }

    /// Reads nodes, naming the file and line of anything wrong.
    private struct Reader {
        let path: String

        func fail(_ node: Node?, _ message: String) -> CircleError {
            let line = node?.mark.map { ":\($0.line)" } ?? ""
            return CircleError(.input, "\(path)\(line): \(message)")
        }

        func only(_ keys: [String], in mapping: Node.Mapping) throws {
            for (key, _) in mapping {
                guard let word = key.string, keys.contains(word) else {
                    let close = key.string.flatMap { Suggestions.closest(to: $0, among: keys) }
                    throw fail(key, "unknown key `\(key.string ?? "?")`" + (close.map { "; did you mean `\($0)`?" } ?? "; the keys are \(keys.joined(separator: ", "))"))
                }
            }
        }

        func text(_ node: Node?, _ key: String) throws -> String? {
            guard let node else { return nil }
            guard let scalar = node.scalar else { throw fail(node, "`\(key):` should be text") }
            let value = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
            guard value.count <= 500 else { throw fail(node, "`\(key):` has \(value.count) characters; keep it under 500") }
            guard !value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\n" }) else {
                throw fail(node, "`\(key):` holds a control character")
            }
            return value.isEmpty ? nil : value
        }

        func texts(_ node: Node?, _ key: String) throws -> [String] {
            guard let node else { return [] }
            if node.scalar != nil { return try text(node, key).map { [$0] } ?? [] }
            guard let list = node.sequence else { throw fail(node, "`\(key):` should be text or a list of texts") }
            return try list.compactMap { try text($0, key) }
        }

        func team(_ node: Node) throws -> Team {
            if node.scalar != nil { return Team(code: try code(node)) }
            guard let mapping = node.mapping else { throw fail(node, "a team should be `- code: CFS-EAST` (with `service:` if it has one)") }
            try only(["code", "service"], in: mapping)
            guard let codeNode = mapping["code"] else { throw fail(node, "a team needs `code:`, e.g. code: CFS-EAST") }
            return Team(code: try code(codeNode), service: try text(mapping["service"], "service"))
        }

        func code(_ node: Node) throws -> TeamCode {
            let value = node.scalar?.string ?? ""
            guard let code = TeamCode(rawValue: value) else { throw fail(node, TeamCode.refusal(of: value)) }
            return code
        }
    }
}
