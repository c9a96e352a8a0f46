import Foundation
import Testing
@testable import CircleKit

/// The strengths-based team meeting must ask the toolkit's ten points word for word and in order:
/// BASW/SWU, "Social Worker Wellbeing and Working Conditions: Good Practice Toolkit" (v1.2,
/// November 2020), section 6 "Tools for Teams", "Strengths Based Team Meeting (non-allocation) -
/// The 10-point discussion model".
@Suite struct TenPointWordingTests {
    static let points = [
        "How am 'I' and how are 'We'?",
        "What strengths and wisdom do I bring to the team and how can this be shared?",
        "What are our collective strengths?",
        "How can 'we' value and support each other better?",
        "What needs to change to make this happen individually, in the team and the organisation?",
        "Buddy System – creating who is 'my'/'our' go to person inside or outside of the team?",
        "What are my/our signs of wellbeing and what can 'we' do to help – if team members want help",
        "Non mandatory options of team engagement and support (what works for one person may not work for someone else)",
        "Celebrating our successes",
        "How can we improve our resilience and wellbeing?",
    ]

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// The points not found in `text` searching on from the previous one (missing or out of order).
    static func notInOrder(_ text: String) -> [String] {
        var from = text.startIndex
        var wrong: [String] = []
        for point in points {
            if let found = text.range(of: point, range: from..<text.endIndex) { from = found.upperBound } else { wrong.append(point) }
        }
        return wrong
    }

    @Test func theFormatAndItsGoldenTranscriptQuoteTheTenPointsInOrder() throws {
        let source = try String(contentsOfFile: Self.path("Scripts/formats/strengths_based_team_meeting.lua"), encoding: .utf8)
        let golden = try String(
            contentsOfFile: Self.path("Tests/CircleKitTests/Golden/strengths_based_team_meeting.transcript"), encoding: .utf8)
        #expect(Self.notInOrder(source) == [])
        #expect(Self.notInOrder(golden) == [])
    }

    @Test func theRoundsAskTheTenPointsInOrder() throws {
        let io = PromptLog(try RehearsalIO(path: Self.path("Scenarios/rehearsals/strengths_based_team_meeting.yaml")))
        let engine = try SessionEngine(
            setup: .init(
                formatPath: Self.path("Scripts/formats/strengths_based_team_meeting.lua"), library: nil,
                participants: io.inner.participants, team: io.inner.team, seed: io.inner.seed),
            io: io, journalPath: nil)
        #expect(try engine.run() == .complete)
        #expect(io.prompts.filter(Self.points.contains) == Self.points)
    }
}

/// A rehearsal that also keeps each distinct prompt put to participants, in order.
private final class PromptLog: SessionIO {
    let inner: RehearsalIO
    private(set) var prompts: [String] = []

    init(_ inner: RehearsalIO) { self.inner = inner }

    func show(_ event: SessionEvent) { inner.show(event) }

    func line(for request: SessionRequest, context: TurnContext) throws -> String? {
        if case .ask(_, let prompt, _) = request, prompts.last != prompt { prompts.append(prompt) }
        return try inner.line(for: request, context: context)
    }

    func reject(_ message: String, context: TurnContext) throws { try inner.reject(message, context: context) }

    func clock() -> Double { inner.clock() }
}
