import Foundation
import Testing
@testable import CircleKit

/// The group supervision contracting session: the contract is agreed part by part, its limits of
/// confidentiality cannot be agreed away, it is carried as the group's record ("group-contract") to
/// the team's sessions of every format, whose agreement reads it out, and at the review the group
/// keeps or re-agrees each part.
@Suite struct GroupContractTests {
    static let limits = "Confidentiality has limits: a safeguarding concern, a risk to someone's safety or a "
        + "fitness-to-practise matter raised here will be acted on."
    static let contract = [
        "Who attends: The five of us and the facilitator. The team manager does not attend the group.",
        "How often we meet: We meet every four weeks, for 90 minutes.",
    ]

    /// The transcript from `start` (a line beginning with it) to the next phase.
    static func phase(_ start: String, in transcript: [String]) -> [String] {
        guard let first = transcript.firstIndex(where: { $0.hasPrefix(start) }) else { return [] }
        let rest = transcript[(first + 1)...]
        return Array(rest.prefix { !$0.hasPrefix("-- Phase ") })
    }

    @Test func theAgreedContractKeepsItsLimitsAndIsCarriedAsTheGroups() throws {
        let engine = try ShippedFormatTests.rehearse("group_supervision_contract")
        let carried = try #require(engine.carryForward["group-contract"])
        #expect(carried.map { $0.components(separatedBy: ":").first ?? "" } == [
            "Who attends", "How often we meet", "Confidentiality and its limits", "What is recorded, and where",
            "Difference and disagreement", "Review",
        ])
        // The group asked for confidentiality without limits: reminded, and the limits are in the clause as they stand.
        let confidentiality = try #require(carried.first { $0.hasPrefix("Confidentiality and its limits:") })
        #expect(confidentiality.hasSuffix(Self.limits))
        #expect(engine.transcript.contains { $0.hasPrefix("[fidelity] That sounds like confidentiality without limits.") })
        #expect(carried.contains { $0.hasPrefix("What is recorded, and where:") && $0.hasSuffix("Decisions about a child go on the child's record, through the accountable manager.") })
        #expect(carried.last == "Review: We review this contract in six months, and the facilitator asks then for feedback on how the group is working.")
        // The seed's words, quoted as the seed prints them.
        #expect(engine.transcript.contains { $0.contains("\"have to be made explicit through a supervision agreement or ‘contract’\"") })
    }

    @Test func atTheReviewEachPartIsKeptOrAgreedAfreshAndTheFacilitatorHearsFeedback() throws {
        let engine = try ShippedFormatTests.rehearse(
            "group_supervision_contract", rehearsal: Fixture.path("group_supervision_contract_review.yaml"))
        let transcript = engine.transcript
        // Read out once, in its own phase, not also by the agreement.
        #expect(!transcript.contains { $0.contains("This group has agreed a contract") })
        #expect(Self.phase("-- Phase 2/10: Our contract", in: transcript).first == "Facilitator: Our contract reads:")
        #expect(transcript.contains("(written): More time for the last case; we always rush it"))
        #expect(transcript.contains { $0.hasPrefix("Facilitator: Kept as it is. Who attends: The four of us") })
        // The part left open is agreed now; the changed one has its new terms; the kept ones are as they were.
        let carried = try #require(engine.carryForward["group-contract"])
        #expect(carried[0] == "Who attends: The four of us and the facilitator; new members join at a review. The team manager does not attend the group.")
        #expect(carried[1] == "How often we meet: We meet every four weeks, for 90 minutes, protected from visits and duty where the team can arrange it.")
        #expect(carried[4] == "Difference and disagreement: We disagree with ideas, not people, and the quieter voices sometimes go first.")
        #expect(carried[5].hasPrefix("Review: We review this contract in twelve months"))
    }

    @Test func anotherFormatsAgreementReadsTheGroupsContractBeforeAskingForAdditions() throws {
        let engine = try ShippedFormatTests.rehearse("kolb_case_supervision", carried: ["group-contract": Self.contract])
        let agreement = Self.phase("-- Phase 1/8: Agreement and check-in", in: engine.transcript)
        let read = try #require(agreement.firstIndex(of: "Facilitator: This group has agreed a contract, at its contracting session. It reads:"))
        #expect(Array(agreement[(read + 1)...].prefix(2)) == Self.contract.map { "Facilitator: " + $0 })
        let additions = try #require(agreement.firstIndex { $0.hasPrefix("Is there anything you would add") })
        #expect(read < additions)
        // Without a contract nothing is said about one.
        let without = try ShippedFormatTests.rehearse("kolb_case_supervision")
        #expect(!without.transcript.contains { $0.contains("agreed a contract") })
    }

    @Test func theGroupsRecordsReachEveryFormatOfTheSameTeamAndNoOther() throws {
        let journals = (try Fixture.scratch() as NSString).deletingLastPathComponent + "/state/sessions"
        try FileManager.default.createDirectory(atPath: journals, withIntermediateDirectories: true)
        let carried = CarriedRecords(stateDirectory: journals)
        try carried.save(["group-contract": Self.contract], handles: ["Alder", "Beech"], format: "group-supervision-contract", team: "CFS-NORTH")
        try carried.save(["actions": ["Alder: ring the school"], "group-note": ["a set's own"]], handles: ["Alder"], format: "action-learning-set", team: "CFS-SOUTH")

        #expect(try carried.records(format: "kolb-case-supervision", team: "CFS-NORTH") == ["group-contract": Self.contract])
        #expect(try carried.records(format: "kolb-case-supervision", team: "CFS-EAST").isEmpty)
        #expect(try carried.records(format: "kolb-case-supervision", team: nil).isEmpty)
        // The format's own records come with them; its own record of the same key wins.
        try carried.save(["group-contract": ["mine"], "actions": ["Beech: x"]], handles: [], format: "action-learning-set", team: "CFS-NORTH")
        #expect(try carried.records(format: "action-learning-set", team: "CFS-NORTH") == ["group-contract": ["mine"], "actions": ["Beech: x"]])
        // A later session's group records replace the team's; a session with no team code keeps none for a group.
        try carried.save(["group-contract": ["agreed again"]], handles: [], format: "group-supervision-contract", team: "CFS-NORTH")
        try carried.save(["group-contract": ["nobody's"]], handles: [], format: "group-supervision-contract", team: nil)
        #expect(try carried.records(format: "peer-check-in", team: "CFS-NORTH") == ["group-contract": ["agreed again"]])
        #expect(try carried.records(format: "peer-check-in", team: nil).isEmpty)
        let file = carried.groupPath(team: "CFS-NORTH")
        #expect(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int == 0o600)

        // A corrupt file names itself and the fix.
        try "not json".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(throws: CircleError.self) { try carried.records(format: "peer-check-in", team: "CFS-NORTH") }
    }

    @Test func aLaterSessionOfAnotherFormatStartsWithTheContractButKeepsSeatHandles() throws {
        let journals = (try Fixture.scratch() as NSString).deletingLastPathComponent + "/state/sessions"
        try FileManager.default.createDirectory(atPath: journals, withIntermediateDirectories: true)
        try CarriedRecords(stateDirectory: journals).save(
            ["group-contract": Self.contract], handles: [], format: "group-supervision-contract", team: "CFS-NORTH")
        let setup = SessionEngine.Setup(
            formatPath: ShippedFormatTests.formats.directory + "/kolb_case_supervision.lua", library: ShippedFormatTests.formats.library,
            participants: 4, team: "CFS-NORTH", seed: 1)
        let plan = try LiveSession.start(setup, journals: journals, codebook: nil)
        #expect(plan.setup.carried == ["group-contract": Self.contract])
        // The case supervision carries nothing of its own, so its members keep seat handles.
        #expect(plan.setup.handles == nil)
    }
}
