import Foundation
import Testing

/// Issue 15's round trip at the command line, as a new middle leader would try it: rehearsals kept
/// over two quarters (`--keep --week`), exported and imported, compiled; then senior leaders'
/// response recorded, sent back to the team, and read out in the team's next session.
@Suite struct UpwardFeedbackCLITests {
    static let peerCheckIn = CLI.root.appendingPathComponent("Scenarios/rehearsals/peer_check_in.yaml").path

    @Test func rehearsalsKeptOverTwoQuartersReachTheReportAndLeadersAnswerReachesTheTeam() throws {
        let dir = try CLI.scratchDirectory()
        let team = ["--store", dir + "/team.sqlite"]
        let leader = ["--store", dir + "/leader.sqlite"]
        let keys = ["--signing-key", dir + "/keys/signing.key"]
        let trust = ["--public-key", dir + "/keys/public.key"]
        let made = try CLI.run(["key", "new"] + keys + trust)
        #expect(made.status == 0, "\(made.error)")

        // 9 sessions in 2026-Q2 and 13 in 2026-Q3, over two teams.
        let weeks = (15...23).map { String(format: "2026-W%02d", $0) } + (27...39).map { String(format: "2026-W%02d", $0) }
        for (n, week) in weeks.enumerated() {
            let kept = try CLI.run(
                ["rehearse", "peer-check-in", "--rehearsal", Self.peerCheckIn, "--keep", "--week", week,
                 "--team", n % 2 == 0 ? "CFS-EAST" : "CFS-WEST"] + team)
            #expect(kept.status == 0, "\(kept.error)")
            #expect(kept.output.contains("Kept the rehearsal's record (\(week), team CFS-"), "\(kept.output)")
        }

        // And 9 case supervisions in 2026-Q3, which raise some of the check-in's themes and not others,
        // so shares change between the quarters.
        let kolb = CLI.root.appendingPathComponent("Scenarios/rehearsals/kolb_case_supervision.yaml").path
        for n in 0..<9 {
            let week = String(format: "2026-W%02d", 27 + n)
            let kept = try CLI.run(
                ["rehearse", "kolb-case-supervision", "--rehearsal", kolb, "--keep", "--week", week,
                 "--team", n % 2 == 0 ? "CFS-EAST" : "CFS-WEST"] + team)
            #expect(kept.status == 0, "\(kept.error)")
        }

        // Each quarter's bundle, made before its cut-off (a try-out store dates its bundles with --week).
        for (name, range, week) in [("q2", ["--until", "2026-W26"], "2026-W27"), ("q3", ["--since", "2026-W27"], "2026-W40")] {
            let exported = try CLI.run(["export", "-o", "\(dir)/\(name).json", "--week", week] + range + team + keys)
            #expect(exported.status == 0, "\(exported.error)")
            let imported = try CLI.run(["import", "\(dir)/\(name).json"] + trust + leader)
            #expect(imported.status == 0, "\(imported.error)")
            #expect(!imported.output.contains("count in no report"), "\(imported.output)")
        }

        let report = dir + "/report.md"
        let compiled = try CLI.run(["compile", "--period", "2026-Q3", "-o", report] + leader)
        #expect(compiled.status == 0, "\(compiled.error)")
        let text = try String(contentsOfFile: report, encoding: .utf8)
        // The change per theme: each quarter's share of sessions, side by side, and the change in
        // points (22 sessions in Q3, rounded to 20; the check-ins' self-care in 13 of them, rounded to 15).
        #expect(text.contains("| theme | 2026-Q2 | 2026-Q3 | change |"), "\(text)")
        #expect(text.contains("| *sessions* | 10 | 20 | |"), "\(text)")
        #expect(text.contains("| Self-care | 100% (10) | 75% (15) | −25 points |"), "\(text)")
        #expect(text.contains("| Workload and caseload | 100% (10) | 100% (20) | no change |"), "\(text)")
        // The feedback item, under the theme tagged on it (not containment, whose keyword "debrief" it has).
        let heard = try #require(text.components(separatedBy: "## What teams asked senior leaders to hear\n").last?.components(separatedBy: "\n## ").first)
        let workload = try #require(heard.components(separatedBy: "### Workload and caseload").last?.components(separatedBy: "\n### ").first)
        #expect(workload.contains("\n- There is no time to debrief after a hard call before the next visit"), "\(text)")
        #expect(heard.components(separatedBy: "### ").filter { $0.hasPrefix("Containment") && $0.contains("debrief after a hard call") }.isEmpty, "\(text)")

        // Senior leaders answer; the middle leader records it and sends it back to the team.
        let responded = try CLI.run(
            ["respond", "--theme", "workload", "--quarter", "2026-Q3", "Caseloads in the first year are capped at 15 from the autumn."] + leader)
        #expect(responded.status == 0, "\(responded.error)")
        let unknown = try CLI.run(["respond", "--theme", "wokload", "Something."] + leader)
        #expect(unknown.status == 1 && unknown.error.contains("workload"), "\(unknown.error)")
        let sent = try CLI.run(["export-responses", "-o", dir + "/responses.json"] + leader + keys)
        #expect(sent.status == 0 && sent.output.contains("Wrote 1 response"), "\(sent.output)\(sent.error)")
        let state = ["--journal-dir", dir + "/state"]
        let received = try CLI.run(["import-responses", dir + "/responses.json"] + trust + state)
        #expect(received.status == 0 && received.output.contains("1 new response"), "\(received.output)\(received.error)")
        let again = try CLI.run(["import-responses", dir + "/responses.json"] + trust + state)
        #expect(again.output.contains("0 new responses (1 already here)"), "\(again.output)")

        // The team's next session reads it out.
        let answers = try CLI.rehearsalAnswers(Self.peerCheckIn) + ["k", "k", "y"]
        let transcript = dir + "/next.txt"
        let run = try CLI.run(
            ["run", "peer-check-in", "--participants", "5", "--team", "CFS-EAST", "--transcript", transcript] + state + team,
            input: answers.joined(separator: "\n") + "\n")
        #expect(run.status == 0, "\(run.error)")
        let said = try String(contentsOfFile: transcript, encoding: .utf8)
        #expect(said.contains("You said, we did"), "\(said)")
        #expect(said.contains("Workload and caseload (after the 2026-Q3 report): Caseloads in the first year are capped at 15 from the autumn."), "\(said)")
    }

    @Test func aWeekIsCheckedAndNeedsKeep() throws {
        let bad = try CLI.run(["rehearse", "peer-check-in", "--rehearsal", Self.peerCheckIn, "--keep", "--week", "2026-W60"])
        #expect(bad.status == 1)
        #expect(bad.error.contains("'2026-W60' is not an ISO week; write it like 2026-W30"), "\(bad.error)")
        let alone = try CLI.run(["rehearse", "peer-check-in", "--rehearsal", Self.peerCheckIn, "--week", "2026-W30"])
        #expect(alone.status == 1)
        #expect(alone.error.contains("add --keep"), "\(alone.error)")
    }
}
