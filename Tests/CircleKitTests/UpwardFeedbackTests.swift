import Foundation
import Testing

@testable import CircleKit

/// Words for senior leaders from team sessions (Scripts/lib/feedback_up.lua and the closing review),
/// what a session keeps when it starts falsely or is discarded, and try-outs kept with a week.
@Suite struct UpwardFeedbackTests {
    static let library = Fixture.root.appendingPathComponent("Scripts/lib").path
    static let codebook = try! Codebook.load(path: StoreFixture.codebook)

    /// A session of one phase whose only step is `body` (Lua, with `feedback_up` loaded).
    static func format(_ body: String) throws -> String {
        try Fixture.write("leaders_step.lua", """
            local feedback_up = require("feedback_up")
            return format { id = "leaders-step", version = 1, title = "Leaders step", summary = "s", minutes = 10,
              participants = { min = 2, max = 3 }, agreement = "a", source = "test",
              run = function(s)
                s:phase("What should leaders hear?", { minutes = 5 }, function()
                  \(body)
                end)
              end }
            """)
    }

    /// Runs `format` with `lines` typed at the turns; returns the engine.
    static func run(_ format: String, _ lines: [String], responses: [LeadersResponse] = []) throws -> SessionEngine {
        var setup = SessionEngine.Setup(formatPath: format, library: library, participants: 2, team: "T1", seed: 3)
        setup.codebook = codebook
        setup.responses = responses
        let engine = try SessionEngine(setup: setup, io: ScriptedIO(lines), journalPath: nil)
        #expect(try engine.run() == .complete)
        return engine
    }

    static func review() throws -> ClosingReview { try ClosingReview(names: ["Amira", "Ben"], scenario: nil, codebook: codebook) }

    // The bug as a middle leader met it: "debrief" is one of containment's keywords, and the item
    // was filed under containment though the person tagged it #workload.
    @Test func aSpokenItemKeepsTheThemeTaggedOnItNotAKeywordsTheme() throws {
        #expect(Self.codebook.suggest("We need somewhere to debrief after visits") == ["containment"])
        let format = try Self.format(#"feedback_up.agree(s, "What should senior leaders hear?")"#)
        let engine = try Self.run(format, ["We need somewhere to debrief after visits #workload", "pass", "1"])
        let drafts = try Self.review().drafts(from: engine)
        #expect(drafts.map(\.kind) == ["feedback-up"])
        #expect(drafts.map(\.theme) == ["workload"], "filed under the tag, not the keyword's theme")
    }

    @Test func aRewordedItemKeepsItsTagUnlessTheNewWordsCarryOne() throws {
        let format = try Self.format(#"feedback_up.agree(s, "What should senior leaders hear?")"#)
        let kept = try Self.run(format, ["No time to debrief #workload", "pass", "2", "There is no time to debrief between visits"])
        #expect(try Self.review().drafts(from: kept).map(\.theme) == ["workload"])
        let retagged = try Self.run(format, ["No time to debrief #workload", "pass", "2", "Evening visits eat into rest #out-of-hours"])
        #expect(try Self.review().drafts(from: retagged).map(\.theme) == ["out-of-hours"])
    }

    @Test func aWrittenItemKeepsItsTagAndAnUntaggedOneIsOnlySuggested() throws {
        let format = try Self.format(#"feedback_up.step(s, { written = true })"#)
        let engine = try Self.run(format, [
            "No time to debrief after a hard visit #workload", "We need somewhere to debrief after visits", "Leave this one out", "/done",
            "1", "1", "2",
        ])
        let drafts = try Self.review().drafts(from: engine)
        #expect(drafts.map(\.text) == ["No time to debrief after a hard visit", "We need somewhere to debrief after visits"])
        #expect(drafts.map(\.theme) == ["workload", "containment"], "the tag kept; the untagged one only suggested by keyword")
        #expect(engine.transcript.contains { $0.contains("one objection is enough to leave it out") }, "the group-agrees rule is said")
    }

    @Test func theStepReadsOutWhatLeadersDidFirst() throws {
        let response = LeadersResponse(
            theme: "workload", text: "Caseloads in the first year are capped at 15.", quarter: Quarter("2026-Q3")!, recorded: "2026-W45")
        let format = try Self.format(#"feedback_up.step(s, { written = true })"#)
        let engine = try Self.run(format, ["/done"], responses: [response])
        let said = engine.transcript.joined(separator: "\n")
        #expect(said.contains("You said, we did"))
        #expect(said.contains("Workload and caseload (after the 2026-Q3 report): Caseloads in the first year are capped at 15."))
        let none = try Self.run(format, ["/done"])
        #expect(!none.transcript.joined().contains("You said, we did"))
    }

    @Test func aFormatReadsResponsesAsAList() throws {
        let format = try Self.format("""
            for _, r in ipairs(s.responses) do s:say(r.theme .. "|" .. r.quarter .. "|" .. r.text) end
            s:say("count " .. #s.responses)
            """)
        let responses = [
            LeadersResponse(theme: "workload", text: "Older.", quarter: Quarter("2026-Q2")!, recorded: "2026-W30"),
            LeadersResponse(theme: "peer-support", text: "Newer.", quarter: Quarter("2026-Q3")!, recorded: "2026-W45"),
        ].sorted(by: LeadersResponse.newestFirst)
        let engine = try Self.run(format, [], responses: responses)
        #expect(engine.transcript.filter { $0.contains("|") } == ["Facilitator: peer-support|2026-Q3|Newer.", "Facilitator: workload|2026-Q2|Older."])
        #expect(engine.transcript.contains("Facilitator: count 2"))
    }

    @Test func aRecordsThemeMustBeAThemeID() throws {
        let format = try Self.format(#"s:record("feedback-up", "text", { theme = "Not A Theme" })"#)
        let error = #expect(throws: CircleError.self) { _ = try Self.run(format, []) }
        #expect(error?.description.contains("leaders_step.lua:6: s:record: option 'theme' must be a kebab-case theme id") == true, "\(error?.description ?? "")")
    }

    // MARK: What a session keeps

    /// A session that is started and ended at once (`/end` with nothing said).
    static func falseStart(_ lines: [String], answers: [String]) throws -> (ThemeStore, LiveSessionTests.Table) {
        let directory = (try Fixture.scratch() as NSString).deletingLastPathComponent
        let format = directory + "/carry_test.lua"
        try LiveSessionTests.format.write(toFile: format, atomically: true, encoding: .utf8)
        let journals = directory + "/sessions"
        try FileManager.default.createDirectory(atPath: journals, withIntermediateDirectories: true)
        let closing = LiveSession.Closing(store: directory + "/themes.sqlite", journal: .delete)
        let plan = try LiveSession.start(
            SessionEngine.Setup(formatPath: format, library: nil, participants: 3, team: "T1", seed: 7), journals: journals, codebook: nil)
        let table = LiveSessionTests.Table(lines: lines, answers: answers)
        _ = try LiveSession(plan, io: table, names: ["Amira"]).run(closing: closing)
        return (try ThemeStore(path: closing.store), table)
    }

    @Test func aFalseStartIsNotCounted() throws {
        let (store, table) = try Self.falseStart(["/end"], answers: ["y"])
        #expect(try store.records().isEmpty, "a session ended before any phase was completed keeps no record")
        #expect(table.asked.allSatisfy { !$0.hasPrefix("Keep this record") }, "nothing to decide: \(table.asked)")
        #expect(table.told.contains { $0.contains("not counted as a session") })
    }

    @Test func theFacilitatorCanKeepNothingFromASession() throws {
        let (store, table) = try Self.falseStart(["Tired", "pass", "Fine"], answers: ["k", "k", "x"])
        #expect(try store.records().isEmpty, "keep nothing: no row at all")
        #expect(table.told.contains("Nothing from this session was kept: it is not in the theme store and is not counted."))
        let (counts, _) = try Self.falseStart(["Tired", "pass", "Fine"], answers: ["k", "k", "n"])
        let record = try #require(try counts.records().first)
        #expect(record.items.isEmpty && record.phasesCompleted == 1, "n keeps the counts only")
    }

    // MARK: Try-outs with dates

    @Test func aRehearsalIsKeptWithTheWeekGiven() throws {
        let rehearsal = Fixture.root.appendingPathComponent("Scenarios/rehearsals/peer_check_in.yaml").path
        let io = try RehearsalIO(path: rehearsal)
        let formatPath = Fixture.root.appendingPathComponent("Scripts/formats/peer_check_in.lua").path
        var setup = io.setup(formatPath: formatPath, library: Self.library, scenarioPath: nil)
        setup.codebook = Self.codebook
        let engine = try SessionEngine(setup: setup, io: io, journalPath: nil)
        #expect(try engine.run() == .complete)
        let store = try StoreFixture.store()
        let record = try #require(try Self.review().keepRehearsal(engine, week: "2026-W30", in: store))
        #expect(record.week == "2026-W30")
        #expect(try store.records().map(\.week) == ["2026-W30"])
        let item = try #require(record.items.first)
        #expect(item.kind == "feedback-up" && item.theme == "workload", "\(record.items)")
        #expect(record.items.count == 2, "P1's item and P2's reworded one: \(record.items)")
        for bad in ["2026-W60", "2026-W00", "2026-30", "2025-W53"] {
            let error = #expect(throws: CircleError.self) { _ = try Self.review().keepRehearsal(engine, week: bad, in: store) }
            #expect(error?.description == "'\(bad)' is not an ISO week; write it like 2026-W30 (weeks 01 to 52, or 53 in a year that has one)")
        }
        _ = try Period.date(ofWeek: "2026-W53")  // 2026 has a week 53
    }

    /// Every shipped team format ends with a step that can send words to senior leaders.
    @Test(arguments: ["action_learning_set", "parallel_process_case_discussion", "peer_check_in", "schwartz_round_style", "strengths_based_team_meeting", "middle_leaders_peer_session"])
    func everyShippedFormatSendsWordsUp(stem: String) throws {
        let io = try RehearsalIO(path: Fixture.root.appendingPathComponent("Scenarios/rehearsals/\(stem).yaml").path)
        var setup = io.setup(
            formatPath: Fixture.root.appendingPathComponent("Scripts/formats/\(stem).lua").path, library: Self.library,
            scenarioPath: io.scenario.map { Fixture.root.appendingPathComponent($0).path })
        setup.codebook = Self.codebook
        let engine = try SessionEngine(setup: setup, io: io, journalPath: nil)
        _ = try engine.run()
        let items = try Self.review().drafts(from: engine).filter { $0.kind == "feedback-up" }
        #expect(!items.isEmpty, "\(stem) recorded no feedback for senior leaders")
        #expect(items.allSatisfy { $0.theme != nil }, "\(items)")
    }
}

/// "You said, we did": responses kept in the store, signed for teams, imported beside the journals,
/// and shown in the next quarter's report.
@Suite struct LeadersResponseTests {
    static func response(_ theme: ThemeID = "workload", _ text: String = "Caseloads in the first year are capped at 15.", quarter: String = "2026-Q3")
        -> LeadersResponse
    {
        LeadersResponse(theme: theme, text: text, quarter: Quarter(quarter)!, recorded: "2026-W45")
    }

    @Test func theStoreKeepsEachResponseOnce() throws {
        let store = try StoreFixture.store()
        let first = Self.response()
        #expect(try store.add(first))
        #expect(try !store.add(first), "the same response twice is kept once")
        try store.add(Self.response("peer-support", "Team days on Tuesdays.", quarter: "2026-Q2"))
        #expect(try store.responses().map(\.quarter) == ["2026-Q3", "2026-Q2"], "newest quarter first")
        #expect(try store.responses(answering: Quarter("2026-Q2")!).map(\.text) == ["Team days on Tuesdays."])
        var broken = Self.response()
        broken.quarter = "Q3"
        #expect(throws: CircleError.self) { try store.add(broken) }
    }

    @Test func aSignedBundleTravelsToATeamAndAnyChangeIsRefused() throws {
        let key = BundleSigningKey()
        let path = try Fixture.scratch("responses.json")
        let response = Self.response()
        try ResponsesBundle(responses: [response], created: "2026-W46").signed(with: key).write(to: URL(fileURLWithPath: path))
        #expect(try ResponsesBundle.read(path, trusting: [key.publicKey]).responses == [response])
        let other = #expect(throws: CircleError.self) { _ = try ResponsesBundle.read(path, trusting: [BundleSigningKey().publicKey]) }
        #expect(other?.description.contains("which is not among your public keys") == true)

        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "capped at 15", with: "capped at 25").write(toFile: path, atomically: true, encoding: .utf8)
        let changed = #expect(throws: CircleError.self) { _ = try ResponsesBundle.read(path, trusting: [key.publicKey]) }
        #expect(changed?.description.contains("the signature does not match") == true)

        try ResponsesBundle(responses: [Self.response("workload", "Ring 07700 900123 about caseloads.")], created: "2026-W46")
            .signed(with: key).write(to: URL(fileURLWithPath: path))
        let leak = #expect(throws: CircleError.self) { _ = try ResponsesBundle.read(path, trusting: [key.publicKey]) }
        #expect(leak?.description.contains("the anonymiser still finds personal data in it (phone)") == true, "\(leak?.description ?? "")")
    }

    @Test func aTeamKeepsImportedResponsesOnceAndSessionsGetThem() throws {
        let journals = (try Fixture.scratch() as NSString).deletingLastPathComponent + "/sessions"
        let kept = TeamResponses(stateDirectory: journals)
        #expect(try kept.load().isEmpty)
        let response = Self.response()
        #expect(try kept.merge([response]) == 1)
        #expect(try kept.merge([response]) == 0, "importing twice changes nothing")
        #expect(try kept.load() == [response])
        var status = stat()
        #expect(stat(kept.path, &status) == 0 && status.st_mode & 0o077 == 0, "owner-readable only")
        let format = try UpwardFeedbackTests.format(#"s:say("heard " .. #s.responses)"#)
        try FileManager.default.createDirectory(atPath: journals, withIntermediateDirectories: true)
        let plan = try LiveSession.start(SessionEngine.Setup(formatPath: format, library: UpwardFeedbackTests.library, participants: 2), journals: journals, codebook: nil)
        #expect(plan.setup.responses == [response])
    }

    @Test func theNextQuartersReportSaysWhatLeadersDid() async throws {
        let store = try StoreFixture.store()
        try store.add(StoreFixture.quarter())
        try store.add(Self.response(quarter: "2026-Q3"))
        let compiler = ReportCompiler(store: store, labels: StoreFixture.labels, organisation: StoreFixture.organisation)
        let date = Period.thursday(of: "2027-W10")!
        #expect(try await compiler.compile(quarter: Quarter("2026-Q3")!, date: date).responses.isEmpty, "a response to the Q3 report belongs in Q4's")
        try store.add(Self.response(quarter: "2026-Q2"))
        let report = try await compiler.compile(quarter: Quarter("2026-Q3")!, date: date)
        #expect(report.responses.map(\.quarter) == ["2026-Q2"], "the Q3 report says what leaders did after the Q2 report")
        let markdown = try ReportFormat.md.render(report)
        #expect(markdown.contains("## What leaders did\n\nIn answer to the 2026-Q2 report, senior leaders said:\n\n- **Workload and caseload**: Caseloads in the first year are capped at 15."))
        let html = try ReportFormat.html.render(report)
        #expect(html.contains("<h2>What leaders did</h2>") && html.contains("<b>Workload and caseload:</b> Caseloads in the first year are capped at 15."))
    }
}
