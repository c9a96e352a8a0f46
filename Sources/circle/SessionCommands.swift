import ArgumentParser
import CircleKit
import CircleRoom
import Foundation

struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a group session, turn by turn.",
        discussion: """
            Reads out the agreement, then takes the group through the format's phases. At \
            each turn type the person's contribution (add #theme tags if you like), or pass. \
            Commands at any turn: /skip, /extend N, /note TEXT, /pause, /end, /help.

            Every answered turn is saved at once, so nothing is lost if the laptop dies: \
            carry on with `circle resume`. Names stay on this screen only; the saved \
            journal uses P1, P2… (or, in a group that carries records such as actions to its next \
            meeting, each member's pseudonym: you are asked who is who) and is deleted when the \
            session closes unless you keep it.
            """)

    @Argument(help: "The format: an id from `circle formats`, or a .lua file.")
    var format: String

    @Option(help: "Who is in the group, comma-separated, in seating order (\"Amira, Ben, Chloe\"), or a number.")
    var participants: String

    @Option(help: "A team code for the anonymised theme record (no names), e.g. CFS-EAST: one of the organisation file's teams when it lists them.")
    var team: String?

    @OptionGroup var organisation: OrganisationOptions

    @Option(help: "Case material for the format (a YAML file).")
    var scenario: String?

    @OptionGroup var closing: ClosingOptions

    @OptionGroup(title: "Room display") var display: RoomOptions

    @Option(help: .hidden) var seed: Int64?

    @OptionGroup var library: LibraryOptions

    func run() async throws {
        try await reporting {
            handleInterrupt()
            let team = try organisation.teamCode(self.team)
            let path = try library.formatLibrary.resolve(format)
            let (count, names) = try seat(participants)
            var setup = SessionEngine.Setup(
                formatPath: path, library: try library.formatLibrary.library, participants: count, team: team,
                scenarioPath: scenario)
            setup.organisation = try organisation.find()
            if let seed { setup.seed = seed }
            let journals = try StateDirectory.sessions(override: closing.journalDir)
            let plan = try LiveSession.start(setup, journals: journals, codebook: try sessionCodebook())
                .confirmingHandles(seats: (1...count).map { names["P\($0)"] ?? "seat \($0)" }, console: TerminalIO(names: [:]))
            try await runLive(plan, names: seated(names, plan), closing: closing, display: display)
        }
    }
}

struct ResumeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "Carry on a session that was paused or interrupted, exactly where it stopped.")

    @Argument(help: "The session id from `circle sessions` (default: the most recent).")
    var session: String?

    @Option(help: "The names again, in the same seating order, to show them on screen (optional).")
    var participants: String?

    @Option(help: "The organisation file (default: the one the session started with, else as for `circle run`).")
    var organisation: String?

    @OptionGroup var closing: ClosingOptions

    @OptionGroup(title: "Room display") var display: RoomOptions

    @OptionGroup var library: LibraryOptions

    func run() async throws {
        try await reporting {
            handleInterrupt()
            let journals = try StateDirectory.sessions(override: closing.journalDir)
            let plan = try LiveSession.resume(session, journals: journals, library: try library.formatLibrary.library, codebook: try sessionCodebook(),
                organisation: organisation)
            if plan.droppedTornLine {
                say("Note: the last line of the journal was cut off when the session stopped; it was dropped, and that turn will be asked again.")
            }
            let names = seated(try participants.map { try seat($0).names } ?? [:], plan)
            try await runLive(plan, names: names, closing: closing, display: display) {
                say("Resuming \(plan.definition.id) (\(plan.replay.count) answered turns replayed).")
            }
        }
    }
}

/// Where a session is journalled and its record kept, and what happens to the journal and transcript at the end.
struct ClosingOptions: ParsableArguments {
    @Option(help: "The theme store the session's anonymised record goes to (default: $CIRCLE_STORE, else $XDG_DATA_HOME/circle/themes.sqlite or ~/.local/share/circle/themes.sqlite).")
    var store: String?

    @Option(help: "Where session journals are kept (default: $CIRCLE_STATE_DIR, else $XDG_STATE_HOME/circle or ~/.local/state/circle).")
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

    @Option(
        name: .customLong("public-url"),
        help: "With the room display shared, the https:// address where your organisation's reverse proxy on this computer serves the join pages, for people on a call (see docs/room-display.md).",
        transform: { try RoomServer.publicURL($0) })
    var publicURL: String?

    /// Starts the room display when asked for, and says where its pages are. `savePath` is where it
    /// keeps what a crash must not lose; what is there already (a resumed session's) comes back:
    /// the same join code, key and port, so open pages and phones reconnect by themselves.
    func open(names: [String: String], themes: [(id: String, label: String)], savePath: String) async throws -> RoomServer? {
        guard room || share || publicURL != nil else { return nil }
        let shared = share || publicURL != nil
        let saved = try RoomSave.load(savePath)
        let room = Room(names: names, share: shared, themes: themes, saved: saved, savePath: savePath)
        let server: RoomServer
        if port == 0, let last = saved?.port {
            do {
                server = try await RoomServer.open(room: room, port: last, publicURL: publicURL)
            } catch {
                say("The room display's last port (\(last)) is taken: open pages will need the new addresses below.")
                server = try await RoomServer.open(room: room, port: 0, publicURL: publicURL)
            }
        } else {
            server = try await RoomServer.open(room: room, port: port, publicURL: publicURL)
        }
        if saved?.round.map({ !$0.cards.isEmpty }) == true {
            say("The written round's \(saved!.round!.cards.count) unrevealed contribution(s) are back, waiting to be revealed.")
        }
        say("Room display — put this on the screen everyone sees: \(server.roomURL)")
        say("Facilitator page (keep it to yourself; the link opens it once, in one tab; type /link here for a new one): \(server.facilitatorURL)")
        if let join = server.joinURL {
            say("Participants write privately at: \(join)")
            if publicURL != nil {
                say("  (through your reverse proxy, which must send it to 127.0.0.1:\(server.port))")
            } else if server.lanAddress == nil {
                say("  (no local network was found: only this computer can reach it)")
            }
        }
        say("Answer here or on the facilitator page.\n")
        return server
    }
}

extension ClosingOptions {
    /// Refuses, before the session starts, a store on a PostgreSQL server (`$CIRCLE_STORE` set for
    /// importing): a session's record is kept in a SQLite file here and travels in a bundle.
    func checkStore() throws {
        guard isServerAddress(ThemeStore.defaultPath(override: store)) else { return }
        throw CircleError(
            .input, "the theme store named (\(store == nil ? "CIRCLE_STORE" : "--store")) is a PostgreSQL server; a session's record is kept in a SQLite file on this machine and reaches the server in a bundle (`circle export`, then `circle import`). Give --store a file for the session")
    }

    /// How the session closes: the journal kept when asked for, else the facilitator asked
    /// when someone can answer (at the keyboard or on the facilitator page), else deleted.
    func closing(room: Bool) -> LiveSession.Closing {
        let journal: LiveSession.Closing.Journal = keepJournal ? .keep : TerminalIO.interactive || room ? .ask : .delete
        return LiveSession.Closing(store: ThemeStore.defaultPath(override: store), journal: journal, transcript: transcript)
    }
}

/// The theme codebook a session's items are filed under: the installed or given one (see `DataDirectories`).
func sessionCodebook() throws -> String {
    try DataDirectories.standard.path(of: .codebook)
}

/// The names typed for P1, P2, … keyed by the session's handles (a group's pseudonyms, when it has them).
func seated(_ names: [String: String], _ plan: LiveSession.Plan) -> [String: String] {
    guard let handles = plan.setup.handles else { return names }
    var seated: [String: String] = [:]
    for (seat, handle) in handles.enumerated() { seated[handle.rawValue] = names["P\(seat + 1)"] }
    return seated
}

/// Runs a session at the terminal, and on the room display when asked for: the engine on a
/// thread of its own (it blocks on input), the room's server here. `started` says something
/// once the room display is up and before the first turn.
func runLive(
    _ plan: LiveSession.Plan, names: [String: String], closing: ClosingOptions, display: RoomOptions,
    started: () -> Void = {}
) async throws {
    try closing.checkStore()
    let server = try await display.open(names: names, themes: plan.themes, savePath: RoomSave.path(besideJournal: plan.journal))
    let room = server?.room
    let options = closing.closing(room: room != nil)
    started()
    let outcome: SessionEngine.Outcome
    do {
        outcome = try await onEngineThread {
            let terminal = TerminalIO(names: names)
            let io: SessionIO & FacilitatorConsole = server.map { SharedIO(terminal: terminal, server: $0) } ?? terminal
            return try LiveSession(plan, io: io, names: Array(names.values)).run(closing: options)
        }
    } catch {
        room?.close("The session stopped on an error. It is saved, and will carry on later.")
        await server?.stop()
        throw error
    }
    if outcome == .paused {
        room?.close("The session is paused, and will carry on later.")
        say("\nSession paused and saved. Carry on with: circle resume \(plan.setup.id)")
    } else {
        room?.forgetSave()  // the session is over: its journal is decided, and the room's saved state goes
    }
    room?.close()
    await server?.stop()
}

/// Runs `work` on a thread of its own and waits for its result without holding a thread of
/// the cooperative pool. The stack is a main thread's size: formats run Lua on it.
func onEngineThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        let thread = Thread { continuation.resume(with: Result { try work() }) }
        thread.name = "circle-engine"
        thread.stackSize = 8 << 20
        thread.start()
    }
}
