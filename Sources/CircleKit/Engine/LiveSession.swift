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
        /// The only themes the session may keep: the codebook's and the format's own (the format's
        /// alone when started without a codebook file).
        public let codebook: Codebook
        /// Where the session's answered turns are journalled.
        public let journal: String
        /// The answered turns a resumed session replays (none for a new one).
        public let replay: JournalEntries
        /// Whether the journal's last line had been cut off when the session stopped: it was
        /// dropped, and that turn will be asked again.
        public let droppedTornLine: Bool
        /// For "phase i of n" (nil when the facilitator's choices decide it).
        let phaseTotal: Int?
        /// The format's version when a resumed session started (from its journal's header).
        let replayFormatVersion: Int?
        /// Whether the group carries records from one meeting to the next (it brought some from its
        /// last one, or the format carries some in a simulated run): then its members' handles are
        /// pseudonyms that stay theirs, not seats (see `confirmingHandles`).
        public let carries: Bool
        /// The pseudonyms the group's members had at its last meeting, most recent first.
        public let lastHandles: [Handle]

        /// The themes a screen offers for tagging: the codebook's and the format's.
        public var themes: [(id: String, label: String)] { codebook.themes.map { ($0.id.rawValue, $0.label) } }
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
    /// format and the group's own (`CarriedRecords.groupPrefix`). `codebook` is the theme codebook's file, if there is one.
    public static func start(_ setup: SessionEngine.Setup, journals: String, codebook: String?) throws -> Plan {
        var setup = setup
        let definition = try LoadedFormat(path: setup.formatPath, library: setup.library, seed: 1).definition
        let carried = CarriedRecords(stateDirectory: journals)
        let group = try carried.load(format: definition.id, team: setup.team)
        setup.carried = try carried.records(format: definition.id, team: setup.team)
        setup.responses = try TeamResponses(stateDirectory: journals).load()
        let carries = !group.records.isEmpty
            || SessionEngine.carriesRecords(setup.formatPath, library: setup.library, participants: setup.participants)
        if carries, setup.handles == nil { setup.handles = Handle.fresh(setup.participants, avoiding: Set(group.handles)) }
        return try plan(
            setup, definition: definition, journal: journals + "/\(setup.id).jsonl", codebook: codebook, carries: carries,
            lastHandles: group.handles)
    }

    /// The session `id` in `journals` (a prefix of its id is enough; nil: the most recent),
    /// to carry on exactly where it stopped. A journal whose last line was cut off is
    /// rewritten without it. The organisation file is `organisation` when given, else the one
    /// the session started with (its header names it), else the one found as ``Organisation/find(explicitly:environment:)`` finds it.
    public static func resume(_ id: String?, journals: String, library: String?, codebook: String?, organisation: String? = nil) throws
        -> Plan
    {
        let path = try SessionList(directory: journals).journalPath(for: id)
        let journal = try Journal(path: path)
        let header = journal.header
        var setup = SessionEngine.Setup(
            formatPath: header.formatFile, library: library, participants: header.participants, team: header.team,
            scenarioPath: header.scenario, seed: header.seed, id: header.id)
        setup.handles = header.handles
        setup.carried = try CarriedRecords(stateDirectory: journals).records(format: header.format, team: header.team)
        setup.responses = try TeamResponses(stateDirectory: journals).load()
        setup.organisation = try Organisation.find(explicitly: organisation ?? header.organisation)
        if journal.droppedTornLine { try journal.rewrite() }
        let definition = try LoadedFormat(path: setup.formatPath, library: setup.library, seed: 1).definition
        return try plan(
            setup, definition: definition, journal: path, codebook: codebook, carries: header.handles != nil, lastHandles: [],
            replay: journal.entries, droppedTornLine: journal.droppedTornLine, startedVersion: header.formatVersion)
    }

    private static func plan(
        _ setup: SessionEngine.Setup, definition: FormatDefinition, journal: String, codebook: String?, carries: Bool,
        lastHandles: [Handle], replay: JournalEntries = .none, droppedTornLine: Bool = false, startedVersion: Int? = nil
    ) throws -> Plan {
        let themes = try (codebook.map(Codebook.load(path:)) ?? Codebook(themes: [])).adding(definition.themes)
        var setup = setup
        setup.codebook = themes
        return Plan(
            setup: setup, definition: definition, codebook: themes,
            journal: journal, replay: replay, droppedTornLine: droppedTornLine,
            phaseTotal: SessionEngine.phaseCount(setup.formatPath, library: setup.library, participants: setup.participants),
            replayFormatVersion: startedVersion, carries: carries, lastHandles: lastHandles)
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
    ///
    /// An error never loses the session: its journal stays as it is, and the error says so
    /// and how to carry on. A resumed session whose journal no longer replays (its format
    /// changed) says which step diverged, and the facilitator may close it there, keeping
    /// the record of what it reached.
    public func run(closing: Closing) throws -> SessionEngine.Outcome {
        let outcome: SessionEngine.Outcome
        do {
            outcome = try engine.run()
        } catch let error as CircleError where engine.isReplaying {
            guard closeAfterDivergence(error) else { throw diverged(error) }
            try saved { try close(closing) }
            return .endedEarly
        } catch {
            throw saved(error)
        }
        if outcome != .paused { try saved { try close(closing) } }
        return outcome
    }

    /// Runs `body`, its error saying the session is saved and how to carry on.
    private func saved(_ body: () throws -> Void) throws {
        do { try body() } catch { throw saved(error) }
    }

    private func saved(_ error: Error) -> CircleError {
        let reason = error as? CircleError ?? CircleError(.files, "\(error)")
        return CircleError(
            reason.kind, "\(reason.description)\nThe session is saved: every answered turn is in its journal (\(plan.journal)). "
                + "Once \(reason.kind == .format ? "the format is" : "that is") fixed, carry on with: circle resume \(plan.setup.id)")
    }

    /// Asks whether to close a session whose journal stopped replaying at a step; no answer is no.
    private func closeAfterDivergence(_ error: CircleError) -> Bool {
        let question = ConsoleQuestion(
            "This session's journal no longer replays: \(error.description). Close the session here, keeping the record of what it reached?",
            detail: [oldVersionAdvice],
            choices: [.init("y", "Close it, keeping the record"), .init("n", "Leave it saved as it is")])
        return (console.ask(question) ?? "n").lowercased().hasPrefix("y")
    }

    private func diverged(_ error: CircleError) -> CircleError {
        CircleError(
            .journal, "\(error.description)\nThe session is saved as it was, in its journal (\(plan.journal)). \(oldVersionAdvice); "
                + "or run `circle resume \(plan.setup.id)` at the keyboard and answer y to close it where the journal stops matching, keeping the record of what it reached")
    }

    /// How to finish a session with the format it started with.
    private var oldVersionAdvice: String {
        "To finish it as it was, put back the version of \(plan.setup.formatPath) it started with "
            + "(version \(plan.replayFormatVersion.map(String.init) ?? "?"), now \(plan.definition.version)) if you kept it, and resume it again"
    }

    /// The facilitator's private notes shown back, the records carried forward (scrubbed, and kept,
    /// edited or dropped by the facilitator), the transcript, what leaves the room, and the journal
    /// kept or deleted, in that order: the journal goes only once the record is kept.
    private func close(_ closing: Closing) throws {
        if let notes = privateNotesText { console.tell(notes) }
        let journals = (plan.journal as NSString).deletingLastPathComponent
        let review = try ClosingReview(names: names, scenario: engine.setup.scenarioPath, codebook: plan.codebook)
        try CarriedRecords(stateDirectory: journals).save(
            review.decideCarried(engine, with: console), handles: engine.handles, format: engine.definition.id, team: engine.setup.team)
        if let transcript = closing.transcript {
            do {
                try (engine.transcript.joined(separator: "\n") + "\n").write(toFile: transcript, atomically: true, encoding: .utf8)
            } catch {
                throw CircleError(.files, "\(transcript): cannot write the transcript (\(error.localizedDescription)); check the folder exists and can be written to")
            }
        }
        try review.decide(engine, with: console, in: ThemeStore(path: closing.store))
        if keepJournal(closing.journal) {
            console.tell("Journal kept: \(plan.journal)")
        } else {
            try? FileManager.default.removeItem(atPath: plan.journal)
            console.tell("Journal deleted: raw contributions stay in the room.")
        }
    }

    /// The facilitator's private notes (`/note`, and who stepped out) as one message, nil when
    /// there are none. Shown on the facilitator's own screens only, before the journal that
    /// holds them may be deleted.
    var privateNotesText: String? {
        guard !engine.privateNotes.isEmpty else { return nil }
        var text = "Your private notes from this session (for you alone: they are not in the record, and they go when the journal is deleted):"
        for note in engine.privateNotes { text += "\n  - " + note }
        let stillAway = engine.away.map(\.rawValue)
        if !stillAway.isEmpty { text += "\nStill stepped out at the end: \(stillAway.joined(separator: ", ")). Check in with them privately today." }
        return text
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
