import Foundation
import Testing
@testable import CircleKit

/// The Kolb / 4x4x4 group case supervision: the cycle's four stages in order, the four
/// stakeholders in the analysis, plans held back (and reminded) until the action-planning stage,
/// and a plan that says where its decisions are recorded.
@Suite struct CaseSupervisionCycleTests {
    static func transcript() throws -> [String] { try ShippedFormatTests.rehearse("kolb_case_supervision").transcript }

    @Test func theStagesComeInTheCyclesOrderWithTheFourStakeholdersInTheAnalysis() throws {
        let transcript = try Self.transcript()
        let phases = transcript.filter { $0.hasPrefix("-- Phase ") }
        #expect(phases == [
            "-- Phase 1/8: Agreement and check-in (8 min) --", "-- Phase 2/8: Choosing the case (5 min) --",
            "-- Phase 3/8: Experience: what happened (15 min) --", "-- Phase 4/8: Reflection: what it felt like (15 min) --",
            "-- Phase 5/8: Analysis: what it means (20 min) --", "-- Phase 6/8: Action planning: what to do (13 min) --",
            "-- Phase 7/8: What should leaders hear? (4 min) --", "-- Phase 8/8: Support and check-out (10 min) --",
        ])
        let analysis = GroupContractTests.phase("-- Phase 5/8", in: transcript)
        let prompts = analysis.filter { $0.hasPrefix("» ") }.map { $0.components(separatedBy: ":").first ?? "" }
        // One round for each stakeholder, then the presenter's own sense of it.
        #expect(prompts == ["» The child and family, who use the service", "» The worker and the team, the staff",
                            "» The organisation", "» Partners", "» What sense are you making of the case now? What is your best understanding of what is happening, and what do you still need to find out?"])
    }

    @Test func plansAreHeldUntilActionPlanningWhichSaysWhereDecisionsAreRecorded() throws {
        let transcript = try Self.transcript()
        let experience = GroupContractTests.phase("-- Phase 3/8", in: transcript)
        let reflection = GroupContractTests.phase("-- Phase 4/8", in: transcript)
        let planning = GroupContractTests.phase("-- Phase 6/8", in: transcript)
        #expect(experience.contains { $0.hasPrefix("[fidelity] That moves to a plan before the cycle has got there.") })
        #expect(reflection.contains { $0.hasPrefix("[fidelity] That sounds like advice.") })
        // Options and plans are the point of the last stage: nothing there is flagged.
        #expect(!planning.contains { $0.hasPrefix("[fidelity]") })
        #expect(planning.contains { $0.hasPrefix("Facilitator: Any decision about a child or family belongs on the child's record") })
        #expect(planning.contains("Where will the decisions in this plan be recorded? → On the child's record, agreed with the accountable manager"))
        #expect(planning.contains("[record] decisions-recorded: On the child's record, agreed with the accountable manager"))
        // The briefing's words, as the seed spells them.
        #expect(transcript.contains { $0.contains("\"underline the importance of a balanced approach that is both reflective and active\"") })
    }
}
