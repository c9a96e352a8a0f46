import ArgumentParser
import CircleKit
import Foundation

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a group session, turn by turn.",
        discussion: """
            Reads out the agreement, then takes the group through the format's phases. At \
            each turn type the person's contribution (add #theme tags if you like), or pass. \
            Commands at any turn: /skip, /extend N, /note TEXT, /pause, /end, /help.

            Every answered turn is saved at once, so nothing is lost if the laptop dies: \
            carry on with `circle resume`. Names stay on this screen only; the saved \
            journal uses P1, P2… and is deleted when the session closes unless you keep it.
            """)

    @Argument(help: "The format: an id from `circle formats`, or a .lua file.")
    var format: String

    @Option(help: "Who is in the group, comma-separated, in seating order (\"Amira, Ben, Chloe\"), or a number.")
    var participants: String

    @Option(help: "A team code for the anonymised theme record (no names).")
    var team: String?

    @Option(help: "Case material for the format (a YAML file).")
    var scenario: String?

    @OptionGroup var closing: ClosingOptions

    @Option(help: .hidden) var seed: Int64?

    @OptionGroup var library: LibraryOptions

    func run() throws {
        try reporting {
            handleInterrupt()
            let path = try library.formatLibrary.resolve(format)
            let (count, names) = try seat(participants)
            var setup = SessionEngine.Setup(
                formatPath: path, library: library.formatLibrary.library, participants: count, team: team,
                scenarioPath: scenario)
            if let seed { setup.seed = seed }
            let sessions = try StateDirectory.sessions(override: closing.journalDir)
            let journal = sessions + "/\(setup.id).jsonl"
            let id = try library.formatLibrary.definition(of: path).id
            setup.carried = try CarriedRecords(stateDirectory: sessions).load(format: id, team: team)
            let total = Linter(library: setup.library).phaseCount(path, participants: count)
            let engine = try SessionEngine(setup: setup, io: TerminalIO(names: names), journalPath: journal, phaseTotal: total)
            try finish(engine, journal: journal, closing: closing)
        }
    }
}

struct ResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "Carry on a session that was paused or interrupted, exactly where it stopped.")

    @Argument(help: "The session id from `circle sessions` (default: the most recent).")
    var session: String?

    @Option(help: "The names again, in the same seating order, to show them on screen (optional).")
    var participants: String?

    @OptionGroup var closing: ClosingOptions

    @OptionGroup var library: LibraryOptions

    func run() throws {
        try reporting {
            handleInterrupt()
            let directory = try StateDirectory.sessions(override: closing.journalDir)
            let path = try SessionList(directory: directory).journalPath(for: session)
            let journal = try Journal(path: path)
            if journal.droppedTornLine {
                print("Note: the last line of the journal was cut off when the session stopped; it was dropped, and that turn will be asked again.")
            }
            let names = try participants.map { try seat($0).names } ?? [:]
            let header = journal.header
            var setup = SessionEngine.Setup(
                formatPath: header.formatFile, library: library.formatLibrary.library, participants: header.participants,
                team: header.team, scenarioPath: header.scenario, seed: header.seed, id: header.id)
            setup.carried = try CarriedRecords(stateDirectory: directory).load(format: header.format, team: header.team)
            if journal.droppedTornLine { try journal.rewrite() }
            let total = Linter(library: setup.library).phaseCount(setup.formatPath, participants: setup.participants)
            let engine = try SessionEngine(
                setup: setup, io: TerminalIO(names: names), journalPath: path, replay: journal.entries, phaseTotal: total)
            print("Resuming \(header.format) (\(journal.entries.count) answered turns replayed).")
            try finish(engine, journal: path, closing: closing)
        }
    }
}

/// Where a session is journalled, and what happens to the journal and transcript at the end.
struct ClosingOptions: ParsableArguments {
    @Option(help: "Where session journals are kept (default: $CIRCLE_STATE_DIR or ~/.local/state/circle).")
    var journalDir: String?

    @Flag(help: "Keep the journal of raw contributions after the session closes.")
    var keepJournal = false

    @Option(help: "Write the session's transcript (handles, not names) to this file at the end.")
    var transcript: String?
}

/// Runs the engine and closes the session: transcript, journal kept or deleted.
func finish(_ engine: SessionEngine, journal: String, closing: ClosingOptions) throws {
    let keep = closing.keepJournal
    let outcome = try engine.run()
    if outcome == .paused {
        print("\nSession paused and saved. Carry on with: circle resume \(engine.setup.id)")
        return
    }
    try CarriedRecords(stateDirectory: (journal as NSString).deletingLastPathComponent)
        .save(engine.carryForward, format: engine.definition.id, team: engine.setup.team)
    if let transcript = closing.transcript {
        try (engine.transcript.joined(separator: "\n") + "\n").write(toFile: transcript, atomically: true, encoding: .utf8)
    }
    var keepIt = keep
    if !keep, isatty(STDIN_FILENO) == 1 {
        print("Keep the journal of raw contributions on this laptop? It stays in the room either way. (y/N)")
        keepIt = (readLine() ?? "").lowercased().hasPrefix("y")
    }
    if keepIt {
        print("Journal kept: \(journal)")
    } else {
        try? FileManager.default.removeItem(atPath: journal)
        print("Journal deleted: raw contributions stay in the room.")
    }
}
