import Foundation
import LuaKit

/// The themes facilitators tag and middle leaders compile.
///
/// The codebook is data: a Lua file (`Scripts/themes.lua`) that returns a list of themes, run in
/// the same sandbox as session formats (no files, no clock, limits on memory and work). Each theme
/// has an id (what `#workload` and `s:theme("workload")` name), a label, a group, a one-line
/// description quoting its source, the source itself, and keywords that suggest it.
public struct Codebook: Sendable {
    public struct Theme: Sendable, Equatable {
        public let id: ThemeID
        public let label, group, description, source: String
        /// Lower-case words or short phrases that suggest the theme when they occur as whole words.
        public let keywords: [String]

        public init(id: ThemeID, label: String, group: String, description: String, source: String, keywords: [String]) {
            self.id = id
            self.label = label
            self.group = group
            self.description = description
            self.source = source
            self.keywords = keywords
        }
    }

    /// The themes, in file order.
    public let themes: [Theme]
    /// Theme id → position in `themes`.
    private let index: [ThemeID: Int]
    /// For each theme, its keywords as word sequences.
    private let matchers: [[[String]]]

    public init(themes: [Theme]) {
        self.themes = themes
        var index: [ThemeID: Int] = [:]
        for (i, theme) in themes.enumerated() where index[theme.id] == nil { index[theme.id] = i }
        self.index = index
        matchers = themes.map { theme in theme.keywords.map(Self.words).filter { !$0.isEmpty } }
    }

    /// The theme with this id, if the codebook has it.
    public func theme(_ id: ThemeID) -> Theme? {
        index[id].map { themes[$0] }
    }

    /// The ids of the themes whose keywords occur in `text` as whole words or phrases, in codebook
    /// order. Matching ignores case and punctuation between words ("self care" matches "self-care").
    /// These are suggestions: the facilitator confirms them.
    public func suggest(_ text: String) -> [ThemeID] {
        let tokens = Self.words(text)
        guard !tokens.isEmpty else { return [] }
        var positions: [String: [Int]] = [:]
        for (i, token) in tokens.enumerated() { positions[token, default: []].append(i) }
        func occurs(_ phrase: [String]) -> Bool {
            guard let starts = positions[phrase[0]] else { return false }
            return starts.contains { start in
                start + phrase.count <= tokens.count && (1..<phrase.count).allSatisfy { tokens[start + $0] == phrase[$0] }
            }
        }
        return themes.indices.filter { matchers[$0].contains(where: occurs) }.map { themes[$0].id }
    }

    /// This codebook with a format's own themes (declared in its `themes` field) added in group
    /// "format". A format theme whose id the codebook already has is left out: the codebook's wins.
    public func adding(_ formatThemes: [FormatDefinition.Theme]) -> Codebook {
        var all = themes
        var seen = Set(themes.map(\.id))
        for theme in formatThemes where seen.insert(theme.id).inserted {
            all.append(Theme(
                id: theme.id, label: theme.label, group: "format",
                description: "A theme of a session format, beyond the shared codebook.",
                source: "declared in the format's own themes", keywords: []))
        }
        return Codebook(themes: all)
    }

    /// The groups in the order they first appear, each with its themes in file order.
    public var groups: [(group: String, themes: [Theme])] {
        var order: [String] = []
        var members: [String: [Theme]] = [:]
        for theme in themes {
            if members[theme.group] == nil { order.append(theme.group) }
            members[theme.group, default: []].append(theme)
        }
        return order.map { ($0, members[$0] ?? []) }
    }

    /// How a group reads in listings and exports.
    public static func title(ofGroup group: String) -> String {
        switch group {
        case "wellbeing": "Wellbeing and working conditions"
        case "hse": "HSE Management Standards (six; Support in two, from managers and from peers, as the BASW toolkit splits it)"
        case "relationship-based": "Relationship-based practice"
        case "strengths": "Strengths"
        case "format": "Themes of a session format"
        default: group
        }
    }

    /// The codebook as `circle themes` prints it: by group, each theme's id, label and description.
    public func listing() -> [String] {
        if themes.isEmpty { return ["The codebook has no themes."] }
        var lines: [String] = []
        for (group, members) in groups {
            if !lines.isEmpty { lines.append("") }
            lines.append("\(Self.title(ofGroup: group)): \(members.count) theme\(members.count == 1 ? "" : "s")")
            for theme in members {
                lines.append("  #\(theme.id)  —  \(theme.label)")
                lines.append("      \(theme.description)")
            }
        }
        lines.append("")
        lines.append("\(themes.count) themes. Tag one by typing #id in or after a contribution, e.g. #\(themes[0].id).")
        return lines
    }

    /// Lower-cased runs of letters and digits: the words a keyword and a contribution are compared by.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}

// MARK: Loading

extension Codebook {
    static let fields = ["id", "label", "group", "description", "source", "keywords"]
    static let examples = [
        "id": #"id = "workload""#,
        "label": #"label = "Workload and caseload""#,
        "group": #"group = "wellbeing""#,
        "description": #"description = "one line, quoting the source briefly""#,
        "source": #"source = "which seed, which section""#,
        "keywords": #"keywords = { "caseload", "too many cases" }"#,
    ]

    /// Runs the codebook file in a fresh sandboxed Lua state and checks every theme.
    ///
    /// Errors name the file, the theme and the fix:
    /// `Scripts/themes.lua: theme 3 ('secondary-trauma'): field 'label' is missing; e.g. label = "..."`.
    public static func load(path: String) throws -> Codebook {
        let name = (path as NSString).lastPathComponent
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw CircleError(.codebook, "\(path): cannot read the theme codebook (missing, or not readable); give the path of the codebook file")
        }
        let returned: [LuaValue]
        do {
            let lua = try LuaState()
            returned = try lua.call(lua.loadFile(path, chunkName: name))
        } catch let error as LuaError {
            throw CircleError.format(error, path: path)
        }
        guard returned.count == 1, case .table(let list) = returned[0] else {
            let got = returned.map(\.typeName).joined(separator: ", ")
            throw CircleError(
                .codebook, "\(path): the codebook must end with `return { { id = ..., label = ..., ... }, ... }` (it returned \(got.isEmpty ? "nothing" : got))")
        }
        if let key = list.map.keys.map(\.description).sorted().first {
            throw CircleError(
                .codebook, "\(path): the codebook must be a list of themes, { { id = ... }, { id = ... } }, but it has the key \(key); put each theme in the list without a key")
        }
        guard !list.array.isEmpty else { throw CircleError(.codebook, "\(path): the codebook has no themes; add at least one { id = ..., label = ..., ... }") }
        var themes: [Theme] = []
        var positions: [ThemeID: Int] = [:]
        for (offset, entry) in list.array.enumerated() {
            let number = offset + 1
            let theme = try Self.theme(entry, number: number, path: path)
            if let first = positions[theme.id] {
                throw CircleError(.codebook, "\(path): theme \(number) ('\(theme.id)'): id '\(theme.id)' is already used by theme \(first); ids must be unique")
            }
            positions[theme.id] = number
            themes.append(theme)
        }
        return Codebook(themes: themes)
    }

    /// One entry of the list, checked.
    static func theme(_ entry: LuaValue, number: Int, path: String) throws -> Theme {
        guard case .table(let table) = entry else {
            throw CircleError(.codebook, "\(path): theme \(number) must be a table { id = ..., label = ..., ... }, got \(entry.typeName)")
        }
        let rawID = table["id"].stringValue
        let name = rawID.map { "theme \(number) ('\($0)')" } ?? "theme \(number)"
        func fail(_ message: String) -> CircleError { CircleError(.codebook, "\(path): \(name): \(message)") }

        if !table.array.isEmpty {
            throw fail("has \(table.array.count) value(s) without a field name; write each as field = value (\(fields.joined(separator: ", ")))")
        }
        for key in table.map.keys.sorted(by: { $0.description < $1.description }) {
            guard let field = key.stringValue, fields.contains(field) else {
                throw fail("unknown field \(key.stringValue ?? key.description); a theme has the fields \(fields.joined(separator: ", "))")
            }
        }
        func text(_ field: String) throws -> String {
            let value = table[field]
            if value == .nil { throw fail("field '\(field)' is missing; e.g. \(examples[field] ?? field)") }
            guard let string = value.stringValue else {
                throw fail("field '\(field)' must be text, got \(value.typeName); e.g. \(examples[field] ?? field)")
            }
            let trimmed = string.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { throw fail("field '\(field)' is empty; e.g. \(examples[field] ?? field)") }
            return trimmed
        }
        let written = try text("id")
        guard let id = ThemeID(rawValue: written) else {
            throw fail("field 'id' must be kebab-case (\(ThemeID.problem(with: written) ?? "")), got \"\(written)\"; e.g. id = \"moral-distress\"")
        }
        let label = try text("label")
        let group = try text("group")
        guard HyphenatedWords(upperCase: false, maxLength: ThemeID.maxLength).problem(with: group) == nil else {
            throw fail("field 'group' must be kebab-case, got \"\(group)\"; e.g. group = \"wellbeing\", \"hse\", \"relationship-based\" or \"strengths\"")
        }
        let description = try text("description")
        if description.contains("\n") { throw fail("field 'description' must be one line") }
        let source = try text("source")

        let value = table["keywords"]
        if value == .nil { throw fail("field 'keywords' is missing; e.g. \(examples["keywords"]!)") }
        guard case .table(let list) = value, list.map.isEmpty else {
            throw fail("field 'keywords' must be a list of words or phrases, got \(value.typeName == "table" ? "a table with named fields" : value.typeName); e.g. \(examples["keywords"]!)")
        }
        var keywords: [String] = []
        for (i, item) in list.array.enumerated() {
            guard let keyword = item.stringValue else {
                throw fail("keyword \(i + 1) must be text, got \(item.typeName); e.g. \(examples["keywords"]!)")
            }
            let normalised = keyword.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if words(normalised).isEmpty {
                throw fail("keyword \(i + 1) (\"\(keyword)\") has no letters or digits; keywords are plain words or phrases, not patterns")
            }
            if !keywords.contains(normalised) { keywords.append(normalised) }
        }
        return Theme(id: id, label: label, group: group, description: description, source: source, keywords: keywords)
    }
}
