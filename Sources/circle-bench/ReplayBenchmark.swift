import CircleKit
import Foundation

/// Comparison 3: a long rehearsal replay. A generated format asks one question
/// `turns` times; the session engine replays a journal of `turns` answers into it, read
/// from the file as `circle resume` reads it (without appending to it). The journal is
/// written once, here; each replay runs in a fresh copy of this benchmark so that its
/// resident memory is the session's alone.
struct ReplayBenchmark {
    let directory: String
    let turns: Int
    let repetitions: Int

    static let prompt = "What are you bringing today?"

    /// A format whose run asks P1 the same question `turns` times (Lua/bench_replay.lua).
    static func format(turns: Int) -> String {
        String(decoding: PackageResources.bench_replay_lua, as: UTF8.self)
            .replacingOccurrences(of: "TURNS", with: String(turns)).replacingOccurrences(of: "PROMPT", with: prompt)
    }

    func run() throws -> [Figure] {
        let formatPath = "\(directory)/bench_replay.lua"
        try Self.format(turns: turns).write(toFile: formatPath, atomically: true, encoding: .utf8)
        try Self.writeJournal(turns: turns, formatPath: formatPath, to: Self.journalPath(formatPath: formatPath))
        let outcomes = try (0..<repetitions).map { _ in
            try ChildProcess.measure(ChildProcess.replay, [formatPath, String(turns)], directory: directory)
        }
        let mib = { (bytes: [Int]) in ResidentMemory.mebibytes(Int(Timing.median(bytes.map(Double.init)))) }
        let start = mib(outcomes.map(\.residentAtStart))
        let before = mib(outcomes.map(\.residentBefore))
        let after = mib(outcomes.map(\.residentAfter))
        return [
            Figure(
                "\(Figure.number(Double(turns)))-turn rehearsal replay", unit: "turns/s",
                circle: Double(turns) / Timing.median(outcomes.map(\.seconds)), target: .atLeast(100_000), repetitions: repetitions,
                note: "Journal(path:) then SessionEngine(replay: journal.entries) with journalPath nil, from opening the journal to the session's end; each repetition in a fresh process"),
            Figure(
                "resident memory after the \(Figure.number(Double(turns)))-turn replay (VmRSS)", unit: "MiB", circle: after,
                target: .atMost(30), repetitions: repetitions,
                note: "the whole child process: \(Figure.number(start)) MiB at start (Swift runtime, Foundation), \(Figure.number(before)) MiB before the \(Figure.number(Double(turns)))-entry journal is opened, so the replay added \(Figure.number(after - before)) MiB; high-water mark (VmHWM) \(Figure.number(mib(outcomes.map(\.residentPeak)))) MiB"),
        ]
    }

    /// Where the journal of the format at `formatPath` is written.
    static func journalPath(formatPath: String) -> String {
        (formatPath as NSString).deletingLastPathComponent + "/bench_replay.jsonl"
    }

    /// One replay, in this process, of the journal `run` wrote.
    static func replay(formatPath: String, turns: Int) throws -> ChildOutcome {
        let atStart = try ResidentMemory.read().resident
        let journalPath = journalPath(formatPath: formatPath)
        return try ChildOutcome.measuring(residentAtStart: atStart) {
            let journal = try Journal(path: journalPath)
            var setup = SessionEngine.Setup(formatPath: formatPath, library: nil, participants: 1, seed: 1, id: "bench-replay")
            // A session's default budget (50,000 requests) is for real sessions; this one asks `turns` questions on purpose.
            setup.limits.requests = turns
            let engine = try SessionEngine(setup: setup, io: NoInputIO(), journalPath: nil, replay: journal.entries)
            guard try engine.run() == .complete, engine.contributions == turns else {
                throw BenchError("the replay did not complete with \(turns) contributions")
            }
        }
    }

    /// Writes the journal of a session that answered every question, line by line as
    /// `JournalWriter` writes it (sorted keys), a thousand lines per write.
    static func writeJournal(turns: Int, formatPath: String, to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil), let file = FileHandle(forWritingAtPath: path) else {
            throw BenchError("cannot write \(path)")
        }
        defer { try? file.close() }
        let header = #"{"format":"bench-replay","formatFile":"\#(formatPath)","formatVersion":1,"id":"bench-replay","journal":"circle-session","participants":1,"seed":1,"started":"2026-01-01T00:00:00Z","version":1}"#
        try file.write(contentsOf: Data((header + "\n").utf8))
        let key = "ask P1: \(prompt)"
        for batch in stride(from: 1, through: turns, by: 1000) {
            let lines = (batch..<min(batch + 1000, turns + 1)).map { step in
                let input = "Turn \(step): a heavy week, two visits that stayed with me #workload"
                return #"{"at":\#(Double(step) * 30),"input":"\#(input)","key":"\#(key)","step":\#(step)}"# + "\n"
            }
            try file.write(contentsOf: Data(lines.joined().utf8))
        }
    }

    /// Input for a replay: the journal answers everything, so asking for more is an error.
    final class NoInputIO: SessionIO {
        func show(_ event: SessionEvent) {}
        func line(for request: SessionRequest, context: TurnContext) throws -> String? {
            throw BenchError("the replay ran out of journal entries at step \(context.step)")
        }
        func reject(_ message: String, context: TurnContext) throws { throw BenchError(message) }
        func clock() -> Double { 0 }
    }
}
