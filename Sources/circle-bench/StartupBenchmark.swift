import CircleKit
import Foundation

/// Comparison 1: start-up to the first prompt of each shipped format, in process,
/// beside the start-up of a bare `lua5.4` process.
struct StartupBenchmark {
    let formats: String
    let rehearsals: String
    let lua: ExternalTool
    let repetitions: Int

    /// A `SessionIO` that notes when the first interactive request reaches it and
    /// returns nil, so the session pauses there.
    final class FirstPromptIO: SessionIO {
        private(set) var reached: ContinuousClock.Instant?

        func show(_ event: SessionEvent) {}

        func line(for request: SessionRequest, context: TurnContext) throws -> String? {
            reached = ContinuousClock.now
            return nil
        }

        func reject(_ message: String, context: TurnContext) throws {
            throw BenchError("the start-up benchmark gives no input, yet a line was rejected: \(message)")
        }

        func clock() -> Double { 0 }
    }

    func run() throws -> [Figure] {
        let files = FormatLibrary(directory: formats).files()
        guard !files.isEmpty else { throw BenchError("no formats in \(formats); run circle-bench from the repository root") }
        return try files.map { file in
            let setup = try Self.setup(for: file, rehearsals: rehearsals)
            var phaseCounts: [Double] = []
            let (circle, bare) = try Timing.sideBySide(
                repetitions: repetitions,
                circle: {
                    phaseCounts.append(Timing.seconds { _ = SessionEngine.phaseCount(file, library: setup.library, participants: setup.participants) })
                    return try Self.firstPrompt(setup)
                },
                baseline: { try lua.run(["-e", ""]) })
            return Figure(
                "start-up to first prompt: \((file as NSString).lastPathComponent)", unit: "ms", circle: circle * 1e3,
                baseline: ("lua5.4 -e '' (process)", bare * 1e3), target: .atMost(50), repetitions: repetitions,
                note: "from creating the SessionEngine (fresh Lua state, host prelude, format file, scenario; the group, seed and team of the format's rehearsal) to the first interactive request reaching its SessionIO; `circle run` also counts the phases first by simulating the session twice (SessionEngine.phaseCount): \(Figure.number(Timing.median(phaseCounts) * 1e3)) ms more")
        }
    }

    /// The session the format's rehearsal describes (read before timing starts).
    static func setup(for file: String, rehearsals: String) throws -> SessionEngine.Setup {
        let base = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        let rehearsal = try RehearsalIO(path: "\(rehearsals)/\(base).yaml")
        return rehearsal.setup(formatPath: file, library: "Scripts/lib", scenarioPath: rehearsal.scenario)
    }

    /// Seconds from nothing to the first prompt.
    static func firstPrompt(_ setup: SessionEngine.Setup) throws -> Double {
        let io = FirstPromptIO()
        let start = ContinuousClock.now
        let engine = try SessionEngine(setup: setup, io: io, journalPath: nil)
        guard try engine.run() == .paused, let reached = io.reached else {
            throw BenchError("\(setup.formatPath) finished without asking anything")
        }
        return Timing.seconds(from: start, to: reached)
    }
}
