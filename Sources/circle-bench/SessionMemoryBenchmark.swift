import CircleKit
import Foundation

/// One real session's resident memory: each shipped format's rehearsal played in a
/// fresh process, as `circle rehearse` plays it; the largest is reported.
struct SessionMemoryBenchmark {
    let formats: String
    let rehearsals: String
    let directory: String

    func run() throws -> Figure {
        let measured = try FormatLibrary(directory: formats).files().map { file in
            let base = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            return (base, try ChildProcess.measure(ChildProcess.session, [file, "\(rehearsals)/\(base).yaml"], directory: directory))
        }
        guard let largest = measured.max(by: { $0.1.residentAfter < $1.1.residentAfter }) else {
            throw BenchError("no formats in \(formats)")
        }
        let outcome = largest.1
        return Figure(
            "resident memory of one shipped session (VmRSS)", unit: "MiB", circle: ResidentMemory.mebibytes(outcome.residentAfter),
            target: .atMost(30), repetitions: 1,
            note: "each format's rehearsal played to the end in a fresh process; the largest, \(largest.0): \(Figure.number(ResidentMemory.mebibytes(outcome.residentAtStart))) MiB at process start, high-water mark \(Figure.number(ResidentMemory.mebibytes(outcome.residentPeak))) MiB; all formats: " + measured.map { "\($0.0) \(Figure.number(ResidentMemory.mebibytes($0.1.residentAfter)))" }.joined(separator: ", "))
    }

    /// Plays a rehearsal in this process.
    static func rehearse(formatPath: String, rehearsalPath: String) throws -> ChildOutcome {
        let atStart = try ResidentMemory.read().resident
        let io = try RehearsalIO(path: rehearsalPath)
        return try ChildOutcome.measuring(residentAtStart: atStart) {
            let setup = io.setup(formatPath: formatPath, library: "Scripts/lib", scenarioPath: io.scenario)
            guard try SessionEngine(setup: setup, io: io, journalPath: nil).run() != .paused else {
                throw BenchError("\(rehearsalPath) paused the session before it finished")
            }
            try io.checkAllUsed()
        }
    }
}
