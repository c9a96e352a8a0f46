import Foundation
import Testing
@testable import CircleKit

@Suite struct EngineTests {
    func rehearse(_ format: String = Fixture.path("reflective_check_in.lua"), rehearsal: String = Fixture.path("reflective_check_in.yaml"))
        throws -> (SessionEngine, SessionEngine.Outcome, RehearsalIO)
    {
        let io = try RehearsalIO(path: rehearsal)
        let engine = try SessionEngine(
            setup: io.setup(formatPath: format, library: nil, scenarioPath: nil),
            io: io, journalPath: nil, phaseTotal: SessionEngine.phaseCount(format, library: nil, participants: io.participants))
        let outcome = try engine.run()
        try io.checkAllUsed()
        return (engine, outcome, io)
    }

    @Test func rehearsalMatchesTheGoldenTranscript() throws {
        let (engine, outcome, _) = try rehearse()
        let golden = try String(contentsOfFile: Fixture.path("reflective_check_in.transcript"), encoding: .utf8)
        #expect(outcome == .complete)
        #expect(engine.transcript.joined(separator: "\n") + "\n" == golden)
        #expect(engine.contributions == 8)
        #expect(engine.phasesCompleted == 4)
        #expect(engine.themeCounts == ["workload": 1, "test-theme": 1, "peer-support": 1])
        #expect(engine.records.map(\.key) == ["arrivals"])
    }

    @Test func aRehearsalThatDriftsIsReportedAtTheExactAnswer() throws {
        let drifted = try Fixture.checkIn(replacing: "How are you arriving today?", with: "How are you today?")
        let error = #expect(throws: CircleError.self) { _ = try rehearse(drifted) }
        #expect(error?.description == "\(Fixture.path("reflective_check_in.yaml")):7: answer 1 expects “How are you arriving”, but the format asks P1: “How are you today?” at step 1, phase 'Arriving'")
        let tooFew = try Fixture.write("short.yaml", "participants: 3\nanswers:\n  - hello\n")
        let short = #expect(throws: CircleError.self) { _ = try rehearse(rehearsal: tooFew) }
        #expect(short?.description.contains("the format still asks for more: step 2 P2: “How are you arriving today?”, phase 'Arriving'") == true)
        let wrongStep = try Fixture.write("wrong.yaml", "participants: 3\nanswers:\n  - { expect: 'Who will present', answer: '1' }\n")
        let wrong = #expect(throws: CircleError.self) { _ = try rehearse(rehearsal: wrongStep) }
        #expect(wrong?.description.hasPrefix("\(wrongStep):3: answer 1 expects “Who will present”, but the format asks P1: “How are you arriving today?” at step 1") == true)
    }

    @Test func formatErrorsNameFileLineAndFix() throws {
        let cases: [(String, String, String)] = [
            ("id = \"reflective-check-in\"", "id = \"Reflective Check-in\"", "reflective_check_in.lua:2: format: field 'id' must be kebab-case"),
            ("  minutes = 30,\n", "", "field 'minutes' must be the session's length in minutes, got nil; e.g. minutes = 90"),
            ("      s:say(\"Welcome. Anyone may pass.\")", "      s:say(\"Welcome\"", "reflective_check_in.lua:22: ')' expected (to close '(' at line 21) near 'local'"),
            ("s:round(\"Your open question\"", "s:round(nil", "reflective_check_in.lua:36: s:round expects a prompt string, got nil"),
            ("s:ask(s.role.presenter", "s.ask(s.role.presenter", "s:ask must be called with a colon"),
        ]
        for (old, new, expected) in cases {
            let broken = try Fixture.checkIn(replacing: old, with: new)
            let error = #expect(throws: CircleError.self) { _ = try rehearse(broken) }
            #expect(error?.description.contains(expected) == true, "\(error?.description ?? "no error")")
        }
    }

    @Test func aRuntimeErrorInPhaseThreeStopsWithFileAndLineAndKeepsTheJournal() throws {
        let broken = try Fixture.checkIn(
            replacing: "      if s:confirm(\"Has the presenter heard enough questions?\") then",
            with: "      local nothing = nil\n      if nothing.field then")
        let journal = try Fixture.scratch("broken.jsonl")
        let io = ScriptedIO(try rehearsalLines())
        let engine = try SessionEngine(
            setup: .init(formatPath: broken, library: nil, participants: 3, seed: 4), io: io, journalPath: journal)
        let error = #expect(throws: CircleError.self) { _ = try engine.run() }
        #expect(error?.description.contains("reflective_check_in.lua:38: attempt to index a nil value (local 'nothing')") == true)
        let saved = try Journal(path: journal)
        #expect(saved.entries.count == 9)
        #expect(saved.entries.last?.key == "ask P3: Your open question")
    }

    @Test func facilitatorCommandsSkipExtendEndAndNote() throws {
        let io = ScriptedIO([
            "/extend 5", "Fine", "/skip",               // phase 1: extended, then skipped after one answer
            "nonsense", "3", "/note keep an eye on time", "#moral-distress", "I'm stuck", "/end",
        ])
        let engine = try SessionEngine(
            setup: .init(formatPath: Fixture.path("reflective_check_in.lua"), library: nil, participants: 3, seed: 1),
            io: io, journalPath: nil)
        #expect(try engine.run() == .endedEarly)
        #expect(io.rejected == ["choose a number from 1 to 3"])
        let transcript = engine.transcript.joined(separator: "\n")
        #expect(transcript.contains("[time] phase extended by 5 min"))
        #expect(transcript.contains("(phase 'Arriving' skipped)"))
        #expect(transcript.contains("[note] keep an eye on time"))
        #expect(transcript.contains("[tagged] #moral-distress"))
        #expect(transcript.hasSuffix("== Session ended early: 1 phase, 2 contributions =="))
        #expect(engine.themeCounts["moral-distress"] == 1)
    }

    @Test func pausingStopsWithNothingLostAndResumeFinishesTheSame() throws {
        let lines = try rehearsalLines()
        let uninterrupted = try SessionEngine(
            setup: .init(formatPath: Fixture.path("reflective_check_in.lua"), library: nil, participants: 3, seed: 4),
            io: ScriptedIO(lines), journalPath: nil)
        _ = try uninterrupted.run()
        for cut in [0, 1, 4, 9, 14] {
            let journal = try Fixture.scratch("session.jsonl")
            let setup = SessionEngine.Setup(
                formatPath: Fixture.path("reflective_check_in.lua"), library: nil, participants: 3, seed: 4)
            let first = try SessionEngine(setup: setup, io: ScriptedIO(Array(lines[..<cut]) + ["/pause"]), journalPath: journal)
            #expect(try first.run() == .paused)
            let saved = try Journal(path: journal)
            #expect(saved.entries.count == cut)
            let second = try SessionEngine(
                setup: setup, io: ScriptedIO(Array(lines[cut...])), journalPath: journal, replay: saved.entries)
            #expect(try second.run() == .complete)
            #expect(second.transcript == uninterrupted.transcript)
        }
    }

    @Test func journalIsPrivateAndHoldsNoNames() throws {
        let journal = try Fixture.scratch("private.jsonl")
        let engine = try SessionEngine(
            setup: .init(formatPath: Fixture.path("reflective_check_in.lua"), library: nil, participants: 3, team: "T7", seed: 4),
            io: ScriptedIO(Array(try rehearsalLines().prefix(3))), journalPath: journal)
        #expect(try engine.run() == .paused)
        let attributes = try FileManager.default.attributesOfItem(atPath: journal)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let header = try Journal(path: journal).header
        #expect(header.participants == 3)
        #expect(header.team == "T7")
        #expect(header.format == "reflective-check-in")
    }

    @Test func tornAndCorruptJournalsAreHandledClearly() throws {
        let journal = try Fixture.scratch("torn.jsonl")
        let setup = SessionEngine.Setup(formatPath: Fixture.path("reflective_check_in.lua"), library: nil, participants: 3, seed: 4)
        _ = try SessionEngine(setup: setup, io: ScriptedIO(Array(try rehearsalLines().prefix(4))), journalPath: journal).run()
        let intact = try String(contentsOfFile: journal, encoding: .utf8)
        try (intact + "{\"step\":5,\"key\":\"ask P2: What wou").write(toFile: journal, atomically: true, encoding: .utf8)
        let torn = try Journal(path: journal)
        #expect(torn.droppedTornLine)
        #expect(torn.entries.count == 4)
        try torn.rewrite()
        #expect(try String(contentsOfFile: journal, encoding: .utf8) == intact)

        var lines = intact.split(separator: "\n").map(String.init)
        lines[2] = "garbage"
        try (lines.joined(separator: "\n") + "\n").write(toFile: journal, atomically: true, encoding: .utf8)
        let corrupt = #expect(throws: CircleError.self) { _ = try Journal(path: journal) }
        #expect(corrupt?.description == "\(journal) line 3: corrupt journal entry; the lines before it are intact — keep a copy, remove this line and what follows, then resume")

        try intact.replacingOccurrences(of: "\"version\":1", with: "\"version\":9").write(toFile: journal, atomically: true, encoding: .utf8)
        let future = #expect(throws: CircleError.self) { _ = try Journal(path: journal) }
        #expect(future?.description == "\(journal): journal version 9 is newer than this Circle understands (1); update Circle")
    }

    @Test func aJournalFromAnEditedFormatIsReportedAtTheStepWhereTheyDiverge() throws {
        let journal = try Fixture.scratch("edited.jsonl")
        let setup = SessionEngine.Setup(formatPath: Fixture.path("reflective_check_in.lua"), library: nil, participants: 3, seed: 4)
        _ = try SessionEngine(setup: setup, io: ScriptedIO(Array(try rehearsalLines().prefix(6))), journalPath: journal).run()
        var edited = setup
        edited.formatPath = try Fixture.checkIn(replacing: "What would you like to bring?", with: "What do you bring today?")
        let engine = try SessionEngine(
            setup: edited, io: ScriptedIO([]), journalPath: journal, replay: try Journal(path: journal).entries)
        let error = #expect(throws: CircleError.self) { _ = try engine.run() }
        #expect(error?.description.contains("the journal no longer matches the format at step 5: the journal answered “ask P2: What would you like to bring?” but the format now asks “ask P2: What do you bring today?”") == true)
    }

    @Test func roundOrdersAreSeatedReversedRandomAndChosen() throws {
        func order(_ option: String, _ lines: [String] = ["a", "b", "c", "d"]) throws -> [String] {
            let format = try Fixture.write("order.lua", """
                return format { id = "order", version = 1, title = "Order", summary = "s", minutes = 5,
                  participants = { min = 1, max = 9 }, agreement = "a", source = "test",
                  run = function(s) s:round("Go", { order = "\(option)" }) end }
                """)
            let io = ScriptedIO(lines)
            let engine = try SessionEngine(setup: .init(formatPath: format, library: nil, participants: 4, seed: 99), io: io, journalPath: nil)
            _ = try engine.run()
            return io.shown.compactMap { if case .contribution(let p, _, _) = $0 { return p } else { return nil } }
        }
        #expect(try order("seated") == ["P1", "P2", "P3", "P4"])
        #expect(try order("reversed") == ["P4", "P3", "P2", "P1"])
        let random = try order("random")
        #expect(Set(random) == ["P1", "P2", "P3", "P4"])
        #expect(try order("random") == random)
        // Chosen: P3, then P1, then "nobody else" (option 3 of P1, P2, P4 + nobody → after P1 goes, option 3).
        #expect(try order("chosen", ["3", "a", "1", "b", "3"]) == ["P3", "P1"])
    }
}
