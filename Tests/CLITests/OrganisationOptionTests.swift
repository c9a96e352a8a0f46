import Foundation
import Testing

/// `--organisation` on run, rehearse and lint: the organisation file's support details reach the
/// formats' agreement and signposting; a rehearsal uses only its own `organisation:` or the option.
@Suite struct OrganisationOptionTests {
    static let example = CLI.root.appendingPathComponent("examples/organisation.yaml").path
    static let probe = CLI.fixtures + "/safe_practice_probe.lua"

    @Test func aRehearsalReadsItsOwnOrganisationFileOrTheOneNamed() throws {
        let rehearsal = "Scenarios/rehearsals/peer_check_in.yaml"
        let own = try CLI.run(["rehearse", "peer-check-in", "--rehearsal", rehearsal])
        #expect(own.status == 0, "\(own.error)")
        #expect(own.output.contains("At Northshire Children's Services: The Principal Social Worker acts on any safeguarding"))
        let other = try CLI.scratchDirectory() + "/organisation.yaml"
        try "name: Southshire Council\nsupport:\n  safeguarding_lead: \"The duty safeguarding manager, on 01632 960 111\"\n"
            .write(toFile: other, atomically: true, encoding: .utf8)
        let named = try CLI.run(["rehearse", "peer-check-in", "--rehearsal", rehearsal, "--organisation", other])
        #expect(named.status == 0, "\(named.error)")
        #expect(named.output.contains("At Southshire Council: The duty safeguarding manager, on 01632 960 111."))
        #expect(named.output.contains("For the Employee Assistance Programme or staff counselling, occupational health and wellbeing champions, ask your manager or look on the intranet."))
        #expect(!named.output.contains("Northshire"))
    }

    @Test func runReadsTheOrganisationAndShowsPrivateNotesBackAtTheEnd() throws {
        let dir = try CLI.scratchDirectory()
        let lines = ["2", "n", "y", "a", "/step-out P3", "/note P1 seemed flat", "b", "d", "e", "mine", "x", "y", "card", "/done"]
        let result = try CLI.run(
            ["run", Self.probe, "--participants", "Amira, Ben, Chloe", "--journal-dir", dir],
            input: lines.joined(separator: "\n") + "\n", environment: ["CIRCLE_ORGANISATION": Self.example])
        #expect(result.status == 0, "\(result.output)\n\(result.error)")
        #expect(result.output.contains("At Northshire Children's Services:"))
        #expect(result.output.contains("Your private notes from this session"))
        #expect(result.output.contains("P3 (Chloe) stepped out during 'Rounds': follow up with them privately."))
        #expect(result.output.contains("P1 seemed flat"))
    }

    @Test func aMissingOrganisationFileIsOneClearError() throws {
        let lint = try CLI.run(["lint", "peer-check-in", "--organisation", "/nonexistent/organisation.yaml"])
        #expect(lint.status != 0)
        #expect(lint.error.contains("/nonexistent/organisation.yaml: cannot read the organisation file"))
        let ok = try CLI.run(["lint", "peer-check-in", "--organisation", Self.example])
        #expect(ok.status == 0, "\(ok.output)")
    }
}
