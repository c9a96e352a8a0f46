import Foundation
import Testing

/// `kill -9` a running session at seeded random points, resume it, finish it:
/// the transcript must equal an uninterrupted run's, every time.
@Suite struct KillTests {
    let format = CLI.fixtures + "/reflective_check_in.lua"
    let names = "Amira, Ben, Chloe"

    /// How many kills: `CIRCLE_KILLS` (the full run in docs uses 1000), 12 by default.
    var kills: Int { Int(ProcessInfo.processInfo.environment["CIRCLE_KILLS"] ?? "") ?? 12 }

    @Test func killedAnywhereResumesToTheSameTranscript() throws {
        let answers = try CLI.rehearsalAnswers()
        let expected = try uninterrupted(answers)
        var random = SeededRandom(seed: 20261124)
        for round in 0..<kills {
            let dir = try CLI.scratchDirectory()
            let fed = Int(random.next() % UInt64(answers.count))
            try killRun(dir: dir, answers: Array(answers.prefix(fed)), pauseMicroseconds: UInt32(random.next() % 30_000))
            let answered = try answeredTurns(in: dir)
            #expect(answered <= fed, "round \(round)")
            let transcript = dir + "/transcript.txt"
            // Killed before the journal existed, nothing was acknowledged: the facilitator starts again.
            let journals = (try? FileManager.default.contentsOfDirectory(atPath: dir + "/sessions")) ?? []
            let started = journals.contains { $0.hasSuffix(".jsonl") }
            let command = started
                ? ["resume", "--journal-dir", dir, "--transcript", transcript]
                : ["run", format, "--participants", names, "--journal-dir", dir, "--seed", "4", "--transcript", transcript]
            let resumed = try CLI.run(command, input: answers.dropFirst(answered).joined(separator: "\n") + "\n")
            #expect(resumed.status == 0, "round \(round): \(resumed.error)")
            #expect((try? String(contentsOfFile: transcript, encoding: .utf8)) == expected, "round \(round), killed after \(answered) turns")
        }
    }

    /// The transcript of the same session run without interruption.
    func uninterrupted(_ answers: [String]) throws -> String {
        let dir = try CLI.scratchDirectory()
        let result = try CLI.run(
            ["run", format, "--participants", names, "--journal-dir", dir, "--seed", "4", "--transcript", dir + "/t.txt"],
            input: answers.joined(separator: "\n") + "\n")
        #expect(result.status == 0)
        return try String(contentsOfFile: dir + "/t.txt", encoding: .utf8)
    }

    /// Starts `circle run`, types `answers` one by one, waits a little, then SIGKILLs it.
    func killRun(dir: String, answers: [String], pauseMicroseconds: UInt32) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = ["run", format, "--participants", names, "--journal-dir", dir, "--seed", "4"]
        process.currentDirectoryURL = CLI.root
        process.environment = CLI.isolated
        let stdin = Pipe()
        process.standardInput = stdin
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        for answer in answers {
            stdin.fileHandleForWriting.write(Data((answer + "\n").utf8))
            usleep(2_000)
        }
        usleep(pauseMicroseconds)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
    }

    /// Complete entry lines in the only journal of `dir`.
    func answeredTurns(in dir: String) throws -> Int {
        let sessions = dir + "/sessions"
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: sessions)) ?? []).filter { $0.hasSuffix(".jsonl") }
        guard let file = files.first else { return 0 }
        let data = try Data(contentsOf: URL(fileURLWithPath: sessions + "/" + file))
        let complete = data.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast()
        return max(0, complete.count - 1)
    }
}

/// A small deterministic generator (SplitMix64), so the kill points are reproducible.
struct SeededRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
