import Foundation
import Testing

@testable import CircleKit

/// A session's whole life through `LiveSession`: started, paused, resumed, closed — with
/// the records carried to the team's next session, "what leaves the room", the transcript
/// and the journal.
@Suite struct LiveSessionTests {
    /// Turns answered from one list and the facilitator's closing questions from another.
    final class Table: SessionIO, FacilitatorConsole {
        var lines: [String]
        var answers: [String]
        var told: [String] = []
        var asked: [String] = []
        private var elapsed: Double = 0

        init(lines: [String], answers: [String] = []) {
            self.lines = lines
            self.answers = answers
        }

        func show(_ event: SessionEvent) {}
        func line(for request: SessionRequest, context: TurnContext) throws -> String? {
            elapsed += 60
            return lines.isEmpty ? nil : lines.removeFirst()
        }
        func reject(_ message: String, context: TurnContext) throws { throw CircleError(.input, "refused: \(message)") }
        func clock() -> Double { elapsed }
        func tell(_ text: String) { told.append(text) }
        func ask(_ question: ConsoleQuestion) -> String? {
            asked.append(question.text)
            return answers.isEmpty ? nil : answers.removeFirst()
        }
    }

    static let format = """
        return format { id = "carry-test", version = 1, title = "Carry test", summary = "s", minutes = 10,
          participants = { min = 2, max = 3 }, agreement = "a", source = "test",
          run = function(s)
            s:phase("Round", { minutes = 5 }, function()
              s:say("carried: " .. table.concat(s.carried.action or {}, "; "))
              s:round("How are you arriving?")
              s:record("action", "P1 will call the duty team", { carry = true })
              s:record("learning-point", "Amira noticed the pattern.")
            end)
          end }
        """

    @Test func startPauseResumeAndClose() throws {
        let directory = (try Fixture.scratch() as NSString).deletingLastPathComponent
        let format = directory + "/carry_test.lua"
        try Self.format.write(toFile: format, atomically: true, encoding: .utf8)
        let journals = directory + "/sessions"
        try FileManager.default.createDirectory(atPath: journals, withIntermediateDirectories: true)
        let closing = LiveSession.Closing(store: directory + "/themes.sqlite", journal: .ask, transcript: directory + "/transcript.txt")
        let setup = SessionEngine.Setup(formatPath: format, library: nil, participants: 3, team: "T1", seed: 7)

        // Paused after one answer: nothing closes, the journal stays.
        let plan = try LiveSession.start(setup, journals: journals, codebook: nil)
        #expect(plan.setup.carried.isEmpty)
        let first = Table(lines: ["Tired", "/pause"])
        #expect(try LiveSession(plan, io: first, names: ["Amira"]).run(closing: closing) == .paused)
        #expect(first.asked.isEmpty)
        #expect(FileManager.default.fileExists(atPath: plan.journal))

        // Resumed where it stopped, then closed: the item scrubbed and kept, the journal deleted.
        let resumed = try LiveSession.resume(nil, journals: journals, library: nil, codebook: nil)
        #expect(resumed.replay.count == 1)
        #expect(resumed.setup.id == plan.setup.id)
        let second = Table(lines: ["pass", "Fine"], answers: ["k", "k", "y", "n"])
        let session = try LiveSession(resumed, io: second, names: ["Amira"])
        #expect(try session.run(closing: closing) == .complete)
        #expect(second.asked == [
            "Carry it to the next meeting?", "Keep, edit or drop it?", "Keep this record in the theme store? y: the record and its 1 item; n: its counts only (how many took part, phases, themes), no items; x: nothing at all from this session, not counted as a session.",
            "Keep the journal of raw contributions on this laptop? It stays in the room either way.",
        ])
        #expect(try ThemeStore(path: closing.store).records().first?.items.map(\.text) == ["[name] noticed the pattern."])
        #expect(!FileManager.default.fileExists(atPath: plan.journal))
        #expect(second.told.last == "Journal deleted: raw contributions stay in the room.")
        let transcript = try String(contentsOfFile: directory + "/transcript.txt", encoding: .utf8)
        #expect(transcript == session.engine.transcript.joined(separator: "\n") + "\n")
        #expect(transcript.contains("Alder: Tired"), "a group that carries records has pseudonyms, not seats")

        // The team's next session of the format starts with what this one carried forward.
        let next = try LiveSession.start(
            SessionEngine.Setup(formatPath: format, library: nil, participants: 3, team: "T1", seed: 8), journals: journals, codebook: nil)
        #expect(next.setup.carried == ["action": ["P1 will call the duty team"]])
        let other = try LiveSession.start(
            SessionEngine.Setup(formatPath: format, library: nil, participants: 3, team: "T2", seed: 8), journals: journals, codebook: nil)
        #expect(other.setup.carried.isEmpty, "another team's session carries nothing")
    }
}
