import Foundation
import Testing

@testable import CircleKit

/// Post-incident team support, systemic group supervision and the reflective practice group,
/// through their rehearsals and the real engine: each keeps to its model's rules (no debrief;
/// hypotheses held lightly and a rehearsed conversation; the presenter listens while the group
/// associates, and members are not interpreted), and every seed quotation they make is in the
/// seed, word for word.
@Suite struct SupportFormatTests {
    /// The engine after playing `stem`'s rehearsal to the end.
    static func rehearse(_ stem: String) throws -> SessionEngine {
        let formats = ShippedFormatTests.formats
        let io = try RehearsalIO(path: Fixture.root.appendingPathComponent("Scenarios/rehearsals/\(stem).yaml").path)
        var setup = io.setup(formatPath: formats.directory + "/\(stem).lua", library: formats.library, scenarioPath: nil)
        setup.codebook = ShippedFormatTests.codebook
        let engine = try SessionEngine(setup: setup, io: io, journalPath: nil)
        #expect(try engine.run() == .complete)
        return engine
    }

    /// Each fidelity reminder in `transcript`, with the contribution just before it.
    static func flags(_ transcript: [String]) -> [(after: String, remind: String)] {
        transcript.indices.filter { transcript[$0].hasPrefix("[fidelity] ") && $0 > 0 }
            .map { (transcript[$0 - 1], String(transcript[$0].dropFirst("[fidelity] ".count))) }
    }

    /// The lines of `transcript` from the phase named `from` up to the next phase.
    static func phase(_ name: String, in transcript: [String]) -> [String] {
        guard let start = transcript.firstIndex(where: { $0.hasPrefix("-- Phase") && $0.contains(": \(name) (") }) else { return [] }
        let rest = transcript[(start + 1)...]
        return Array(rest.prefix { !$0.hasPrefix("-- Phase") })
    }

    @Test func postIncidentSupportIsNotADebriefAndRecordsNothingOfTheIncident() throws {
        let engine = try Self.rehearse("post_incident_team_support")
        let transcript = engine.transcript
        let text = transcript.joined(separator: "\n")
        #expect(text.contains("Agreement: This is not a debrief: nobody will be asked to go over what happened"))
        #expect(text.contains("Facilitator: This is not a debrief. Nobody will be asked to go over what happened"))
        // The one prompt to go over it (P2's) is flagged, with NICE described in Circle's words; nothing else is.
        let flags = Self.flags(transcript)
        #expect(flags.count == 1)
        #expect(flags.first?.after.hasPrefix("P2: I was going to ask: can you talk us through what happened") == true)
        #expect(flags.first?.remind.contains("NICE guideline NG116 (2018) advises against psychologically-focused debriefing") == true)
        #expect(flags.first?.remind.contains("(Circle's summary, not NICE's words)") == true)
        // Signposting comes early, before the practical round, not only at the end.
        let signposted = try #require(transcript.firstIndex { $0.contains("Seek support from Employee Assistance Programmes") })
        let practical = try #require(transcript.firstIndex { $0 == "» What do you need, practically, this week?" })
        #expect(signposted < practical)
        // No feedback for senior leaders; the only record is the follow-up date; the kind of incident is not kept.
        #expect(!text.contains("For senior leaders"))
        #expect(engine.records.map(\.key) == ["follow-up"])
        #expect(engine.records.first?.value == ["The team meets again in two weeks to see how people are."])
        let record = ThemeRecord(engine: engine).summary.joined(separator: "\n")
        #expect(!record.contains("An assault on") && !record.lowercased().contains("talk us through"))
        // P3 stepped out for the second round: skipped, not a pass, and back for the check-out.
        let looking = Self.phase("Looking out for each other", in: transcript)
        #expect(!looking.contains { $0.hasPrefix("P3:") })
        #expect(Self.phase("Check-out", in: transcript).contains { $0.hasPrefix("P3: Glad I came") })
    }

    @Test func systemicSupervisionHoldsHypothesesLightlyAndRehearsesAConversation() throws {
        let engine = try Self.rehearse("systemic_group_supervision")
        let transcript = engine.transcript
        let flags = Self.flags(transcript)
        #expect(flags.map(\.after) == ["P4: Have you tried asking the school to send work home?", "P4: The problem is that mum can't say no to him."])
        #expect(flags.last?.remind.hasPrefix("That sounds like one explanation offered as the truth.") == true)
        // The family's roles are played by members only, and only the players speak out of role.
        let rehearsal = Self.phase("Rehearsing a conversation", in: transcript)
        #expect(rehearsal.filter { $0.hasPrefix("[role] player:") } == ["[role] player: P4", "[role] player: P5"])
        let outOfRole = try #require(rehearsal.firstIndex { $0.hasPrefix("» Out of role") })
        let speakers = rehearsal[(outOfRole + 1)...].prefix { !$0.hasPrefix("»") }.filter { $0.hasPrefix("P") }.map { String($0.prefix(3)) }
        #expect(speakers == ["P4:", "P5:"])
        // Recorded: the presenter's own next conversation and the feedback the group agreed; not the
        // facilitator's private reflection on where the session sat.
        #expect(engine.records.map(\.key) == ["next-conversation", "feedback-up", "feedback-up"])
        #expect(engine.records.allSatisfy { !$0.value.joined().contains("Systemic throughout") })
        #expect(engine.themeCounts["systemic-hypothesising"] == 1 && engine.themeCounts["conversation-rehearsed"] == 1)
        #expect(transcript.contains { $0.hasPrefix("Facilitator: Any decision about a child or family belongs on the child's record") })
    }

    @Test func theReflectiveGroupsPresenterListensAndMembersAreNotInterpreted() throws {
        let engine = try Self.rehearse("reflective_practice_group")
        let transcript = engine.transcript
        // While the presenter steps back, only members speak.
        let back = Self.phase("The presenter steps back", in: transcript)
        #expect(back.filter { $0.hasPrefix("» ") }.count == 3)
        #expect(!back.contains { $0.hasPrefix("P5:") })
        #expect(Self.phase("The presenter returns", in: transcript).contains { $0.hasPrefix("P5: The glass wall.") })
        // The leader's role is named in the agreement.
        #expect(transcript.contains("Facilitator: The leader keeps the frame: the time, the ground rules and the stages. The leader protects the presenter and every member, may offer a thought of their own, and is not the expert with the answer."))
        let flags = Self.flags(transcript)
        #expect(flags.map(\.after) == ["P3: You always rescue people, it's your own childhood coming up.", "P3: I'd ring the dad and arrange proper contact."])
        #expect(flags.first?.remind.hasPrefix("That reads as an interpretation of a colleague's own person or past.") == true)
        // Facilitator-only: the reminder never reaches the group's record.
        #expect(!ThemeRecord(engine: engine).summary.joined().contains("interpretation"))
    }

    /// Every seed quotation the three formats make, with its seed: each must be in its format's
    /// file and, word for word, in the seed text (`shared/seeds/` beside the checkout).
    static let quotations: [(format: String, seed: String, words: String)] = [
        ("post_incident_team_support", "basw-wellbeing-working-conditions-toolkit.txt",
         "Inadequate support following serious incidents (such as an assault or a death)"),
        ("post_incident_team_support", "basw-wellbeing-working-conditions-toolkit.txt",
         "One highly stressful experience with a person we work with – a poor outcome, a death, a conflict, an injury – can also undermine ‘resilience’ and confidence for the future, particularly if skilled support for reflection and recovery is not available."),
        ("post_incident_team_support", "psdp-senior-managers-emotions-relationships-resilience.txt",
         "Recognise when practitioners might be showing signs of trauma that require more specialist input, and ensure that this input is easily accessible from one place."),
        ("systemic_group_supervision", "psdp-knowledge-briefing-relationship-based-practice.txt",
         "More information would be required to confirm such a hypothesis"),
        ("systemic_group_supervision", "psdp-knowledge-briefing-relationship-based-practice.txt",
         "minimises the risk of premature decisions or action plans"),
        ("reflective_practice_group", "psdp-knowledge-briefing-relationship-based-practice.txt",
         "the need we all have for someone to help us process and manage difficult emotions"),
        ("reflective_practice_group", "psdp-knowledge-briefing-relationship-based-practice.txt",
         "It is all about learning from experience, and gradually becoming more comfortable with hearing, taking in, pondering, and making sense of difficult emotional material."),
    ]

    @Test func everySeedQuotationIsWordForWord() throws {
        for quotation in Self.quotations {
            let candidates = TenPointWordingTests.seedFolders.map { $0.appendingPathComponent(quotation.seed).path }
            let file = try #require(candidates.first(where: FileManager.default.isReadableFile),
                "the seed \(quotation.seed) was not found in any of \(candidates); clone next to shared/ as CI does")
            let seed = try String(contentsOfFile: file, encoding: .utf8).replacingOccurrences(of: "\n", with: " ")
            #expect(seed.contains(quotation.words), "not in \(quotation.seed): \(quotation.words)")
            let format = try String(contentsOfFile: ShippedFormatTests.formats.directory + "/\(quotation.format).lua", encoding: .utf8)
            // Lua's string pieces joined ("a " .. "b") and comment lines run together.
            let flattened = format.replacingOccurrences(of: #""\s*\.\.\s*""#, with: "", options: .regularExpression)
                .replacingOccurrences(of: #"\s*\n\s*(--)?\s*"#, with: " ", options: .regularExpression)
            #expect(flattened.contains(quotation.words), "\(quotation.format).lua does not quote: \(quotation.words)")
        }
    }
}
