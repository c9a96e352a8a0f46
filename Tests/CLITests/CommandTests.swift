import CircleKit
import Foundation
import Testing

@Suite struct CommandTests {
    let format = CLI.fixtures + "/reflective_check_in.lua"

    @Test func helpAndVersion() throws {
        let help = try CLI.run(["--help"])
        #expect(help.status == 0)
        for command in ["formats", "run", "resume", "sessions", "rehearse", "lint", "new", "sandbox"] {
            #expect(help.output.contains(command))
        }
        #expect(try CLI.run(["--version"]).output == Circle.version + "\n")
        let run = try CLI.run(["run", "--help"])
        #expect(run.output.contains("/extend N"))
    }

    @Test func rehearsePrintsTheGoldenTranscript() throws {
        let result = try CLI.run(["rehearse", format, "--rehearsal", CLI.fixtures + "/reflective_check_in.yaml"])
        #expect(result.status == 0)
        #expect(result.output == (try String(contentsOfFile: CLI.fixtures + "/reflective_check_in.transcript", encoding: .utf8)))
    }

    @Test func formatsListsTheLibraryAndLintChecksIt() throws {
        let formats = try CLI.run(["formats", "--formats", CLI.fixtures])
        #expect(formats.output.contains("reflective-check-in  —  Reflective check-in (test)"))
        #expect(formats.output.contains("30 min · 2–6 people · suits: test"))
        let lint = try CLI.run(["lint", format])
        #expect(lint.status == 0)
        #expect(lint.output.contains("ok   \(format)"))
        #expect(lint.output.contains("time boxes add up to 25 min of the 30 min declared"))
        #expect(lint.output.contains("4 phases reached"))
    }

    @Test func lintFindsUnreachablePhasesUntakenChoicesAndErrors() throws {
        let dir = try CLI.scratchDirectory()
        let file = dir + "/branchy.lua"
        try """
            return format { id = "branchy", version = 1, title = "Branchy", summary = "s", minutes = 10,
              participants = { min = 2, max = 3 }, agreement = "a", source = "test",
              run = function(s)
                local _, i = s:choose("Which way?", { "left", "right" })
                if i == 2 then s:phase("Right", { minutes = 5 }, function() s:say("right") end) end
                if false then s:phase("Never", { minutes = 20 }, function() end) end
                if #s.participants == 3 and i == 2 then local x = nil; return x.boom end
              end }
            """.write(toFile: file, atomically: true, encoding: .utf8)
        let lint = try CLI.run(["lint", file])
        #expect(lint.status != 0)
        #expect(lint.output.contains("FAIL \(file)"))
        #expect(lint.output.contains("error: with 3 participants: branchy.lua:7: attempt to index a nil value (local 'x')"))
        try String(contentsOfFile: file, encoding: .utf8).replacingOccurrences(of: "return x.boom", with: "return")
            .write(toFile: file, atomically: true, encoding: .utf8)
        let clean = try CLI.run(["lint", file])
        #expect(clean.status == 0)
        #expect(clean.output.contains("warning: branchy.lua:6: phase 'Never' never ran in any simulated session (unreachable?)"))
        #expect(!clean.output.contains("never taken"))
    }

    @Test func newScaffoldsAFormatThatLintsClean() throws {
        let dir = try CLI.scratchDirectory()
        let made = try CLI.run(["new", "team-check-in", "--formats", dir])
        #expect(made.status == 0)
        #expect(FileManager.default.fileExists(atPath: dir + "/team_check_in.lua"))
        let lint = try CLI.run(["lint", "team-check-in", "--formats", dir])
        #expect(lint.status == 0, "\(lint.output)")
        #expect(try CLI.run(["new", "team-check-in", "--formats", dir]).status != 0)
        let bad = try CLI.run(["new", "Team Check In", "--formats", dir])
        #expect(bad.status != 0)
        #expect(bad.error.contains("is not a format id"))
    }

    @Test func badInputIsOneClearLineAndANonZeroExit() throws {
        let missing = try CLI.run(["rehearse", "no-such-format", "--rehearsal", "x.yaml", "--formats", CLI.fixtures])
        #expect(missing.status == 1)
        #expect(missing.error == "circle: no format with id 'no-such-format' in \(CLI.fixtures); `circle formats` lists them\n")
        let dir = try CLI.scratchDirectory()
        try "participants: [oops".write(toFile: dir + "/bad.yaml", atomically: true, encoding: .utf8)
        let yaml = try CLI.run(["rehearse", format, "--rehearsal", dir + "/bad.yaml"])
        #expect(yaml.status == 1)
        #expect(yaml.error.hasPrefix("circle: \(dir)/bad.yaml: not valid YAML"))
        let resume = try CLI.run(["resume", "--journal-dir", dir])
        #expect(resume.status == 1)
        #expect(resume.error.contains("no sessions to resume"))
    }

    @Test func aRunThenSessionsThenResume() throws {
        let dir = try CLI.scratchDirectory()
        let answers = try CLI.rehearsalAnswers()
        let first = try CLI.run(
            ["run", format, "--participants", "Amira, Ben, Chloe", "--journal-dir", dir, "--seed", "4"],
            input: answers.prefix(5).joined(separator: "\n") + "\n/pause\n")
        #expect(first.status == 0)
        #expect(first.output.contains("Amira (P1) — How are you arriving today?"))
        #expect(first.output.contains("Session paused and saved. Carry on with: circle resume"))
        let sessions = try CLI.run(["sessions", "--journal-dir", dir])
        #expect(sessions.output.contains("reflective-check-in"))
        #expect(sessions.output.contains("5 turns answered"))
        let journal = try FileManager.default.contentsOfDirectory(atPath: dir + "/sessions").first!
        let raw = try String(contentsOfFile: dir + "/sessions/" + journal, encoding: .utf8)
        for name in ["Amira", "Ben", "Chloe"] { #expect(!raw.contains(name)) }
        let transcript = dir + "/transcript.txt"
        let second = try CLI.run(
            ["resume", "--journal-dir", dir, "--transcript", transcript], input: answers.dropFirst(5).joined(separator: "\n") + "\n")
        #expect(second.status == 0)
        #expect(second.output.contains("Resuming reflective-check-in (5 answered turns replayed)."))
        #expect(second.output.contains("Journal deleted"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/sessions").isEmpty)
        // The rehearsal's transcript, less the time warnings its one-minute-per-answer clock produces.
        let golden = try String(contentsOfFile: CLI.fixtures + "/reflective_check_in.transcript", encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("[time]") }.joined(separator: "\n") + "\n"
        #expect(try String(contentsOfFile: transcript, encoding: .utf8) == golden)
    }
}
