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
            let io = TerminalIO(names: names)
            let engine = try SessionEngine(setup: setup, io: io, journalPath: journal, phaseTotal: total)
            try finish(engine, journal: journal, closing: closing, io: io)
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
            let io = TerminalIO(names: names)
            let engine = try SessionEngine(
                setup: setup, io: io, journalPath: path, replay: journal.entries, phaseTotal: total)
            print("Resuming \(header.format) (\(journal.entries.count) answered turns replayed).")
            try finish(engine, journal: path, closing: closing, io: io)
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

/// Runs the engine and closes the session: what leaves the room, transcript, journal kept or deleted.
func finish(_ engine: SessionEngine, journal: String, closing: ClosingOptions, io: TerminalIO) throws {
    let keep = closing.keepJournal
    let outcome = try engine.run()
    if outcome == .paused {
        print("\nSession paused and saved. Carry on with: circle resume \(engine.setup.id)")
        return
    }
    try CarriedRecords(stateDirectory: (journal as NSString).deletingLastPathComponent)
        .save(engine.carryForward, format: engine.definition.id, team: engine.setup.team)
    try leaveTheRoom(engine, io: io, store: ThemeStore(path: ThemeStore.defaultPath(override: closing.store)))
    if let transcript = closing.transcript {
        try (engine.transcript.joined(separator: "\n") + "\n").write(toFile: transcript, atomically: true, encoding: .utf8)
    }
    var keepIt = keep
    if !keep, io.interactive {
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

/// Shows exactly what the session would keep, lets the facilitator keep, edit or
/// drop each text item (every edit passes the anonymiser again), then saves the
/// record — or, if they decline, its theme counts only.
func leaveTheRoom(_ engine: SessionEngine, io: TerminalIO, store: ThemeStore) throws {
    let codebook = try? Codebook.load(path: "Scripts/themes.lua").adding(engine.definition.themes)
    let exit = try RoomExit(names: Array(io.names.values), scenario: engine.setup.scenarioPath, codebook: codebook)
    print("\nWhat leaves the room — nothing is kept until you decide:")
    for line in ThemeRecord(engine: engine).summary { print("  " + line) }
    var items: [RoomExit.Draft] = []
    for var draft in exit.drafts(from: engine) {
        while true {
            print("\n  \(draft.kind)\(draft.theme.map { " (#\($0))" } ?? ""): \(draft.text)")
            if !draft.flagged.isEmpty { print("  check these are not names: \(draft.flagged.joined(separator: ", "))") }
            print("  keep, edit or drop? (k/e/d, or #theme to file it under another theme)")
            let answer = (io.ask() ?? "d").lowercased()
            if answer.hasPrefix("#") {
                draft.theme = String(answer.dropFirst())
                continue
            }
            if answer.hasPrefix("k") { items.append(draft); break }
            if answer.hasPrefix("d") { break }
            if answer.hasPrefix("e") {
                print("  the new wording:")
                draft = exit.draft(kind: draft.kind, text: io.ask() ?? draft.text, theme: draft.theme)
            }
        }
    }
    print("\nKeep this record\(items.isEmpty ? "" : " and its \(items.count) item\(items.count == 1 ? "" : "s")") in the theme store? (y/N — no keeps the theme counts only)")
    let approved = (io.ask() ?? "n").lowercased().hasPrefix("y")
    let record = try exit.keep(engine, items: items, approved: approved, in: store)
    print(approved ? "Kept in \(store.path)." : "Kept the theme counts only (\(record.themes.count) themes) in \(store.path).")
}
