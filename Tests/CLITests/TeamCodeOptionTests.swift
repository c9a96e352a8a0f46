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
