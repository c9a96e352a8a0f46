import Foundation
import Testing

/// `--team` takes a team code, never free text: a name and phone number, or a spreadsheet formula,
/// is refused before anything runs, with the rule.
@Suite struct TeamCodeOptionTests {
    @Test(arguments: [
        ("Sam Adeyemi 07700 900456", "\"Sam Adeyemi 07700 900456\" is not a team code"),
        ("=HYPERLINK(", "\"=HYPERLINK(\" is not a team code"),
    ])
    func freeTextIsRefused(team: String, message: String) throws {
        let dir = try CLI.scratchDirectory()
        let run = try CLI.run(
            ["run", CLI.fixtures + "/reflective_check_in.lua", "--participants", "3", "--team", team, "--journal-dir", dir, "--store", dir + "/s.sqlite"])
        #expect(run.status != 0)
        #expect(run.error.contains(message), "\(run.error)")
        #expect(run.error.contains("e.g. CFS-EAST"), "\(run.error)")
        let compile = try CLI.run(["compile", "--team", team, "-o", dir + "/r.md", "--store", dir + "/s.sqlite"])
        #expect(compile.status != 0)
        #expect(compile.error.contains(message), "\(compile.error)")
    }
}

/// With an organisation file, `--team` must be one of its teams.
@Suite struct OrganisationTeamOptionTests {
    static let organisation = CLI.root.appendingPathComponent("examples/organisation.yaml").path

    @Test func aTeamNotInTheOrganisationIsRefusedWithDidYouMean() throws {
        let dir = try CLI.scratchDirectory()
        let base = ["run", CLI.fixtures + "/reflective_check_in.lua", "--participants", "3", "--journal-dir", dir, "--store", dir + "/s.sqlite"]
        let slip = try CLI.run(base + ["--team", "CFS-EST", "--organisation", Self.organisation])
        #expect(slip.status != 0)
        #expect(slip.error.contains("\"CFS-EST\" is not one of Northshire Children's Services' teams"), "\(slip.error)")
        #expect(slip.error.contains("did you mean CFS-EAST?"), "\(slip.error)")
        // Found through the environment too; a listed team runs (and, with no input, pauses).
        let unlisted = try CLI.run(base + ["--team", "YOT"], environment: ["CIRCLE_ORGANISATION": Self.organisation])
        #expect(unlisted.status != 0)
        #expect(unlisted.error.contains("they are CFS-EAST, CFS-WEST, CIC-1, EH-NORTH"), "\(unlisted.error)")
        let listed = try CLI.run(base + ["--team", "CFS-EAST", "--organisation", Self.organisation])
        #expect(listed.status == 0, "\(listed.error)")
        // A rehearsal's team is checked against an organisation file named for it.
        let rehearse = try CLI.run([
            "rehearse", CLI.fixtures + "/reflective_check_in.lua", "--rehearsal", CLI.fixtures + "/reflective_check_in.yaml",
            "--organisation", Self.organisation,
        ])
        #expect(rehearse.status != 0)
        #expect(rehearse.error.contains("\"TEST\" is not one of Northshire Children's Services' teams"), "\(rehearse.error)")
    }
}
