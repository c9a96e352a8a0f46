import Foundation
import Testing
@testable import CircleKit

/// Every shipped format lints clean, and its rehearsal matches its golden transcript.
@Suite struct ShippedFormatTests {
    static let formats = FormatLibrary(
        directory: Fixture.root.appendingPathComponent("Scripts/formats").path,
        library: Fixture.root.appendingPathComponent("Scripts/lib").path)
    /// The shipped codebook: every theme a shipped format or rehearsal tags must be in it (or the format's own).
    static let codebook = try! Codebook.load(path: Fixture.root.appendingPathComponent("Scripts/themes.lua").path)

    static var stems: [String] {
        formats.files().map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension }
    }

    @Test(arguments: stems)
    func lintsClean(stem: String) throws {
        let report = Linter(library: Self.formats.library, codebook: Self.codebook).lint(Self.formats.directory + "/\(stem).lua")
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.warnings.isEmpty, "\(report.warnings)")
    }

    @Test(arguments: stems)
    func rehearsalMatchesGoldenTranscript(stem: String) throws {
        let rehearsal = Fixture.root.appendingPathComponent("Scenarios/rehearsals/\(stem).yaml").path
        let golden = Fixture.root.appendingPathComponent("Tests/CircleKitTests/Golden/\(stem).transcript").path
        let io = try RehearsalIO(path: rehearsal)
        var setup = io.setup(
            formatPath: Self.formats.directory + "/\(stem).lua", library: Self.formats.library,
            scenarioPath: io.scenario.map { Fixture.root.appendingPathComponent($0).path })
        setup.codebook = Self.codebook
        let total = SessionEngine.phaseCount(setup.formatPath, library: Self.formats.library, participants: io.participants)
        let engine = try SessionEngine(setup: setup, io: io, journalPath: nil, phaseTotal: total)
        #expect(try engine.run() == .complete)
        try io.checkAllUsed()
        let transcript = engine.transcript.joined(separator: "\n") + "\n"
        try GoldenFile.check(transcript, golden)
    }
}

/// `Scripts/circle.d.lua` describes exactly the host API the prelude provides.
@Suite struct EditorDefinitionTests {
    /// Names matched by `pattern` (one capture) in `text`.
    func names(_ pattern: String, in text: String) throws -> Set<String> {
        let regex = try NSRegularExpression(pattern: pattern, options: .anchorsMatchLines)
        let range = NSRange(text.startIndex..., in: text)
        return Set(regex.matches(in: text, range: range).compactMap { Range($0.range(at: 1), in: text).map { String(text[$0]) } })
    }

    @Test func everyHostFunctionAndFieldHasADefinitionAndViceVersa() throws {
        let definitions = try String(
            contentsOf: Fixture.root.appendingPathComponent("Scripts/circle.d.lua"), encoding: .utf8)
        let hostFunctions = try names(#"^\s*function Session[:.](\w+)\("#, in: HostPrelude.source)
        let definedFunctions = try names(#"^function Session[:.](\w+)\("#, in: definitions)
        #expect(hostFunctions == definedFunctions)
        #expect(hostFunctions.count == 13)

        let sessionBlock = try #require(
            HostPrelude.source.components(separatedBy: "local s = setmetatable({").last?.components(separatedBy: "}, Session)").first)
        let hostFields = try names(#"(\w+) = "#, in: sessionBlock).filter { !$0.hasPrefix("_") }
        let sessionClass = try #require(
            definitions.components(separatedBy: "---@class Session\n").last?.components(separatedBy: "local Session").first)
        #expect(hostFields == (try names(#"^---@field (\w+) "#, in: sessionClass)))

        let knownBlock = try #require(
            HostPrelude.source.components(separatedBy: "local known = {").last?.components(separatedBy: "}").first)
        let formatClass = try #require(
            definitions.components(separatedBy: "---@class FormatDefinition\n").last?.components(separatedBy: "---Declares").first)
        #expect(try names(#"(\w+) = true"#, in: knownBlock) == (try names(#"^---@field (\w+)\??"#, in: formatClass)))
    }
}
