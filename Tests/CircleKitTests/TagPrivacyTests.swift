import Foundation
import Testing

@testable import CircleKit

/// A tag is a codebook theme or one the format declares, by every route, and nothing else: a
/// name or a postcode written as a tag (`#sam`, `#ls14dj`) passes the theme id pattern, so before
/// this rule it was counted, kept in the record (even a declined one), exported and reported.
@Suite struct TagPrivacyTests {
    /// Twelve tags that are a person or a place, not a theme: first names, a surname, postcodes.
    static let leaks = [
        "sam", "ls14dj", "amira", "ben", "adeyemi", "m11ae", "sw1a1aa", "jordan", "kai", "b338th", "priya", "cf103nq",
    ]
    static let codebookPath = Fixture.root.appendingPathComponent("Scripts/themes.lua").path
    static let codebook = try! Codebook.load(path: codebookPath)

    /// Turns from one list (refusals noted, not thrown), the closing review's answers from another.
    final class Table: SessionIO, FacilitatorConsole {
        var lines: [String]
        var answers: [String]
        var rejected: [String] = []
        var told: [String] = []
        private var elapsed: Double = 0

        init(lines: [String], answers: [String]) {
            self.lines = lines
            self.answers = answers
        }

        func show(_ event: SessionEvent) {}
        func line(for request: SessionRequest, context: TurnContext) throws -> String? {
            elapsed += 60
            return lines.isEmpty ? nil : lines.removeFirst()
        }
        func reject(_ message: String, context: TurnContext) throws { rejected.append(message) }
        func clock() -> Double { elapsed }
        func tell(_ text: String) { told.append(text) }
        func ask(_ question: ConsoleQuestion) -> String? { answers.isEmpty ? nil : answers.removeFirst() }
    }

    static func format(_ body: String, themes: String = "nil") throws -> String {
        try Fixture.write("tag_test.lua", """
            return format { id = "tag-test", version = 1, title = "Tag test", summary = "s", minutes = 10,
              participants = { min = 1, max = 3 }, agreement = "a", source = "test", themes = \(themes),
              run = function(s)
            \(body)
              end }
            """)
    }

    /// Every file a session leaves on the laptop, and the store's records as a bundle would carry them.
    static func everythingKept(store: String, journals: String) throws -> String {
        var text = String(decoding: try JSONEncoder().encode(try ThemeStore(path: store).records()), as: UTF8.self)
        for file in FileManager.default.subpaths(atPath: (journals as NSString).deletingLastPathComponent) ?? [] {
            let path = (journals as NSString).deletingLastPathComponent + "/" + file
            if let data = FileManager.default.contents(atPath: path) { text += String(decoding: data, as: UTF8.self) }
        }
        return text
    }

    @Test func nameAndPostcodeTagsAtTheTableAreRefusedAndNeverKept() throws {
        let format = try Self.format("""
                s:phase("Round", {}, function()
                  s:round("How are you arriving?")
                  s:record("learning-point", "Joint visits help new workers.")
                end)
            """)
        let directory = (format as NSString).deletingLastPathComponent
        let journals = directory + "/state/sessions"
        try FileManager.default.createDirectory(atPath: journals, withIntermediateDirectories: true)
        // Each leaking tag is typed in a contribution, then alone; the contribution is then given without it.
        var lines: [String] = []
        for tag in Self.leaks { lines += ["Tired today #\(tag) #workload", "#\(tag)"] }
        lines += ["Tired today #workload", "Fine", "pass"]
        // An item filed under #sam is refused too; then the facilitator keeps the journal and declines the record.
        let table = Table(lines: lines, answers: ["#sam", "k", "n", "y"])
        let plan = try LiveSession.start(
            SessionEngine.Setup(formatPath: format, library: nil, participants: 3, team: "T1", seed: 3), journals: journals,
            codebook: Self.codebookPath)
        let session = try LiveSession(plan, io: table)
        #expect(try session.run(closing: .init(store: directory + "/themes.sqlite", journal: .ask, transcript: directory + "/state/t.txt")) == .complete)

        #expect(table.rejected.count == 2 * Self.leaks.count)
        #expect(table.rejected.first?.hasPrefix(##""#sam" is not a theme in the codebook or this format's themes"##) == true, "\(table.rejected)")
        #expect(table.told.contains { $0.hasPrefix(##""#sam" is not a theme"##) }, "\(table.told)")
        #expect(session.engine.themeCounts == ["workload": 1])
        let kept = try Self.everythingKept(store: directory + "/themes.sqlite", journals: journals)
        #expect(kept.contains("workload"), "the record and the journal were kept")
        for tag in Self.leaks { #expect(!kept.contains(tag), "#\(tag) was kept") }
    }

    @Test func didYouMeanANearTheme() {
        #expect(Self.codebook.refusal(of: "workloda")?.contains("did you mean #workload?") == true)
        #expect(Self.codebook.refusal(of: "sam")?.contains("did you mean") == false)
        #expect(Self.codebook.refusal(of: "workload") == nil)
        // A format's own theme is a theme of its sessions.
        let own = Self.codebook.adding([FormatDefinition.Theme(id: "panel-debrief", label: "Panel debrief")])
        #expect(own.refusal(of: "panel-debrief") == nil)
    }

    @Test(arguments: [
        #"s:theme("sam", "raised by the group")"#,
        #"coroutine.yield({ op = "theme", id = "ls14dj" })"#,
        #"pcall(s.theme, s, "amira")"#,
    ])
    func aFormatCannotTagANameOrPostcode(call: String) throws {
        let format = try Self.format("""
                s:theme("workload")
                \(call)
                s:theme("panel-debrief")
            """, themes: #"{ { id = "panel-debrief", label = "Panel debrief" } }"#)
        var setup = SessionEngine.Setup(formatPath: format, library: nil, participants: 2, seed: 1)
        setup.codebook = Self.codebook
        let engine = try SessionEngine(setup: setup, io: ScriptedIO([]), journalPath: nil)
        let error = #expect(throws: CircleError.self) { try engine.run() }
        #expect(error?.description.contains("is not a theme in the codebook or this format's themes") == true, "\(error?.description ?? "")")
        #expect(engine.themeCounts == ["workload": 1])
    }

    @Test func aFormatsOwnAndTheCodebooksThemesAreTagged() throws {
        let format = try Self.format(#"s:theme("workload"); s:theme("panel-debrief")"#, themes: #"{ { id = "panel-debrief", label = "Panel debrief" } }"#)
        var setup = SessionEngine.Setup(formatPath: format, library: nil, participants: 2, seed: 1)
        setup.codebook = Self.codebook
        let engine = try SessionEngine(setup: setup, io: ScriptedIO([]), journalPath: nil)
        #expect(try engine.run() == .complete)
        #expect(engine.themeCounts == ["workload": 1, "panel-debrief": 1])
    }

    @Test func aJournalWithAnUnknownTagReplaysWithoutIt() throws {
        let format = try Self.format(#"s:round("How are you?")"#)
        let journal = try Fixture.scratch("j.jsonl")
        let setup = SessionEngine.Setup(formatPath: format, library: nil, participants: 2, seed: 1, id: "s")
        // Journalled before the rule (no codebook), then resumed under it.
        _ = try SessionEngine(setup: setup, io: ScriptedIO(["Busy #sam #workload", "/pause"]), journalPath: journal).run()
        var resumed = setup
        resumed.codebook = Self.codebook
        let engine = try SessionEngine(
            setup: resumed, io: ScriptedIO(["Fine"]), journalPath: journal, replay: try Journal(path: journal).entries)
        #expect(try engine.run() == .complete)
        #expect(engine.themeCounts == ["workload": 1])
    }

    @Test func importRefusesABundleNamingAThemeNotInTheCodebook() throws {
        for tag in Self.leaks {
            let records = [
                StoreFixture.record(1, team: "EAST", week: "2026-W40", themes: ["workload"]),
                StoreFixture.record(2, team: "EAST", week: "2026-W40", themes: [ThemeID(rawValue: tag)!]),
            ]
            let error = #expect(throws: CircleError.self) { try Self.codebook.check(records, from: "bundle.json") }
            #expect(error?.description.hasPrefix("bundle.json: record 2 (session 00000000-0000-4000-8000-000000000002) names a theme not in the codebook (\(tag))") == true, "\(error?.description ?? "")")
            var filed = StoreFixture.record(3, team: "EAST", week: "2026-W40", themes: ["workload"])
            filed.items = [.init(kind: "learning-point", text: "t", theme: ThemeID(rawValue: tag)!)]
            #expect(Self.codebook.problem(with: filed) != nil)
        }
        try Self.codebook.check(StoreFixture.sample(), from: "bundle.json")
    }
}
