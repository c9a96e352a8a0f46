import Foundation
import Testing

/// `kill -9` a running session at seeded random points, resume it, finish it: the
/// transcript must equal an uninterrupted run's, every time. The kills go round
/// the shipped formats' rehearsals and the test fixture.
@Suite struct KillTests {
    /// One session to kill: a format and the answers, scenario and carried records of its rehearsal.
    struct Session {
        let format: String
        let answers: [String]
        let participants: Int
        let team: String
        let seed: Int
        let scenario: String?
        let carried: [String: [String]]

        init(format: String, rehearsal: String) throws {
            self.format = format
            let yaml = try CLI.rehearsal(rehearsal)
            answers = try CLI.rehearsalAnswers(rehearsal)
            participants = yaml["participants"] as? Int ?? 3
            team = yaml["team"] as? String ?? "TEST"
            seed = yaml["seed"] as? Int ?? 1
            scenario = yaml["scenario"] as? String
            carried = (yaml["carried"] as? [String: Any] ?? [:]).mapValues { ($0 as? [Any] ?? [$0]).map { "\($0)" } }
        }

        var id: String { ((format as NSString).lastPathComponent as NSString).deletingPathExtension }

        func arguments(_ dir: String) -> [String] {
            ["run", format, "--participants", (1...participants).map { "Person \($0)" }.joined(separator: ", "),
             "--team", team, "--journal-dir", dir, "--seed", String(seed)] + (scenario.map { ["--scenario", $0] } ?? [])
        }

        /// Puts this rehearsal's carried records where `circle run` finds them.
        func prepare(_ dir: String) throws {
            guard !carried.isEmpty else { return }
            try FileManager.default.createDirectory(atPath: dir + "/carried", withIntermediateDirectories: true)
            let format = try String(contentsOfFile: self.format, encoding: .utf8)
            let id = format.components(separatedBy: "id = \"").dropFirst().first?.components(separatedBy: "\"").first ?? ""
            try JSONEncoder().encode(carried).write(to: URL(fileURLWithPath: "\(dir)/carried/\(id)--\(team).json"))
        }
    }

    static func sessions() throws -> [Session] {
        let formats = CLI.root.appendingPathComponent("Scripts/formats").path
        let shipped = try FileManager.default.contentsOfDirectory(atPath: formats).filter { $0.hasSuffix(".lua") }.sorted()
        return try shipped.map { file in
            let stem = (file as NSString).deletingPathExtension
            return try Session(format: "\(formats)/\(file)", rehearsal: CLI.root.appendingPathComponent("Scenarios/rehearsals/\(stem).yaml").path)
        } + [Session(format: CLI.fixtures + "/reflective_check_in.lua", rehearsal: CLI.fixtures + "/reflective_check_in.yaml")]
    }

    /// How many kills: `CIRCLE_KILLS` (the full run uses 1000), 14 by default.
    var kills: Int { Int(ProcessInfo.processInfo.environment["CIRCLE_KILLS"] ?? "") ?? 14 }

    @Test func killedAnywhereResumesToTheSameTranscript() throws {
        let sessions = try Self.sessions()
        var expected: [String: String] = [:]
        var random = SeededRandom(seed: 20261124)
        for round in 0..<kills {
            let session = sessions[round % sessions.count]
            if expected[session.id] == nil { expected[session.id] = try uninterrupted(session) }
            let dir = try CLI.scratchDirectory()
            try session.prepare(dir)
            let fed = Int(random.next() % UInt64(session.answers.count))
            try killRun(session, dir: dir, answers: Array(session.answers.prefix(fed)), pauseMicroseconds: UInt32(random.next() % 30_000))
            let answered = try answeredTurns(in: dir)
            #expect(answered <= fed, "round \(round)")
            let transcript = dir + "/transcript.txt"
            // Killed before the journal existed, nothing was acknowledged: the facilitator starts again.
            let journals = (try? FileManager.default.contentsOfDirectory(atPath: dir + "/sessions")) ?? []
            let command = journals.contains { $0.hasSuffix(".jsonl") }
                ? ["resume", "--journal-dir", dir, "--transcript", transcript]
                : session.arguments(dir) + ["--transcript", transcript]
            let resumed = try CLI.run(command, input: session.answers.dropFirst(answered).joined(separator: "\n") + "\n")
            #expect(resumed.status == 0, "round \(round) (\(session.id)): \(resumed.error)")
            #expect((try? String(contentsOfFile: transcript, encoding: .utf8)) == expected[session.id],
                    "round \(round) (\(session.id)), killed after \(answered) turns")
        }
    }

    /// The transcript of the same session run without interruption.
    func uninterrupted(_ session: Session) throws -> String {
        let dir = try CLI.scratchDirectory()
        try session.prepare(dir)
        let result = try CLI.run(session.arguments(dir) + ["--transcript", dir + "/t.txt"], input: session.answers.joined(separator: "\n") + "\n")
        #expect(result.status == 0, "\(session.id): \(result.error)")
        return try String(contentsOfFile: dir + "/t.txt", encoding: .utf8)
    }

    /// Starts `circle run`, types `answers` one by one, waits a little, then SIGKILLs it.
    func killRun(_ session: Session, dir: String, answers: [String], pauseMicroseconds: UInt32) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = session.arguments(dir)
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
