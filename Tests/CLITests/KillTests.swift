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
            // A choice of person is answered by seat number, which holds whatever the handles are.
            answers = try CLI.rehearsalAnswers(rehearsal).map { answer in answer.wholeMatch(of: /P(\d+)/).map { String($0.1) } ?? answer }
            participants = yaml["participants"] as? Int ?? 3
            team = yaml["team"] as? String ?? "TEST"
            seed = yaml["seed"] as? Int ?? 1
            scenario = yaml["scenario"] as? String
            carried = (yaml["carried"] as? [String: Any] ?? [:]).mapValues { ($0 as? [Any] ?? [$0]).map { "\($0)" } }
        }

        var id: String { ((format as NSString).lastPathComponent as NSString).deletingPathExtension }

        /// The rehearsal's carried records name seats ("P2: …"); a group that carries records names its
        /// members by pseudonym, so seat n's records are carried under `owner(n)`.
        static func owner(_ seat: Int) -> String { ["Alder", "Beech", "Birch", "Cedar", "Elm", "Fir", "Maple", "Oak"][seat - 1] }

        /// The seats whose records the rehearsal carries.
        var owners: Set<Int> {
            Set(carried.values.joined().compactMap { value in value.firstMatch(of: /^P(\d):/).flatMap { match in Int(match.1) } })
        }

        /// What `circle run` is told before the first turn: who is who (each owner claims their
        /// pseudonym; Enter for the others, until every one is claimed).
        var claims: [String] {
            guard let last = owners.max() else { return [] }
            return (1...last).map { owners.contains($0) ? Self.owner($0) : "" }
        }

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
            let records = carried.mapValues { values in
                values.map { value in value.replacing(/^P(\d):/) { match in "\(Self.owner(Int(match.1)!)):" } }
            }
            let group: [String: Any] = ["handles": owners.sorted().map(Self.owner), "records": records]
            try JSONSerialization.data(withJSONObject: group).write(to: URL(fileURLWithPath: "\(dir)/carried/\(id)--\(team).json"))
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

    /// Where a kill lands.
    enum Moment {
        /// Moments after the process starts: before its journal exists, or while a resumed session replays it.
        case starting
        /// With `n` turns journalled, just after the next answer is typed: while it is taken in, or its line written.
        case turn(Int)
    }

    /// Each session is killed five times in a row — as it starts, at a turn, as it replays
    /// its journal on resuming, at two later turns (seeded random turns) — then resumed to its end.
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

    /// Kills one session up to five times, resuming it after each, then lets it finish.
    func killRepeatedly(_ session: Session, kills: Int, expected: String, random: inout SeededRandom) throws {
        let dir = try CLI.scratchDirectory()
        try session.prepare(dir)
        var turns: Set<Int> = []
        while turns.count < 3 { turns.insert(1 + Int(random.next() % UInt64(session.answers.count - 1))) }
        let sorted = turns.sorted()
        let moments: [Moment] = [.starting, .turn(sorted[0]), .starting, .turn(sorted[1]), .turn(sorted[2])]
        var answered = 0
        var history: [String] = []
        for moment in moments.prefix(kills) {
            let arguments = command(session, dir: dir)
            switch moment {
            case .starting:
                try killRun(arguments, dir: dir, pauseMicroseconds: UInt32(random.next() % 30_000))
                #expect(try answeredTurns(in: dir) == answered, "\(session.id): a turn was journalled with no answer typed")
            case .turn(let target):
                let typed = claims(session, arguments) + Array(session.answers[answered..<target]), next = session.answers[target]
                try killRun(arguments, dir: dir, answers: typed, then: next, at: target, pauseMicroseconds: UInt32(random.next() % 2_000))
                let now = try answeredTurns(in: dir)
                #expect(now == target || now == target + 1, "\(session.id): \(now) turns journalled, killed at \(target)")
            }
            answered = try answeredTurns(in: dir)
            history.append("\(moment) → \(answered)")
        }
        let transcript = dir + "/transcript.txt"
        let last = command(session, dir: dir)
        let resumed = try CLI.run(
            last + ["--transcript", transcript], input: (claims(session, last) + session.answers.dropFirst(answered)).joined(separator: "\n") + "\n")
        #expect(resumed.status == 0, "\(session.id): \(resumed.error)")
        #expect((try? String(contentsOfFile: transcript, encoding: .utf8)) == expected,
                "\(session.id), killed at (moment → turns journalled) \(history.joined(separator: ", "))")
    }

    /// `circle resume` once the session has a journal; before that nothing was acknowledged, and the facilitator starts again.
    func command(_ session: Session, dir: String) -> [String] {
        let journals = (try? FileManager.default.contentsOfDirectory(atPath: dir + "/sessions")) ?? []
        return journals.contains { $0.hasSuffix(".jsonl") } ? ["resume", "--journal-dir", dir] : session.arguments(dir)
    }

    /// Who is who, typed before the first turn of a new session (a resumed one knows).
    func claims(_ session: Session, _ arguments: [String]) -> [String] { arguments.first == "run" ? session.claims : [] }

    /// The transcript of the same session run without interruption.
    func uninterrupted(_ session: Session) throws -> String {
        let dir = try CLI.scratchDirectory()
        try session.prepare(dir)
        let result = try CLI.run(session.arguments(dir) + ["--transcript", dir + "/t.txt"], input: (session.claims + session.answers).joined(separator: "\n") + "\n")
        #expect(result.status == 0, "\(session.id): \(result.error)")
        return try String(contentsOfFile: dir + "/t.txt", encoding: .utf8)
    }

    /// Starts circle with `arguments` and types `answers`; once `turns` turns are journalled types
    /// `next`, waits a little, then SIGKILLs it. With no `turns`, kills it after the pause.
    func killRun(
        _ arguments: [String], dir: String, answers: [String] = [], then next: String? = nil, at turns: Int? = nil,
        pauseMicroseconds: UInt32
    ) throws {
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
        defer {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        stdin.fileHandleForWriting.write(Data(answers.map { $0 + "\n" }.joined().utf8))
        if let turns {
            let deadline = Date().addingTimeInterval(30)
            while try answeredTurns(in: dir) < turns {
                guard process.isRunning, Date() < deadline else {
                    Issue.record("\(arguments[0]) never journalled \(turns) turns")
                    return
                }
                usleep(1_000)
            }
        }
        if let next { stdin.fileHandleForWriting.write(Data((next + "\n").utf8)) }
        usleep(pauseMicroseconds)
        #expect(process.isRunning, "\(arguments[0]) ended before it was killed")
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
