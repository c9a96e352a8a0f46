import Foundation
import Testing

@testable import CircleKit

/// The safe-practice modules of `Scripts/lib` (agreement, signposting, check-out, evaluation) and
/// the host's side of them (the organisation file in `s.organisation`, `/step-out`, private
/// notes shown back at the end), through the real engine.
@Suite struct SafePracticeTests {
    static let library = Fixture.root.appendingPathComponent("Scripts/lib").path
    static let example = Fixture.root.appendingPathComponent("examples/organisation.yaml").path

    static func setup(organisation: Organisation?) -> SessionEngine.Setup {
        var setup = SessionEngine.Setup(formatPath: Fixture.path("safe_practice_probe.lua"), library: library, participants: 3, seed: 1)
        setup.organisation = organisation
        return setup
    }

    /// The agreement's answers: the manager here as a member, nothing to add, agreed.
    static let agreed = ["2", "n", "y"]
    /// Everything after the agreement when nobody steps out.
    static let rest = ["a", "b", "c", "d", "e", "f", "mine", "x", "y", "z", "card one", "card two", "/done"]

    static func run(_ lines: [String], organisation: Organisation? = nil) throws -> (SessionEngine, ScriptedIO) {
        let io = ScriptedIO(lines)
        let engine = try SessionEngine(setup: setup(organisation: organisation), io: io, journalPath: nil)
        #expect(try engine.run() == .complete)
        return (engine, io)
    }

    @Test func theAgreementStatesTheLimitsAndWhoActsFromTheOrganisationFile() throws {
        let organisation = try Organisation.load(path: Self.example)
        let (engine, _) = try Self.run(Self.agreed + Self.rest, organisation: organisation)
        let transcript = engine.transcript.joined(separator: "\n")
        #expect(transcript.contains("Agreement: What is said here stays here. Confidentiality has limits: a safeguarding concern"))
        #expect(transcript.contains("a safeguarding concern, a risk to someone's safety, or a fitness-to-practise matter, it will be acted on. At Northshire Children's Services: The Principal Social Worker acts on any safeguarding or fitness-to-practise concern raised in a session: psw@northshire.example."))
        #expect(transcript.contains("The practice supervisor facilitates this session"))
        #expect(transcript.contains("The team manager is here today, as a member of the group."))
        #expect(transcript.contains("Anyone may pass. Anyone may step out"))
        #expect(transcript.contains("Facilitator: No names of children or families."))
        #expect(transcript.contains("Is there anything you would add to these ground rules? → no"))
        #expect(transcript.contains("Are we agreed on these ground rules? → yes"))
        // Signposting: the toolkit quoted verbatim, then the organisation's details as written.
        #expect(transcript.contains("'Seek support from Employee Assistance Programmes or staff counselling if available.'"))
        #expect(transcript.contains("Facilitator: Employee Assistance Programme: 0800 000 0000"))
        #expect(transcript.contains("Facilitator: Occupational Health: self-refer on the intranet"))
        #expect(transcript.contains("Facilitator: Your trade union representative"))
        #expect(!transcript.contains("ask your manager"))
    }

    @Test func withNoOrganisationFileItSaysWhereToFindTheDetails() throws {
        let (engine, _) = try Self.run(Self.agreed + Self.rest)
        let transcript = engine.transcript.joined(separator: "\n")
        #expect(transcript.contains("The facilitator will take it, without delay, to the team manager or the designated safeguarding lead"))
        #expect(transcript.contains("For the Employee Assistance Programme or staff counselling, occupational health, wellbeing champions and the safeguarding lead, ask your manager or look on your organisation's intranet."))
    }

    @Test func theGroupCanAddToTheGroundRulesAndIsAskedAgainUntilItAgrees() throws {
        let lines = ["3", "y", "Phones away", "pass", "pass", "n", "Start on time", "pass", "pass", "y"] + Self.rest
        let (engine, _) = try Self.run(lines)
        let transcript = engine.transcript.joined(separator: "\n")
        #expect(transcript.contains("The facilitator is also the team manager."))
        #expect(transcript.contains("P1: Phones away"))
        #expect(transcript.contains("» What would need to change for you to agree?"))
        #expect(transcript.contains("Are we agreed on the ground rules now? → yes"))
    }

    @Test func theCheckOutAndAnAnonymousEvaluationClose() throws {
        let (engine, _) = try Self.run(Self.agreed + Self.rest)
        let transcript = engine.transcript.joined(separator: "\n")
        #expect(transcript.contains("» What are you taking away from today, and is there anything you need before you go back to work, or into your next visit?"))
        #expect(transcript.contains("'Anything you need to talk about before you leave – take support from your team/colleagues.'"))
        #expect(transcript.contains("(written): card one"))
        #expect(!transcript.contains("P1: card one") && !transcript.contains("P2: card one"))
    }

    @Test func someoneWhoStepsOutIsSkippedUntilTheyStepBackInWithNothingRecorded() throws {
        // P2 steps out during P1's first turn; P2's turns are skipped (not passes) until they step back in.
        let lines = Self.agreed + ["/step-out p2", "a", "c", "/step-out P2", "/step-in P9", "d", "/step-in P2", "f", "mine"]
            + ["x", "y", "z", "card one", "/done"]
        let (engine, io) = try Self.run(lines)
        let transcript = engine.transcript.joined(separator: "\n")
        #expect(!transcript.contains("P2: (passes)"))
        #expect(!transcript.contains("P2: b") && !transcript.contains("P2: e"))
        #expect(transcript.contains("P2: mine"))
        #expect(transcript.contains("[note] P2 stepped out (no reason is recorded)"))
        #expect(transcript.contains("[note] P2 is back"))
        #expect(io.rejected == ["P2 has already stepped out; /step-in P2 when they are back", "P9 is not in this session (P1 to P3)"])
        #expect(engine.privateNotes == ["P2 stepped out during 'Rounds': follow up with them privately."])
        #expect(engine.away.isEmpty)
        #expect(engine.contributions == 9)
        // Nothing of it reaches the record.
        #expect(!ThemeRecord(engine: engine).summary.joined().contains("stepped"))
    }

    @Test func steppingOutDuringTheirOwnTurnEndsItWithoutAPassAndAskSkipsThem() throws {
        let lines = Self.agreed + ["a", "/step-out P2", "c", "d", "f"] + ["x", "z", "card one", "/done"]
        let (engine, _) = try Self.run(lines)
        let transcript = engine.transcript.joined(separator: "\n")
        #expect(!transcript.contains("P2: (passes)"))
        #expect(transcript.contains("Facilitator: P2's turn: not taken"))
        #expect(engine.away == ["P2"])
    }

    @Test func aStepOutIsReplayedFromTheJournalExactly() throws {
        let directory = (try Fixture.scratch() as NSString).deletingLastPathComponent
        let journal = directory + "/s.jsonl"
        let first = ScriptedIO(Self.agreed + ["a", "/step-out P2", "c", "/note ring P2 later"])
        #expect(try SessionEngine(setup: Self.setup(organisation: nil), io: first, journalPath: journal).run() == .paused)
        let replay = try Journal(path: journal).entries
        let second = ScriptedIO(["d", "/step-in P2", "f", "mine", "x", "y", "z", "/done"])
        let engine = try SessionEngine(setup: Self.setup(organisation: nil), io: second, journalPath: journal, replay: replay)
        #expect(try engine.run() == .complete)
        #expect(engine.privateNotes == ["P2 stepped out during 'Rounds': follow up with them privately.", "ring P2 later"])
        #expect(!engine.transcript.contains("P2: (passes)"))
        #expect(engine.transcript.contains("P2: mine"))
    }

    @Test func privateNotesAreShownBackBeforeTheJournalGoes() throws {
        let directory = (try Fixture.scratch() as NSString).deletingLastPathComponent
        let journals = directory + "/sessions"
        try FileManager.default.createDirectory(atPath: journals, withIntermediateDirectories: true)
        let plan = try LiveSession.start(Self.setup(organisation: nil), journals: journals, codebook: nil)
        let lines = Self.agreed + ["a", "/step-out P3", "/note P1 seemed flat", "b"] + ["d", "e", "mine", "x", "y", "card", "/done"]
        let table = LiveSessionTests.Table(lines: lines, answers: ["n"])
        let session = try LiveSession(plan, io: table, names: ["Amira", "Ben", "Chloe"])
        #expect(try session.run(closing: .init(store: directory + "/themes.sqlite", journal: .delete)) == .complete)
        let notes = try #require(table.told.first)
        #expect(notes.hasPrefix("Your private notes from this session"))
        #expect(notes.contains("P3 (Chloe) stepped out during 'Rounds': follow up with them privately."))
        #expect(notes.contains("P1 seemed flat"))
        #expect(notes.contains("Still stepped out at the end: P3."))
        #expect(table.told.last == "Journal deleted: raw contributions stay in the room.")
    }
}
