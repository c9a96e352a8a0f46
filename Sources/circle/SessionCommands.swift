import ArgumentParser
import CircleKit
import CircleRoom
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

    @Option(help: "A team code for the anonymised theme record (no names), e.g. CFS-EAST.", transform: { try TeamCode($0) })
    var team: TeamCode?

    @Option(help: "Case material for the format (a YAML file).")
    var scenario: String?

    @OptionGroup var closing: ClosingOptions

    @OptionGroup(title: "Room display") var display: RoomOptions

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
            let definition = try library.formatLibrary.definition(of: path)
            setup.carried = try CarriedRecords(stateDirectory: sessions).load(format: definition.id, team: team)
            let total = Linter(library: setup.library).phaseCount(path, participants: count)
            let terminal = TerminalIO(names: names)
            let (io, server) = try display.open(terminal: terminal, format: definition)
            let engine = try SessionEngine(setup: setup, io: io, journalPath: journal, phaseTotal: total)
            try finish(engine, journal: journal, closing: closing, terminal: terminal, console: io, server: server)
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

    @OptionGroup(title: "Room display") var display: RoomOptions

    @OptionGroup var library: LibraryOptions

    func run() throws {
        try reporting {
            handleInterrupt()
            let directory = try StateDirectory.sessions(override: closing.journalDir)
            let path = try SessionList(directory: directory).journalPath(for: session)
            let journal = try Journal(path: path)
            if journal.droppedTornLine {
                say("Note: the last line of the journal was cut off when the session stopped; it was dropped, and that turn will be asked again.")
            }
            let names = try participants.map { try seat($0).names } ?? [:]
            let header = journal.header
            var setup = SessionEngine.Setup(
                formatPath: header.formatFile, library: library.formatLibrary.library, participants: header.participants,
                team: header.team, scenarioPath: header.scenario, seed: header.seed, id: header.id)
            setup.carried = try CarriedRecords(stateDirectory: directory).load(format: header.format, team: header.team)
            if journal.droppedTornLine { try journal.rewrite() }
            let total = Linter(library: setup.library).phaseCount(setup.formatPath, participants: setup.participants)
            let terminal = TerminalIO(names: names)
            let (io, server) = try display.open(terminal: terminal, format: try library.formatLibrary.definition(of: setup.formatPath))
            let engine = try SessionEngine(
                setup: setup, io: io, journalPath: path, replay: journal.entries, phaseTotal: total)
            say("Resuming \(header.format) (\(journal.entries.count) answered turns replayed).")
            try finish(engine, journal: path, closing: closing, terminal: terminal, console: io, server: server)
        }
    }
}

/// Where a session is journalled and its record kept, and what happens to the journal and transcript at the end.
struct ClosingOptions: ParsableArguments {
    @Option(help: "The theme store the session's anonymised record goes to (default: $CIRCLE_STORE or ~/.local/share/circle/themes.sqlite).")
    var store: String?

    @Option(help: "Where session journals are kept (default: $CIRCLE_STATE_DIR or ~/.local/state/circle).")
    var journalDir: String?

    @Flag(help: "Keep the journal of raw contributions after the session closes.")
    var keepJournal = false

    @Option(help: "Write the session's transcript (handles, not names) to this file at the end.")
    var transcript: String?
}

/// The room display, for `run` and `resume`.
struct RoomOptions: ParsableArguments {
    @Flag(help: "Show the session on a local web page too: a room view for the screen everyone sees, and a facilitator page with the same controls as here.")
    var room = false

    @Flag(help: "With the room display, let participants write anonymously from their own phones or laptops on this network, behind a join code.")
    var share = false

    @Option(help: "The room display's port (default: any free port).")
    var port = 0

    /// The session's input and output: the terminal alone, or the terminal and the room display.
    func open(terminal: TerminalIO, format: FormatDefinition) throws -> (io: SessionIO & FacilitatorConsole, server: RoomServer?) {
        guard room || share else { return (terminal, nil) }
        // The page's "Tag a theme" offers the codebook's themes and the format's own.
        let themes = sessionCodebook(format)?.themes.map { ($0.id.rawValue, $0.label) } ?? format.themes.map { ($0.id.rawValue, $0.label) }
        let room = Room(names: terminal.names, share: share, themes: themes)
        let server = try RoomServer.open(room: room, port: port)
        say("Room display — put this on the screen everyone sees: \(server.roomURL)")
        say("Facilitator page (keep it to yourself; it holds this session's key): \(server.facilitatorURL)")
        if let join = server.joinURL {
            say("Participants write privately at: \(join)")
            if server.lanAddress == nil { say("  (no local network was found: only this computer can reach it)") }
        }
        say("Answer here or on the facilitator page.\n")
        return (SharedIO(terminal: terminal, room: room), server)
    }
}

/// The themes a session's items can be filed under: the codebook's and the format's own (nil without the codebook).
func sessionCodebook(_ definition: FormatDefinition) -> Codebook? {
    (try? Codebook.load(path: "Scripts/themes.lua"))?.adding(definition.themes)
}

/// Runs the engine and closes the session: what leaves the room, transcript, journal kept or deleted.
func finish(
    _ engine: SessionEngine, journal: String, closing: ClosingOptions, terminal: TerminalIO, console: FacilitatorConsole,
    server: RoomServer?
) throws {
    defer { server?.close() }
    let outcome = try engine.run()
    if outcome == .paused {
        server?.room.close("The session is paused, and will carry on later.")
        say("\nSession paused and saved. Carry on with: circle resume \(engine.setup.id)")
        return
    }
    try CarriedRecords(stateDirectory: (journal as NSString).deletingLastPathComponent)
        .save(engine.carryForward, format: engine.definition.id, team: engine.setup.team)
    let exit = try ClosingReview(names: Array(terminal.names.values), scenario: engine.setup.scenarioPath, codebook: sessionCodebook(engine.definition))
    try exit.decide(engine, with: console, in: ThemeStore(path: ThemeStore.defaultPath(override: closing.store)))
    if let transcript = closing.transcript {
        try (engine.transcript.joined(separator: "\n") + "\n").write(toFile: transcript, atomically: true, encoding: .utf8)
    }
    var keep = closing.keepJournal
    if !keep, terminal.interactive || server != nil {
        let question = ConsoleQuestion(
            "Keep the journal of raw contributions on this laptop? It stays in the room either way.",
            choices: [.init("y", "Keep the journal"), .init("n", "Delete it")])
        keep = (console.ask(question) ?? "n").lowercased().hasPrefix("y")
    }
    if keep {
        console.tell("Journal kept: \(journal)")
    } else {
        try? FileManager.default.removeItem(atPath: journal)
        console.tell("Journal deleted: raw contributions stay in the room.")
    }
}
