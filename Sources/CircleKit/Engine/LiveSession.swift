import Foundation

/// A session at the table, from its start or resumption to its close. Starting
/// brings in the records carried from the team's last session of the format;
/// every answered turn goes to the journal; when the session ends, the records to
/// carry forward are saved, the facilitator decides what leaves the room (the
/// closing review), the transcript is written if asked for, and the journal of
/// raw contributions is kept or deleted. A paused session is left as it is, to
/// resume later.
///
/// `circle run`, `circle resume` and the room display's tests all go through here:
///
///     let plan = try LiveSession.start(setup, journals: directory, codebook: path)
///     let session = try LiveSession(plan, io: terminal, names: ["Amira", "Ben"])
///     let outcome = try session.run(closing: .init(store: storePath, journal: .ask))
///
/// `start` and `resume` only read files, so the plan can be made anywhere and handed
/// on; the engine is made and run on one thread, which it blocks while it waits for input.
public final class LiveSession {
    /// A session ready to run: what `start` or `resume` found, before any input or output.
    public struct Plan: Sendable {
        public let setup: SessionEngine.Setup
        public let definition: FormatDefinition
        /// The themes an item can be filed under: the codebook's and the format's own (nil without a codebook).
        public let codebook: Codebook?
        /// Where the session's answered turns are journalled.
        public let journal: String
        /// The answered turns a resumed session replays (none for a new one).
        public let replay: JournalEntries
        /// Whether the journal's last line had been cut off when the session stopped: it was
        /// dropped, and that turn will be asked again.
        public let droppedTornLine: Bool
        /// For "phase i of n" (nil when the facilitator's choices decide it).
        let phaseTotal: Int?

        /// The themes a screen offers for tagging: the codebook's and the format's, or the format's alone.
        public var themes: [(id: String, label: String)] {
            codebook?.themes.map { ($0.id.rawValue, $0.label) } ?? definition.themes.map { ($0.id.rawValue, $0.label) }
        }
    }

    /// What happens when the session ends.
    public struct Closing: Sendable {
        /// What becomes of the journal of raw contributions.
        public enum Journal: Sendable {
            case keep, delete
            /// Ask the facilitator (no answer deletes it).
            case ask
        }

        /// The theme store the session's anonymised record goes to.
        public var store: String
        public var journal: Journal
        /// Where to write the session's transcript (handles, not names), if anywhere.
        public var transcript: String?

        public init(store: String, journal: Journal, transcript: String? = nil) {
            self.store = store
            self.journal = journal
            self.transcript = transcript
        }
    }

    /// A new session of `setup`, journalled in `journals` (a directory of session journals,
    /// see `StateDirectory`), with the records carried from this team's last session of the
    /// format. `codebook` is the theme codebook's file, if there is one.
    public static func start(_ setup: SessionEngine.Setup, journals: String, codebook: String?) throws -> Plan {
        var setup = setup
        let definition = try LoadedFormat(path: setup.formatPath, library: setup.library, seed: 1).definition
        setup.carried = try CarriedRecords(stateDirectory: journals).load(format: definition.id, team: setup.team)
        return try plan(setup, definition: definition, journal: journals + "/\(setup.id).jsonl", codebook: codebook)
    }

    /// The session `id` in `journals` (a prefix of its id is enough; nil: the most recent),
    /// to carry on exactly where it stopped. A journal whose last line was cut off is
    /// rewritten without it.
    public static func resume(_ id: String?, journals: String, library: String?, codebook: String?) throws -> Plan {
        let path = try SessionList(directory: journals).journalPath(for: id)
        let journal = try Journal(path: path)
        let header = journal.header
        var setup = SessionEngine.Setup(
            formatPath: header.formatFile, library: library, participants: header.participants, team: header.team,
            scenarioPath: header.scenario, seed: header.seed, id: header.id)
        setup.carried = try CarriedRecords(stateDirectory: journals).load(format: header.format, team: header.team)
        if journal.droppedTornLine { try journal.rewrite() }
        let definition = try LoadedFormat(path: setup.formatPath, library: setup.library, seed: 1).definition
        return try plan(
            setup, definition: definition, journal: path, codebook: codebook, replay: journal.entries, droppedTornLine: journal.droppedTornLine)
    }

    private static func plan(
        _ setup: SessionEngine.Setup, definition: FormatDefinition, journal: String, codebook: String?,
        replay: JournalEntries = .none, droppedTornLine: Bool = false
    ) throws -> Plan {
        Plan(
            setup: setup, definition: definition, codebook: try codebook.map { try Codebook.load(path: $0).adding(definition.themes) },
            journal: journal, replay: replay, droppedTornLine: droppedTornLine,
            phaseTotal: SessionEngine.phaseCount(setup.formatPath, library: setup.library, participants: setup.participants))
    }

    public let plan: Plan
    public let engine: SessionEngine
    private let console: FacilitatorConsole
    private let names: [String]

    /// The session's engine, talking to `io` (the terminal, the room display, or both).
    /// `names` are the participants' names typed at the start, which the closing review removes.
    public init(_ plan: Plan, io: SessionIO & FacilitatorConsole, names: [String] = []) throws {
        self.plan = plan
        self.names = names
        console = io
        engine = try SessionEngine(setup: plan.setup, io: io, journalPath: plan.journal, replay: plan.replay, phaseTotal: plan.phaseTotal)
    }

    /// Runs the session until it ends or is paused; when it ends, closes it as `closing` says.
    public func run(closing: Closing) throws -> SessionEngine.Outcome {
        let outcome = try engine.run()
        if outcome != .paused { try close(closing) }
        return outcome
    }

    /// The records carried forward, what leaves the room, the transcript, and the journal kept or deleted.
    private func close(_ closing: Closing) throws {
        let journals = (plan.journal as NSString).deletingLastPathComponent
        try CarriedRecords(stateDirectory: journals).save(engine.carryForward, format: engine.definition.id, team: engine.setup.team)
        let review = try ClosingReview(names: names, scenario: engine.setup.scenarioPath, codebook: plan.codebook)
        try review.decide(engine, with: console, in: ThemeStore(path: closing.store))
        if let transcript = closing.transcript {
            do {
                try (engine.transcript.joined(separator: "\n") + "\n").write(toFile: transcript, atomically: true, encoding: .utf8)
            } catch {
                throw CircleError(.files, "\(transcript): cannot write the transcript (\(error.localizedDescription)); check the folder exists and can be written to")
            }
        }
        if keepJournal(closing.journal) {
            console.tell("Journal kept: \(plan.journal)")
        } else {
            try? FileManager.default.removeItem(atPath: plan.journal)
            console.tell("Journal deleted: raw contributions stay in the room.")
        }
    }

    private func keepJournal(_ choice: Closing.Journal) -> Bool {
        switch choice {
        case .keep: return true
        case .delete: return false
        case .ask:
            let question = ConsoleQuestion(
                "Keep the journal of raw contributions on this laptop? It stays in the room either way.",
                choices: [.init("y", "Keep the journal"), .init("n", "Delete it")])
            return (console.ask(question) ?? "n").lowercased().hasPrefix("y")
        }
    }
}
