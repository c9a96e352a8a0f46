import Foundation
import Testing
@testable import CircleKit

/// The strengths-based team meeting must ask the toolkit's ten points word for word and in order:
/// BASW/SWU, "Social Worker Wellbeing and Working Conditions: Good Practice Toolkit" (v1.2,
/// November 2020), section 6 "Tools for Teams", "Strengths Based Team Meeting (non-allocation) -
/// The 10-point discussion model". The points are read from the seed text itself
/// (`shared/seeds/` beside the checkout, as in CI), never from a copy kept here.
@Suite struct TenPointWordingTests {
    static let seedName = "basw-wellbeing-working-conditions-toolkit.txt"
    static let heading = "Strengths Based Team Meeting (non-allocation) - The 10-point discussion model"

    static func path(_ relative: String) -> String { Fixture.root.appendingPathComponent(relative).path }

    /// The folders searched for `shared/seeds/`: the checkout's parent and each folder above it
    /// (CI clones the repository next to `shared/`; a git worktree sits one or two levels deeper).
    static var seedFolders: [URL] {
        var folders: [URL] = []
        var dir = Fixture.root.deletingLastPathComponent()
        while dir.path != "/" && folders.count < 4 {
            folders.append(dir.appendingPathComponent("shared/seeds"))
            dir = dir.deletingLastPathComponent()
        }
        return folders
    }

    /// The ten points as the seed prints them, without their numbers.
    static func seedPoints() throws -> [String] {
        let candidates = seedFolders.map { $0.appendingPathComponent(seedName).path }
        guard let file = candidates.first(where: FileManager.default.isReadableFile) else {
            throw SeedMissing(message: "The BASW toolkit seed \(seedName) was not found in any of: "
                + candidates.joined(separator: ", ")
                + ". Clone the repository next to the shared/ folder that holds seeds/ (as CI does), so the ten points are checked against the toolkit's own text.")
        }
        let lines = try String(contentsOfFile: file, encoding: .utf8).components(separatedBy: .newlines)
        guard let start = lines.firstIndex(where: { $0.contains(heading) }) else {
            throw SeedMissing(message: "\(file): no line contains \"\(heading)\"; is this the toolkit v1.2 text?")
        }
        var points: [String] = []
        for line in lines[(start + 1)...] {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty && points.isEmpty { continue }
            guard let match = trimmed.firstMatch(of: #/^(\d+)\. (.+)$/#), Int(match.1) == points.count + 1 else { break }
            points.append(String(match.2))
        }
        guard points.count == 10 else {
            throw SeedMissing(message: "\(file): found \(points.count) numbered points after \"\(heading)\", expected 10")
        }
        return points
    }

    struct SeedMissing: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    /// The points not found in `text` searching on from the previous one (missing or out of order).
    static func notInOrder(_ points: [String], in text: String) -> [String] {
        var from = text.startIndex
        var wrong: [String] = []
        for point in points {
            if let found = text.range(of: point, range: from..<text.endIndex) { from = found.upperBound } else { wrong.append(point) }
        }
        return wrong
    }

    static let format = path("Scripts/formats/strengths_based_team_meeting.lua")

    /// A session of the format with `participants` people, team DEMO.
    static func setup(participants: Int, carried: [String: [String]] = [:]) -> SessionEngine.Setup {
        var setup = SessionEngine.Setup(
            formatPath: format, library: path("Scripts/lib"), participants: participants, team: TeamCode(rawValue: "DEMO"), seed: 1)
        setup.carried = carried
        return setup
    }

    /// Runs `setup` with `io`; returns the prompts put to participants, in order, and the engine.
    static func run(_ setup: SessionEngine.Setup, _ io: SessionIO) throws -> (prompts: [String], engine: SessionEngine) {
        let log = PromptLog(io)
        let engine = try SessionEngine(setup: setup, io: log, journalPath: nil)
        #expect(try engine.run() == .complete)
        return (log.prompts, engine)
    }

    @Test func theSeedGivesTenNumberedPoints() throws {
        let points = try Self.seedPoints()
        #expect(points.first == "How am 'I' and how are 'We'?")
        #expect(points[6].hasSuffix("– if team members want help"))
    }

    @Test func theFormatAndItsGoldenTranscriptQuoteTheTenPointsInOrder() throws {
        let points = try Self.seedPoints()
        let source = try String(contentsOfFile: Self.path("Scripts/formats/strengths_based_team_meeting.lua"), encoding: .utf8)
        let golden = try String(
            contentsOfFile: Self.path("Tests/CircleKitTests/Golden/strengths_based_team_meeting.transcript"), encoding: .utf8)
        #expect(Self.notInOrder(points, in: source) == [])
        #expect(Self.notInOrder(points, in: golden) == [])
    }

    @Test func theRoundsAskTheTenPointsInOrder() throws {
        let points = try Self.seedPoints()
        let io = try RehearsalIO(path: Self.path("Scenarios/rehearsals/strengths_based_team_meeting.yaml"))
        let asked = try Self.run(io.setup(formatPath: Self.format, library: Self.path("Scripts/lib"), scenarioPath: nil), io).prompts
        #expect(asked.filter(points.contains) == points)
    }

    /// In the seed the condition "if team members want help" belongs to the help only: when
    /// nobody wants help, everyone is still asked point 7 about their signs of wellbeing.
    @Test func pointSevenIsAskedWhenNobodyWantsHelp() throws {
        let points = try Self.seedPoints()
        let asked = try Self.run(Self.setup(participants: 3), SimulatedIO(confirmYes: false)).prompts
        #expect(asked.contains(points[6]))
        #expect(asked.filter(points.contains) == points)
    }

    /// Spread over two meetings, the second meeting takes up points 6 to 10, carried from the first.
    @Test func twoMeetingsTakeTheTenPointsBetweenThem() throws {
        let points = try Self.seedPoints()
        let first = try Self.run(Self.setup(participants: 4), SimulatedIO { prompt, _ in prompt.hasPrefix("Take the ten points") ? 2 : 1 })
        #expect(first.prompts.filter(points.contains) == Array(points[0..<5]))
        let second = try Self.run(Self.setup(participants: 4, carried: first.engine.carryForward), SimulatedIO())
        #expect(second.prompts.filter(points.contains) == Array(points[5...]))
    }
}

/// Another input that also keeps each distinct prompt put to participants, in order.
private final class PromptLog: SessionIO {
    let inner: SessionIO
    private(set) var prompts: [String] = []

    init(_ inner: SessionIO) { self.inner = inner }

    func show(_ event: SessionEvent) { inner.show(event) }

    func line(for request: SessionRequest, context: TurnContext) throws -> String? {
        if case .ask(_, let prompt, _, _) = request, prompts.last != prompt { prompts.append(prompt) }
        return try inner.line(for: request, context: context)
    }

    func reject(_ message: String, context: TurnContext) throws { try inner.reject(message, context: context) }

    func clock() -> Double { inner.clock() }
}
