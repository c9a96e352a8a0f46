import Foundation
import Testing

/// `kill -9` a running session at seeded random points, resume it, finish it: the
/// transcript must equal an uninterrupted run's, every time. Every shipped format's
/// rehearsal and the test fixture are killed.
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

    /// How many kills per session: `CIRCLE_KILLS` in all (the full run uses 1000), shared
    /// among the sessions; by default 5 for each format.
    var killsPerSession: Int {
        let sessions = (try? Self.sessions().count) ?? 1
        return Int(ProcessInfo.processInfo.environment["CIRCLE_KILLS"] ?? "").map { ($0 + sessions - 1) / sessions } ?? 5
    }

    /// Each session is killed at five seeded random points in a row — while it runs, while
    /// it replays a journal on resuming, before its journal exists — then resumed to its end.
    @Test func killedAnywhereResumesToTheSameTranscript() throws {
        var random = SeededRandom(seed: 20261124)
        for session in try Self.sessions() {
            let expected = try uninterrupted(session)
            var killed = 0
            while killed < killsPerSession {
                let kills = min(5, killsPerSession - killed)
                try killRepeatedly(session, kills: kills, expected: expected, random: &random)
                killed += kills
            }
        }
    }

    /// Kills one session `kills` times at increasing points, resuming it after each, then lets it finish.
    func killRepeatedly(_ session: Session, kills: Int, expected: String, random: inout SeededRandom) throws {
        let dir = try CLI.scratchDirectory()
        try session.prepare(dir)
        let points = (0..<kills).map { _ in Int(random.next() % UInt64(session.answers.count)) }.sorted()
        var answered = 0
        var history: [String] = []
        for point in points {
            let fed = max(point, answered)
            try killRun(command(session, dir: dir), dir: dir, answers: Array(session.answers[answered..<fed]), pauseMicroseconds: UInt32(random.next() % 30_000))
            let now = try answeredTurns(in: dir)
            #expect(now >= answered && now <= fed, "\(session.id): \(now) turns journalled after feeding \(fed)")
            history.append("\(now)/\(fed)")
            answered = now
        }
        let transcript = dir + "/transcript.txt"
        let resumed = try CLI.run(
            command(session, dir: dir) + ["--transcript", transcript], input: session.answers.dropFirst(answered).joined(separator: "\n") + "\n")
        #expect(resumed.status == 0, "\(session.id): \(resumed.error)")
        #expect((try? String(contentsOfFile: transcript, encoding: .utf8)) == expected,
                "\(session.id), killed after (turns journalled/answers fed) \(history.joined(separator: ", "))")
    }

    /// `circle resume` once the session has a journal; before that nothing was acknowledged, and the facilitator starts again.
    func command(_ session: Session, dir: String) -> [String] {
        let journals = (try? FileManager.default.contentsOfDirectory(atPath: dir + "/sessions")) ?? []
        return journals.contains { $0.hasSuffix(".jsonl") } ? ["resume", "--journal-dir", dir] : session.arguments(dir)
    }

    /// The transcript of the same session run without interruption.
    func uninterrupted(_ session: Session) throws -> String {
        let dir = try CLI.scratchDirectory()
        try session.prepare(dir)
        let result = try CLI.run(session.arguments(dir) + ["--transcript", dir + "/t.txt"], input: session.answers.joined(separator: "\n") + "\n")
        #expect(result.status == 0, "\(session.id): \(result.error)")
        return try String(contentsOfFile: dir + "/t.txt", encoding: .utf8)
    }

    /// Starts circle with `arguments`, types `answers` one by one, waits a little, then SIGKILLs it.
    func killRun(_ arguments: [String], dir: String, answers: [String], pauseMicroseconds: UInt32) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = arguments
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
