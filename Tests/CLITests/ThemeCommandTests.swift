import CircleKit
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

    /// Ten sessions of 2026-Q3 (closed), each raising workload, kept in the store at `path` (a
    /// bundle made today would be after the quarter's cut-off).
    static func closedQuarter(in path: String, team: TeamCode = "EAST") throws {
        try ThemeStore(path: path).add((1...10).map { n in
            ThemeRecord(
                id: String(format: "00000000-0000-4000-8000-%012d", 500 + n), format: "peer-check-in", formatVersion: 1,
                week: String(format: "2026-W%02d", 27 + n), team: team, participants: 4, phasesCompleted: 3,
                themes: ["workload": 1], items: [])
        })
    }

    /// `circle compile -o report.pdf` prints the HTML report with headless Chromium; without
    /// Chromium it says how to get one and writes nothing.
    @Test func compileToPDF() throws {
        let dir = try CLI.scratchDirectory()
        let store = ["--store", dir + "/leader.sqlite"]
        try Self.closedQuarter(in: dir + "/leader.sqlite")
        let pdf = dir + "/report.pdf"
        let compiled = try CLI.run(["compile", "--period", "2026-Q3", "-o", pdf] + store)
        #expect(compiled.status == 0, "\(compiled.error)")
        #expect(compiled.output.contains("into \(pdf)"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: pdf)).starts(with: Data("%PDF".utf8)))
        let missing = dir + "/missing.pdf"
        let refused = try CLI.run(["compile", "--period", "2026-Q3", "-o", missing] + store, environment: ["CHROMIUM_PATH": dir + "/no-chromium"])
        #expect(refused.status == 1)
        #expect(refused.error.contains("CHROMIUM_PATH=\(dir)/no-chromium is not a program that can be run"), "\(refused.error)")
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test func rehearseExportImportCompileThroughTheCommandLine() throws {
        let dir = try CLI.scratchDirectory()
        let facilitator = ["--store", dir + "/facilitator.sqlite"]
        let leader = ["--store", dir + "/leader.sqlite"]
        let keys = try CLI.run(["key", "new", "--signing-key", dir + "/keys/signing.key", "--public-key", dir + "/keys/public.key"])
        #expect(keys.status == 0, "\(keys.error)")
        #expect(keys.output.contains("Signing key (facilitators only; readable by you alone): \(dir)/keys/signing.key"))
        let again = try CLI.run(["key", "new", "--signing-key", dir + "/keys/signing.key", "--public-key", dir + "/keys/other.key"])
        #expect(again.status == 1 && again.error.contains("Circle never overwrites a key"))
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
        let unsigned = try CLI.run(["export", "-o", bundle, "--signing-key", dir + "/none.key"] + facilitator)
        #expect(unsigned.status == 1 && unsigned.error.contains("cannot read the bundle signing key"))
        #expect(try CLI.run(["export", "-o", bundle, "--signing-key", dir + "/keys/signing.key"] + facilitator).output.contains("Wrote 3 session records"))
        let trust = ["--public-key", dir + "/keys/public.key"]
        // The fixture format's own theme (test-theme) is accepted once the leader has the format.
        let refused = try CLI.run(["import", bundle] + trust + leader)
        #expect(refused.status == 1)
        #expect(refused.error.contains("names a theme not in the codebook (test-theme)"), "\(refused.error)")
        let first = try CLI.run(["import", bundle, "--formats", CLI.fixtures] + trust + leader)
        #expect(first.output.contains("3 new session records (0 already in the store)"), "\(first.error)")
        let again2 = try CLI.run(["import", bundle, "--formats", CLI.fixtures] + trust + leader)
        #expect(again2.output.contains("0 new session records (3 already in the store)"))
        let text = try String(contentsOfFile: bundle, encoding: .utf8)
        try text.replacingOccurrences(of: "\"participants\" : 3", with: "\"participants\" : 30").write(toFile: dir + "/bad.json", atomically: true, encoding: .utf8)
        let bad = try CLI.run(["import", dir + "/bad.json"] + trust + leader)
        #expect(bad.status == 1)
        #expect(bad.error.contains("the signature does not match"))
        // Sessions of a closed quarter, kept in the leader's store as an import by its cut-off would.
        try Self.closedQuarter(in: dir + "/leader.sqlite")
        for ext in ["html", "md", "csv", "json"] {
            let report = dir + "/report.\(ext)"
            let compiled = try CLI.run(["compile", "--period", "2026-Q3", "-o", report] + leader)
            #expect(compiled.status == 0, "\(compiled.error)")
            let text = try String(contentsOfFile: report, encoding: .utf8)
            for name in ["Amira", "Ben", "Chloe"] { #expect(!text.contains(name)) }
        }
        let open = try CLI.run(["compile", "--period", "2026-Q4", "-o", dir + "/q4.md"] + leader)
        #expect(open.status == 1)
        #expect(open.error.contains("2026-Q4 is not closed yet"))
        let north = try CLI.run(["compile", "--period", "2026-Q3", "--team", "NORTH", "-o", dir + "/north.md"] + leader)
        #expect(north.status == 1)
        #expect(north.error.contains("team NORTH has no report of its own for 2026-Q3"))
        let dates = try CLI.run(["compile", "--period", "2026-W40", "-o", dir + "/w.md"] + leader)
        #expect(dates.error.contains("'2026-W40' is not a quarter"))
    }
}
