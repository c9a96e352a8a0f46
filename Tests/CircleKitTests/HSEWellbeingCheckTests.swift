import Foundation
import Testing
@testable import CircleKit

/// The team wellbeing check on the HSE Management Standards: the BASW/SWU toolkit's checklist for
/// managers is quoted word for word and in order, read from the seed itself, and given to the
/// facilitator privately, never read out; a standard's HSE theme is tagged only when the team
/// describes it as mixed or a concern; the descriptions are carried to the next check; what
/// goes to senior leaders is what the group agreed.
@Suite struct HSEWellbeingCheckTests {
    static let heading = "A checklist for managers"
    static let headings = ["Demands", "Control", "Managerial support", "Peer support", "Relationships", "Role", "Change"]

    /// The checklist as the seed prints it: each heading's questions, in order.
    static func seedChecklist() throws -> [(heading: String, questions: [String])] {
        let candidates = TenPointWordingTests.seedFolders.map { $0.appendingPathComponent(TenPointWordingTests.seedName).path }
        guard let file = candidates.first(where: FileManager.default.isReadableFile) else {
            throw TenPointWordingTests.SeedMissing(message: "The BASW toolkit seed was not found in any of: " + candidates.joined(separator: ", "))
        }
        let lines = try String(contentsOfFile: file, encoding: .utf8).components(separatedBy: .newlines)
        guard let start = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == heading }) else {
            throw TenPointWordingTests.SeedMissing(message: "\(file): no line reads \"\(heading)\"")
        }
        var checklist: [(heading: String, questions: [String])] = []
        for line in lines[(start + 1)...] {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("Managers also need") { break }
            if trimmed.hasSuffix(":"), Self.headings.contains(String(trimmed.dropLast())) {
                checklist.append((String(trimmed.dropLast()), []))
            } else if trimmed.hasPrefix("- "), !checklist.isEmpty {
                checklist[checklist.count - 1].questions.append(String(trimmed.dropFirst(2)))
            }
        }
        return checklist
    }

    @Test func theChecklistIsQuotedWordForWordInOrderAndOnlyToTheFacilitator() throws {
        let checklist = try Self.seedChecklist()
        #expect(checklist.map(\.heading) == Self.headings)
        #expect(checklist.map(\.questions.count) == [3, 2, 2, 2, 3, 3, 3])
        let source = try String(contentsOfFile: ShippedFormatTests.formats.directory + "/hse_wellbeing_check.lua", encoding: .utf8)
        let questions = checklist.flatMap(\.questions)
        #expect(TenPointWordingTests.notInOrder(questions.map { "\"\($0)\"" }, in: source).isEmpty)

        let engine = try ShippedFormatTests.rehearse("hse_wellbeing_check")
        for (heading, asked) in checklist {
            let reminder = try #require(engine.transcript.first { $0.hasPrefix("[facilitator only] The BASW/SWU toolkit's checklist for managers, '\(heading)'") })
            #expect(reminder.hasSuffix(asked.map { "'\($0)'" }.joined(separator: " ")))
        }
        for question in questions {
            #expect(!engine.transcript.contains { $0.contains(question) && !$0.hasPrefix("[facilitator only]") }, "read out: \(question)")
        }
    }

    @Test func aStandardsThemeIsTaggedOnlyWhenTheTeamDescribesAConcern() throws {
        let engine = try ShippedFormatTests.rehearse("hse_wellbeing_check")
        let themes = ThemeRecord(engine: engine).themes
        // Demands and Change a concern, Control and Role mixed: tagged.
        for id in ["demands", "control", "role", "change"] { #expect(themes[ThemeID(rawValue: id)!] != nil, "\(id) not tagged") }
        // Support from managers and Relationships working well: not tagged (nobody typed them either).
        for id in ["manager-support", "relationships"] { #expect(themes[ThemeID(rawValue: id)!] == nil, "\(id) tagged") }
        // Last check's descriptions read out; this check's carried.
        #expect(engine.transcript.contains { $0.hasPrefix("Facilitator: At our last check the team described: Demands: a concern for the team;") })
        let carried = try #require(engine.carryForward["hse-check"])
        #expect(carried.map { $0.components(separatedBy: ":").first ?? "" } == Self.headings)
        #expect(carried[0] == "Demands: a concern for the team" && carried[4] == "Relationships: working well")
        // Two suggestions agreed (one reworded by its author), one left out.
        let up = engine.records.filter { $0.key == "feedback-up" }.flatMap(\.value)
        #expect(up == ["Fill the two vacancies with permanent staff: agency churn means children keep changing worker",
                       "Tell teams about changes like the locality hubs before they are decided, and ask us"])
    }

    @Test func blamingAPersonIsFlaggedButBeingBlamedIsAConditionToTalkAbout() throws {
        let engine = try ShippedFormatTests.rehearse("hse_wellbeing_check")
        let transcript = engine.transcript
        let flagged = transcript.indices.filter { transcript[$0].hasPrefix("[fidelity] That sounds like blaming a person.") }
        #expect(flagged.map { transcript[$0 - 1] } == ["P5: The legal team are useless, they never get back to us"])
        #expect(transcript.contains("P3: Harder with the hospital; we get blamed for delays"))
    }
}
