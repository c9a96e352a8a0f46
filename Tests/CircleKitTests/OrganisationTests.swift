import Foundation
import Testing

@testable import CircleKit

@Suite struct OrganisationTests {
    let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples/organisation.yaml").path

    @Test func theShippedExampleReads() throws {
        let organisation = try Organisation.load(path: example)
        #expect(organisation.name == "Northshire Children's Services")
        #expect(organisation.support.employeeAssistance?.contains("0800") == true)
        #expect(organisation.support.wellbeingChampions.count == 1)
        #expect(organisation.teams.map(\.code) == ["CFS-EAST", "CFS-WEST", "CIC-1", "EH-NORTH"])
        #expect(organisation.team("CIC-1")?.service == "Children in Care")
    }

    @Test func aTeamCodeMustBeOneOfTheOrganisationsTeams() throws {
        let organisation = try Organisation.load(path: example)
        #expect(try organisation.teamCode("CFS-EAST") == "CFS-EAST")
        let slip = #expect(throws: CircleError.self) { try organisation.teamCode("CFS-EST") }
        #expect(slip?.description.contains("did you mean CFS-EAST?") == true)
        let unknown = #expect(throws: CircleError.self) { try organisation.teamCode("YOT") }
        #expect(unknown?.description.contains("they are CFS-EAST, CFS-WEST, CIC-1, EH-NORTH") == true)
        #expect(throws: CircleError.self) { try organisation.teamCode("Sam Adeyemi 07700 900456") }
        // Without a list of teams, the pattern is the rule.
        #expect(try Organisation(name: "X").teamCode("ANY-TEAM") == "ANY-TEAM")
    }

    @Test func mistakesNameTheFileLineAndFix() throws {
        let cases: [(String, String)] = [
            ("name: X\nsuport:\n  employee_assistance: y\n", "o.yaml:2: unknown key `suport`; did you mean `support`?"),
            ("support:\n  employee_assistance: y\n", "`name:` is missing"),
            ("name: X\nteams:\n  - code: \"=HYPERLINK(1)\"\n", "o.yaml:3:"),
            ("name: X\nteams:\n  - code: T1\n  - T1\n", "o.yaml:4: team T1 is listed twice"),
            ("name: X\nteams: T1\n", "o.yaml:2: `teams:` should be a list"),
            ("name: [a\n", "not valid YAML"),
            ("- a\n", "should be a mapping"),
        ]
        for (text, expected) in cases {
            let error = #expect(throws: CircleError.self) { try Organisation.parse(text, path: "o.yaml") }
            #expect(error?.description.contains(expected) == true, "\(error?.description ?? "no error") should contain \(expected)")
        }
    }

    @Test func foundByFlagThenEnvironmentThenConfigurationFolders() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("org-\(RandomID.make())").path
        defer { try? FileManager.default.removeItem(atPath: home) }
        let environment = ["HOME": home, "XDG_CONFIG_DIRS": home + "/etc"]
        #expect(try Organisation.find(environment: environment) == nil)
        try FileManager.default.createDirectory(atPath: home + "/etc/circle", withIntermediateDirectories: true)
        try "name: System\n".write(toFile: home + "/etc/circle/organisation.yaml", atomically: true, encoding: .utf8)
        #expect(try Organisation.find(environment: environment)?.name == "System")
        try FileManager.default.createDirectory(atPath: home + "/.config/circle", withIntermediateDirectories: true)
        try "name: Mine\n".write(toFile: home + "/.config/circle/organisation.yaml", atomically: true, encoding: .utf8)
        #expect(try Organisation.find(environment: environment)?.name == "Mine")
        #expect(try Organisation.find(environment: environment.merging(["CIRCLE_ORGANISATION": example]) { $1 })?.name == "Northshire Children's Services")
        #expect(throws: CircleError.self) { try Organisation.find(explicitly: home + "/missing.yaml", environment: environment) }
    }
}
