/// `circle new ID`: a commented format an author can edit into their own.
public enum Scaffold {
    public static func format(id: String) throws -> String {
        if let problem = FormatID.problem(with: id) {
            throw CircleError(.format, "'\(id)' is not a format id: \(problem), e.g. circle new team-check-in")
        }
        let title = id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        // The template is Formats/new_format.lua; {{ID}}, {{TITLE}} and {{FILE}} mark what changes.
        return String(decoding: PackageResources.new_format_lua, as: UTF8.self)
            .replacingOccurrences(of: "{{ID}}", with: id).replacingOccurrences(of: "{{TITLE}}", with: title)
            .replacingOccurrences(of: "{{FILE}}", with: id.replacingOccurrences(of: "-", with: "_"))
    }
}
