import CircleKit
import Foundation

/// Measurements that need a process of their own, so that its resident memory is one
/// session's alone: circle-bench runs itself with one of these commands, and the child
/// prints a `ChildOutcome` as JSON.
enum ChildProcess {
    /// `replay-child FORMAT TURNS`: replays TURNS generated journal entries into FORMAT.
    static let replay = "replay-child"
    /// `session-child FORMAT REHEARSAL`: plays a shipped format's rehearsal.
    static let session = "session-child"

    /// Runs a child command if `arguments` name one; returns false if they do not.
    static func runIfAsked(_ arguments: [String]) throws -> Bool {
        guard arguments.count == 3 else { return false }
        let outcome: ChildOutcome
        switch arguments[0] {
        case replay:
            guard let turns = Int(arguments[2]) else { return false }
            outcome = try ReplayBenchmark.replay(formatPath: arguments[1], turns: turns)
        case session:
            outcome = try SessionMemoryBenchmark.rehearse(formatPath: arguments[1], rehearsalPath: arguments[2])
        default:
            return false
        }
        FileHandle.standardOutput.write(try JSONEncoder().encode(outcome))
        return true
    }

    /// Runs `command` in a fresh copy of this benchmark and reads back what it measured.
    static func measure(_ command: String, _ arguments: [String], directory: String) throws -> ChildOutcome {
        let outputPath = "\(directory)/child.json"
        try ExternalTool.current().run([command] + arguments, output: outputPath)
        guard let data = FileManager.default.contents(atPath: outputPath) else {
            throw BenchError("circle-bench \(command) wrote nothing to \(outputPath)")
        }
        return try JSONDecoder().decode(ChildOutcome.self, from: data)
    }
}

/// What one session in a child process measured.
struct ChildOutcome: Codable {
    /// Seconds from creating the session engine to the session's end.
    var seconds: Double
    /// Resident memory (VmRSS) in bytes when the child started, before anything was loaded.
    var residentAtStart: Int
    /// Resident memory once the session's input (journal entries, rehearsal) is loaded.
    var residentBefore: Int
    /// Resident memory (VmRSS) and its high-water mark (VmHWM) after the session.
    var residentAfter: Int
    var residentPeak: Int

    /// Times `session` and reads the resident memory around it.
    static func measuring(residentAtStart: Int, _ session: () throws -> Void) throws -> ChildOutcome {
        let before = try ResidentMemory.read().resident
        let seconds = try Timing.seconds(session)
        let after = try ResidentMemory.read()
        return ChildOutcome(
            seconds: seconds, residentAtStart: residentAtStart, residentBefore: before, residentAfter: after.resident,
            residentPeak: after.peak)
    }
}

/// The process's resident memory, from /proc/self/status.
enum ResidentMemory {
    /// VmRSS and VmHWM, in bytes.
    static func read() throws -> (resident: Int, peak: Int) {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
            throw BenchError("cannot read /proc/self/status (resident memory is measured on Linux only)")
        }
        func kilobytes(_ field: String) -> Int? {
            guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field + ":") }) else { return nil }
            return line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first.flatMap { Int($0) }
        }
        guard let resident = kilobytes("VmRSS"), let peak = kilobytes("VmHWM") else {
            throw BenchError("/proc/self/status has no VmRSS or VmHWM")
        }
        return (resident * 1024, peak * 1024)
    }

    static func mebibytes(_ bytes: Int) -> Double { Double(bytes) / 1_048_576 }
}
