import Foundation
import Testing

/// The middle leader's commands, end to end through the executable.
@Suite struct ThemeCommandTests {
    @Test func themesListsTheCodebookAndExportsQDC() throws {
        let list = try CLI.run(["themes"])
        #expect(list.status == 0)
        #expect(list.output.contains("workload"))
        #expect(list.output.contains("parallel-process"))
        let qdc = try CLI.scratchDirectory() + "/circle.qdc"
        let export = try CLI.run(["themes", "--export-qdc", qdc])
        #expect(export.status == 0)
        let xml = try String(contentsOfFile: qdc, encoding: .utf8)
        #expect(xml.contains("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\""))
    }

    @Test func rehearseExportImportCompileThroughTheCommandLine() throws {
        let dir = try CLI.scratchDirectory()
        let facilitator = ["--store", dir + "/facilitator.sqlite"]
        let leader = ["--store", dir + "/leader.sqlite"]
        // Three sessions of a format, run through to the end with the record approved.
        for (n, team) in ["EAST", "EAST", "NORTH"].enumerated() {
            let answers = try CLI.rehearsalAnswers() + ["y"]
            let run = try CLI.run(
                ["run", CLI.fixtures + "/reflective_check_in.lua", "--participants", "Amira, Ben, Chloe", "--team", team,
                 "--journal-dir", dir + "/j\(n)", "--seed", "4"] + facilitator,
                input: answers.joined(separator: "\n") + "\n")
            #expect(run.status == 0, "\(run.error)")
            #expect(run.output.contains("What leaves the room"))
        }
        let bundle = dir + "/bundle.json"
        #expect(try CLI.run(["export", "-o", bundle] + facilitator).output.contains("Wrote 3 session records"))
        // The fixture format's own theme (test-theme) is accepted once the leader has the format.
        let refused = try CLI.run(["import", bundle] + leader)
        #expect(refused.status == 1)
        #expect(refused.error.contains("names a theme not in the codebook (test-theme)"), "\(refused.error)")
        let first = try CLI.run(["import", bundle, "--formats", CLI.fixtures] + leader)
        #expect(first.output.contains("3 new session records (0 already in the store)"), "\(first.error)")
        let again = try CLI.run(["import", bundle, "--formats", CLI.fixtures] + leader)
        #expect(again.output.contains("0 new session records (3 already in the store)"))
        try "{\"circleBundle\": 1, \"created\": \"x\", \"records\": [], \"checksum\": \"00\"}".write(toFile: dir + "/bad.json", atomically: true, encoding: .utf8)
        let bad = try CLI.run(["import", dir + "/bad.json"] + leader)
        #expect(bad.status == 1)
        #expect(bad.error.contains("the checksum does not match"))
        for ext in ["html", "md", "csv", "json"] {
            let report = dir + "/report.\(ext)"
            let compiled = try CLI.run(["compile", "-o", report] + leader)
            #expect(compiled.status == 0, "\(compiled.error)")
            let text = try String(contentsOfFile: report, encoding: .utf8)
            for name in ["Amira", "Ben", "Chloe"] { #expect(!text.contains(name)) }
        }
        let tooFew = try CLI.run(["compile", "--team", "NORTH", "-o", dir + "/north.md"] + leader)
        #expect(tooFew.status == 1)
        #expect(tooFew.error.contains("only 1 session matches"))
    }
}
