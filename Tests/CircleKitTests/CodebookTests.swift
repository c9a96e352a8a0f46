import Foundation
import Testing
@testable import CircleKit
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct CodebookTests {
    /// The repository: Tests/CircleKitTests/CodebookTests.swift, up three levels.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let shipped = root.appendingPathComponent("Scripts/themes.lua").path

    /// The theme ids formats and rehearsals already use; the codebook must have every one.
    static let fixedIDs = [
        "workload", "moral-distress", "secondary-trauma", "self-care", "out-of-hours", "remote-working",
        "blame-culture", "learning-culture", "bullying", "discrimination", "equality-diversity-inclusion",
        "supervision-quality", "career-progression", "demands", "control", "manager-support", "peer-support",
        "relationships", "role", "change", "anxiety", "containment", "projection", "splitting", "transference",
        "parallel-process", "reflection-in-action", "authoritative-practice", "successes", "buddy-system",
        "celebration",
    ]
    static let hse = ["demands", "control", "manager-support", "peer-support", "relationships", "role", "change"]

    func shipped() throws -> Codebook { try Codebook.load(path: Self.shipped) }

    // MARK: The shipped codebook

    @Test func theShippedCodebookHasEveryFixedThemeWithASourceAndKeywords() throws {
        let book = try shipped()
        let ids = book.themes.map(\.id)
        #expect(Set(ids).count == ids.count, "duplicate ids")
        for id in Self.fixedIDs { #expect(book.theme(ThemeID(stringLiteral: id)) != nil, "missing theme '\(id)'") }
        for theme in book.themes {
            #expect(!theme.label.isEmpty && !theme.description.isEmpty, "\(theme.id)")
            #expect(!theme.source.isEmpty, "\(theme.id) has no source")
            #expect(theme.source.contains("BASW") || theme.source.contains("PSDP"), "\(theme.id) does not cite a seed: \(theme.source)")
            #expect(!theme.keywords.isEmpty, "\(theme.id) has no keywords")
            #expect(theme.keywords.allSatisfy { $0 == $0.lowercased() }, "\(theme.id) has a keyword with capitals")
            #expect(["wellbeing", "hse", "relationship-based", "strengths"].contains(theme.group), "\(theme.id): \(theme.group)")
        }
        for id in Self.hse { #expect(book.theme(ThemeID(stringLiteral: id))?.group == "hse", "\(id) is an HSE Management Standard") }
        #expect(book.theme("containment")?.group == "relationship-based")
        #expect(book.theme("celebration")?.group == "strengths")
    }

    /// The HSE Management Standards are six (Demands, Control, Support, Relationships, Role,
    /// Change); the BASW toolkit counts seven factors by splitting Support. Each HSE theme names
    /// its standard, the set of standards named is exactly HSE's six, and the two halves of
    /// Support say that the split is BASW's.
    @Test func theHSEGroupNamesTheSixStandardsAndSaysTheSplitOfSupportIsBASWs() throws {
        let book = try shipped()
        let hse = try #require(book.groups.first { $0.group == "hse" }).themes
        var named: [String: [String]] = [:]
        for theme in hse {
            let standard = try #require(
                theme.description.firstMatch(of: #/^HSE Management Standard '([A-Za-z]+)'/#)?.1, "\(theme.id): \(theme.description)")
            named[String(standard), default: []].append(theme.id.rawValue)
        }
        #expect(Set(named.keys) == ["Demands", "Control", "Support", "Relationships", "Role", "Change"])
        #expect(named["Support"]?.sorted() == ["manager-support", "peer-support"])
        for id in ["manager-support", "peer-support"] {
            let theme = try #require(book.theme(ThemeID(stringLiteral: id)))
            #expect(theme.description.contains("BASW toolkit") && theme.source.contains("split out by BASW"), "\(id)")
            #expect(theme.label.hasPrefix("Support from "), "\(id): \(theme.label)")
        }
        #expect(Codebook.title(ofGroup: "hse").hasPrefix("HSE Management Standards (six;"))
    }

    @Test func themesKeepFileOrderAndListByGroup() throws {
        let book = try shipped()
        #expect(book.themes.first?.id == "workload")
        #expect(book.groups.map(\.group) == ["wellbeing", "hse", "relationship-based", "strengths"])
        let listing = book.listing()
        #expect(listing.first == "Wellbeing and working conditions: \(book.groups[0].themes.count) themes")
        #expect(listing.contains("HSE Management Standards (six; Support in two, from managers and from peers, as the BASW toolkit splits it): 7 themes"))
        #expect(listing.contains("  #workload  —  Workload and caseload"))
        #expect(listing.last?.hasPrefix("\(book.themes.count) themes.") == true)
    }

    // MARK: Suggestions

    @Test func suggestFindsKeywordsAsWholeWordsAndPhrases() throws {
        let book = try shipped()
        #expect(book.suggest("my caseload is too high").contains("workload"))
        #expect(book.suggest("a quiet week") == [])
        #expect(book.suggest("") == [])
        #expect(book.suggest("My CASELOAD, honestly!").contains("workload"))
        // Phrases match across punctuation and line breaks, and hyphens equal spaces.
        #expect(book.suggest("I've been doing more self care lately").contains("self-care"))
        #expect(book.suggest("working from\nhome all week").contains("remote-working"))
        // Whole words only: "peerless" is not "peer", "rewalk" is not "walk".
        #expect(!book.suggest("a peerless piece of work").contains("peer-support"))
        // In codebook order, each id once.
        let several = book.suggest("Caseload too high, and I feel blamed and anxious; my caseload again")
        #expect(several == ["workload", "blame-culture", "anxiety"])
    }

    @Test func suggestUsesTheCodebooksOwnKeywords() {
        let book = Codebook(themes: [
            .init(id: "a", label: "A", group: "g", description: "d", source: "s", keywords: ["out of hours", "late"]),
            .init(id: "b", label: "B", group: "g", description: "d", source: "s", keywords: ["hours"]),
        ])
        #expect(book.suggest("visits out-of-hours") == ["a", "b"])
        #expect(book.suggest("out of the hours") == ["b"])
        #expect(book.suggest("lately") == [])
    }

    // MARK: Format themes

    @Test func addingIncludesAFormatsOwnThemes() throws {
        let book = try shipped()
        let more = book.adding([
            FormatDefinition.Theme(id: "panel-debrief", label: "Panel debrief"),
            FormatDefinition.Theme(id: "workload", label: "Not the codebook's"),
        ])
        #expect(more.theme("panel-debrief")?.group == "format")
        #expect(more.theme("panel-debrief")?.label == "Panel debrief")
        #expect(more.theme("workload") == book.theme("workload"))
        #expect(more.themes.count == book.themes.count + 1)
        #expect(more.themes.last?.id == "panel-debrief")
        #expect(more.groups.last?.group == "format")
        #expect(book.theme("panel-debrief") == nil)
    }

    // MARK: Broken codebooks

    func loadError(_ source: String) throws -> (path: String, message: String) {
        let path = try Fixture.write("themes.lua", source)
        let error = #expect(throws: CircleError.self) { _ = try Codebook.load(path: path) }
        return (path, error?.description ?? "no error")
    }

    static func entry(_ fields: String) -> String {
        """
        return {
          { id = "workload", label = "Workload", group = "wellbeing", description = "d", source = "s", keywords = { "caseload" } },
          { id = "anxiety", label = "Anxiety", group = "relationship-based", description = "d", source = "s", keywords = { "anxious" } },
          { \(fields) },
        }
        """
    }

    @Test func aMissingFieldNamesTheFileTheThemeAndTheField() throws {
        let (path, message) = try loadError(Self.entry(#"id = "secondary-trauma", group = "wellbeing", description = "d", source = "s", keywords = { "trauma" }"#))
        #expect(message.hasPrefix("\(path): theme 3 ('secondary-trauma'): field 'label' is missing; e.g. label = "), "\(message)")
    }

    @Test func otherMistakesGetOneClearLine() throws {
        let cases: [(String, String)] = [
            (Self.entry(#"id = "Workload Two", label = "L", group = "g", description = "d", source = "s", keywords = {}"#),
             #"theme 3 ('Workload Two'): field 'id' must be kebab-case"#),
            (Self.entry(#"id = "workload", label = "L", group = "g", description = "d", source = "s", keywords = {}"#),
             "theme 3 ('workload'): id 'workload' is already used by theme 1; ids must be unique"),
            (Self.entry(#"label = "L", group = "g", description = "d", source = "s", keywords = {}"#),
             #"theme 3: field 'id' is missing; e.g. id = "workload""#),
            (Self.entry(#"id = "x", label = 3, group = "g", description = "d", source = "s", keywords = {}"#),
             "theme 3 ('x'): field 'label' must be text, got number"),
            (Self.entry(#"id = "x", label = "L", group = "g", description = "  ", source = "s", keywords = {}"#),
             "theme 3 ('x'): field 'description' is empty"),
            (Self.entry(#"id = "x", label = "L", group = "g", description = "d", source = "s", keywords = "caseload""#),
             "theme 3 ('x'): field 'keywords' must be a list of words or phrases, got string"),
            (Self.entry(#"id = "x", label = "L", group = "g", description = "d", source = "s", keywords = { "ok", 4 }"#),
             "theme 3 ('x'): keyword 2 must be text, got number"),
            (Self.entry(#"id = "x", label = "L", group = "g", description = "d", source = "s", keywords = { "%.+" }"#),
             "theme 3 ('x'): keyword 1 (\"%.+\") has no letters or digits"),
            (Self.entry(#"id = "x", lable = "L", group = "g", description = "d", source = "s", keywords = {}"#),
             "theme 3 ('x'): unknown field lable; a theme has the fields id, label, group, description, source, keywords"),
            (Self.entry(#"id = "x", label = "L", group = "g", description = "d""#),
             "theme 3 ('x'): field 'source' is missing"),
            ("return { \"workload\" }", "theme 1 must be a table { id = ..., label = ..., ... }, got string"),
            ("return {}", "the codebook has no themes"),
            ("return { workload = { id = \"workload\" } }", "the codebook must be a list of themes"),
            ("local t = 1", "the codebook must end with `return { { id = ..., label = ..., ... }, ... }` (it returned nothing)"),
        ]
        for (source, expected) in cases {
            let (path, message) = try loadError(source)
            #expect(message.hasPrefix("\(path): "), "\(message)")
            #expect(message.contains(expected), "\(message)")
            #expect(!message.contains("\n"), "\(message)")
        }
    }

    @Test func luaErrorsAndTheSandboxNameTheFileAndLine() throws {
        let (path, syntax) = try loadError("return {\n  { id = \"x\" \n")
        #expect(syntax.hasPrefix("themes.lua:"), "\(syntax)")
        #expect(syntax.hasSuffix("(syntax error in \(path))"), "\(syntax)")
        let (_, sandbox) = try loadError("local f = io.open('/etc/passwd')\nreturn {}")
        #expect(sandbox.contains("themes.lua:1:"), "\(sandbox)")
        let (_, loop) = try loadError("while true do end")
        #expect(loop.contains("stopped: too much work in one turn"), "\(loop)")
        let missing = #expect(throws: CircleError.self) { _ = try Codebook.load(path: "/nonexistent/themes.lua") }
        #expect(missing?.description.hasPrefix("/nonexistent/themes.lua: cannot read the theme codebook") == true)
    }

    @Test func keywordsAreNormalisedAndASmallCodebookLoads() throws {
        let path = try Fixture.write("themes.lua", """
            local SOURCE = "a seed"
            return {
              { id = "one", label = "One", group = "g", description = " d ", source = SOURCE, keywords = { "Too  Many Cases", "too many cases" } },
            }
            """)
        let book = try Codebook.load(path: path)
        #expect(book.themes == [.init(id: "one", label: "One", group: "g", description: "d", source: "a seed", keywords: ["too many cases"])])
        #expect(book.suggest("TOO MANY cases") == ["one"])
    }

    // MARK: REFI-QDA export

    struct ParsedCode {
        let guid, name, color: String
        let codable: Bool
        let description: String
        let children: [ParsedCode]
    }

    /// An attribute's value (read from `attributes`: on Linux, `attribute(forName:)` misses
    /// attributes of an element in a default namespace).
    static func attribute(_ name: String, of element: XMLElement) -> String {
        element.attributes?.first { ($0.localName ?? $0.name) == name }?.stringValue ?? ""
    }

    func parse(_ xml: String) throws -> [ParsedCode] {
        let document = try XMLDocument(xmlString: xml, options: [])
        let root = try #require(document.rootElement())
        #expect(root.name == "CodeBook")
        #expect(root.uri == "urn:QDA-XML:codebook:1.0")
        #expect(Self.attribute("origin", of: root) == "Circle")
        let codes = try #require(root.elements(forName: "Codes").first)
        func code(_ element: XMLElement) -> ParsedCode {
            ParsedCode(
                guid: Self.attribute("guid", of: element),
                name: Self.attribute("name", of: element),
                color: Self.attribute("color", of: element),
                codable: Self.attribute("isCodable", of: element) == "true",
                description: element.elements(forName: "Description").first?.stringValue ?? "",
                children: element.elements(forName: "Code").map(code))
        }
        return codes.elements(forName: "Code").map(code)
    }

    @Test func theQDCExportParsesWithOneCodableCodePerThemeUnderItsGroup() throws {
        let book = try shipped()
        let xml = QDAExport.codebook(book)
        #expect(xml.hasPrefix(#"<?xml version="1.0" encoding="utf-8"?>"# + "\n" + #"<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Circle">"#))
        let groups = try parse(xml)
        #expect(groups.map(\.name) == book.groups.map { Codebook.title(ofGroup: $0.group) })
        #expect(groups.allSatisfy { !$0.codable })
        #expect(groups[1].description == "Circle theme group 'hse' (7 themes).")
        let codes = groups.flatMap(\.children)
        #expect(codes.count == book.themes.count)
        #expect(codes.allSatisfy { $0.codable })
        #expect(codes.allSatisfy { $0.children.isEmpty })
        #expect(Set(codes.map(\.name)) == Set(book.themes.map(\.label)))
        let guids = (groups + codes).map(\.guid)
        #expect(Set(guids).count == guids.count, "GUIDs must be unique")
        let uuid = /[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}/
        for guid in guids { #expect(guid.wholeMatch(of: uuid) != nil, "\(guid)") }
        let colour = /#[0-9A-Fa-f]{6}/
        for code in groups + codes { #expect(code.color.wholeMatch(of: colour) != nil, "\(code.color)") }
        let workload = try #require(codes.first { $0.name == "Workload and caseload" })
        #expect(workload.guid == QDAExport.guid(theme: "workload"))
        #expect(workload.description.contains(try #require(book.theme("workload")).description))
        #expect(workload.description.contains("Source: BASW"))
        #expect(workload.description.contains("#workload"))
    }

    @Test func guidsAreStableAcrossRunsAndFollowUUIDVersion5() throws {
        let first = QDAExport.codebook(try shipped())
        let second = QDAExport.codebook(try shipped())
        #expect(first == second)
        #expect(try parse(first).flatMap { [$0.guid] + $0.children.map(\.guid) } == parse(second).flatMap { [$0.guid] + $0.children.map(\.guid) })
        // RFC 4122 name-based UUIDs, checked against Python's uuid.uuid5.
        let dns: [UInt8] = [0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8]
        #expect(QDAExport.uuid5(namespace: dns, name: "python.org") == "886313E1-3B8A-5372-9B90-0C9AEE199E5D")
        #expect(QDAExport.guid(theme: "workload") == "3AE181E5-E428-55E8-985E-A425F5D6D20C")
        #expect(QDAExport.guid(theme: "workload") != QDAExport.guid(group: "workload"))
    }

    @Test func theQDCExportEscapesEverything() throws {
        let book = Codebook(themes: [
            .init(id: "odd", label: #"Tom & "Jerry" <b>'s</b>"#, group: "a&b", description: "x < y & z > w \u{1} \"q\"",
                  source: "line one\nline two", keywords: ["a&b"]),
        ]).adding([FormatDefinition.Theme(id: "panel-debrief", label: "Panel <debrief>")])
        let xml = QDAExport.codebook(book)
        #expect(!xml.contains("\u{1}"))
        let groups = try parse(xml)
        #expect(groups.map(\.name) == ["a&b", "Themes of a session format"])
        #expect(groups[0].children[0].name == #"Tom & "Jerry" <b>'s</b>"#)
        #expect(groups[0].children[0].description.hasPrefix("x < y & z > w  \"q\"\nSource: line one\nline two"))
        #expect(groups[1].children[0].name == "Panel <debrief>")
    }

    // MARK: Shipped material uses only known themes

    /// Every `#id` in the shipped rehearsals and every theme id a shipped format tags (by
    /// `s:theme("id"`, or in a `{ id = "...", label = ... }` list it tags from) is in the codebook,
    /// unless the format declares it in its own `themes`.
    @Test func everyThemeUsedInShippedMaterialIsInTheCodebook() throws {
        let book = try shipped()
        var unknown: [String] = []
        let files = FileManager.default

        let rehearsals = Self.root.appendingPathComponent("Scenarios/rehearsals")
        for name in ((try? files.contentsOfDirectory(atPath: rehearsals.path)) ?? []).sorted() where name.hasSuffix(".yaml") {
            let text = try String(contentsOf: rehearsals.appendingPathComponent(name), encoding: .utf8)
            for match in text.matches(of: /#([a-z][a-z0-9-]*)/) {
                // A tag may end in a direction (`#workload-` a concern): the theme is the id before it.
                let id = match.1.hasSuffix("-") ? String(match.1.dropLast()) : String(match.1)
                if ThemeID(rawValue: id).flatMap(book.theme) == nil { unknown.append("\(name): #\(id)") }
            }
        }

        let formats = Self.root.appendingPathComponent("Scripts/formats")
        for name in ((try? files.contentsOfDirectory(atPath: formats.path)) ?? []).sorted() where name.hasSuffix(".lua") {
            let text = try String(contentsOf: formats.appendingPathComponent(name), encoding: .utf8)
            for id in Self.themesUsed(byFormat: text) where ThemeID(rawValue: id).flatMap(book.theme) == nil { unknown.append("\(name): \(id)") }
        }
        #expect(unknown.isEmpty, "themes used but not in Scripts/themes.lua: \(unknown.joined(separator: ", "))")
    }

    @Test func theScanFindsTaggedThemesButNotAFormatsOwn() {
        let format = """
            local CLOSING = {
              { id = "moral-distress", label = "Moral distress" },
              { id = "made-up-list-theme", label = "Made up" },
            }
            local themes = scenario_themes(s)
            return format {
              id = "demo", version = 1,
              themes = { { id = "panel-debrief", label = "Panel debrief" }, { id = "own-two", label = "Own" } },
              run = function(s)
                s:theme("panel-debrief")
                s:theme( "workload", "note")
                s:theme("made-up-theme")
              end,
            }
            """
        #expect(Self.declaredThemes(in: format) == ["panel-debrief", "own-two"])
        #expect(Self.themesUsed(byFormat: format) == ["workload", "made-up-theme", "moral-distress", "made-up-list-theme"])
    }

    /// The theme ids a format tags, less those it declares in its own `themes`: `s:theme("id"`
    /// calls, and `{ id = "...", label = ... }` lists outside `themes` that it tags from.
    static func themesUsed(byFormat text: String) -> [String] {
        let declared = declaredThemes(in: text)
        var used = text.matches(of: /s:theme\(\s*"([^"]*)"/).map { String($0.1) }
        used += withoutThemesField(text).matches(of: /\{\s*id\s*=\s*"([^"]*)"\s*,\s*label\s*=/).map { String($0.1) }
        return used.filter { !declared.contains($0) }
    }

    /// The ids a format declares in its own `themes = { { id = ..., label = ... }, ... }` field.
    static func declaredThemes(in source: String) -> Set<String> {
        guard let block = themesField(in: source) else { return [] }
        return Set(source[block].matches(of: /id\s*=\s*"([^"]*)"/).map { String($0.1) })
    }

    static func withoutThemesField(_ source: String) -> String {
        guard let block = themesField(in: source) else { return source }
        var copy = source
        copy.removeSubrange(block)
        return copy
    }

    /// The braces of `themes = { ... }` (a table constructor, so not `local themes = f()`).
    static func themesField(in source: String) -> Range<String.Index>? {
        guard let start = source.firstMatch(of: /(?:^|[^A-Za-z0-9_.])themes\s*=\s*\{/) else { return nil }
        var depth = 0
        var index = source.index(before: start.range.upperBound)
        while index < source.endIndex {
            switch source[index] {
            case "{": depth += 1
            case "}":
                depth -= 1
                if depth == 0 { return start.range.lowerBound..<source.index(after: index) }
            default: break
            }
            index = source.index(after: index)
        }
        return start.range.lowerBound..<source.endIndex
    }
}
