import ArgumentParser
import CircleKit
import Foundation

struct FormatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "formats", abstract: "List the session formats you can run, with their length, group size and source.")

    @OptionGroup var library: LibraryOptions

    func run() throws {
        try reporting {
            let formats = try library.formatLibrary
            let all = formats.definitions()
            if all.isEmpty { print("No formats in \(formats.directory).") }
            for (file, result) in all {
                switch result {
                case .success(let format):
                    print("\(format.id)  —  \(format.title)")
                    print("    \(format.summary)")
                    print("    \(EventFormat.minutes(format.minutes)) · \(format.groupSize)"
                        + (format.suitable.isEmpty ? "" : " · suits: \(format.suitable.joined(separator: ", "))"))
                    print("    source: \(format.source)")
                case .failure(let error):
                    print("\((file as NSString).lastPathComponent)  —  cannot be loaded: \(error)")
                }
            }
        }
    }
}

struct SessionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessions", abstract: "List sessions that can be resumed on this laptop.")

    @Option(help: "Where session journals are kept.")
    var journalDir: String?

    func run() throws {
        try reporting {
            let list = SessionList(directory: try StateDirectory.sessions(override: journalDir))
            let entries = list.entries()
            if entries.isEmpty { print("No sessions to resume.") }
            for entry in entries {
                switch entry.journal {
                case .success(let journal):
                    print("\(entry.id)  \(journal.header.format)  started \(journal.header.started)  \(journal.entries.count) turns answered")
                case .failure(let error):
                    print("\(entry.id)  unreadable: \(error)")
                }
            }
        }
    }
}

struct RehearseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rehearse",
        abstract: "Play a whole session from a rehearsal file and print its transcript.",
        discussion: """
            Nothing is saved unless you ask: --keep keeps the session's anonymised record in the theme store, as a \
            live session's close would with every item kept (after the anonymiser), dated --week (an ISO week, \
            e.g. 2026-W30; default this week) — so a try-out store over several quarters takes a minute to build. \
            Exits non-zero if the rehearsal and the format disagree at any step.
            """)

    @Argument(help: "The format: an id from `circle formats`, or a .lua file.")
    var format: String

    @Option(help: "The rehearsal: a YAML file of answers in order.")
    var rehearsal: String

    @Option(help: "Case material for the format (a YAML file; default: the rehearsal's scenario:).")
    var scenario: String?

    @Flag(help: "After the transcript, show the anonymised theme record the session would keep.")
    var showRecord = false

    @Option(help: "The organisation file formats read, and whose teams the rehearsal's team: must be one of (default: the rehearsal's organisation:, else none; the environment is not searched, so a rehearsal plays the same everywhere).")
    var organisation: String?

    @Option(help: "The team code to play it as, instead of the rehearsal's team:.")
    var team: String?

    @Flag(help: "Keep the rehearsal's anonymised record in the theme store (a try-out: see --week).")
    var keep = false

    @Option(help: "With --keep, the ISO week to date the record, e.g. 2026-W30 (default: this week).")
    var week: String?

    @OptionGroup var storeOptions: StoreOptions

    @OptionGroup var library: LibraryOptions

    func run() throws {
        try reporting {
            let formats = try library.formatLibrary
            let path = try formats.resolve(format)
            if let week {
                guard keep else { throw CircleError(.input, "--week \(week) dates the record --keep keeps; add --keep, or leave out --week") }
                _ = try Period.date(ofWeek: week)
            }
            let io = try RehearsalIO(path: rehearsal)
            var setup = io.setup(formatPath: path, library: formats.library, scenarioPath: scenario ?? io.scenario)
            if let team { setup.team = try TeamCode(team) }
            if let organisation {
                let file = try Organisation.load(path: organisation)
                if let team = setup.team { setup.team = try file.teamCode(team.rawValue) }
                setup.organisation = file
            }
            let codebook = try Codebook.load(path: sessionCodebook())
            setup.codebook = codebook
            let total = SessionEngine.phaseCount(path, library: setup.library, participants: io.participants)
            let engine = try SessionEngine(setup: setup, io: io, journalPath: nil, phaseTotal: total)
            let outcome = try engine.run()
            print(engine.transcript.joined(separator: "\n"))
            if outcome == .paused { throw CircleError(.files, "\(rehearsal): the rehearsal paused the session before it finished") }
            try io.checkAllUsed()
            if showRecord {
                print("\nWhat would leave the room (the anonymised theme record; nothing else is kept):")
                for line in ThemeRecord(engine: engine).summary { print("  " + line) }
            }
            if keep {
                let store = try storeOptions.open()
                let review = try ClosingReview(names: [], scenario: setup.scenarioPath, codebook: codebook.adding(engine.definition.themes))
                if let record = try review.keepRehearsal(engine, week: week, in: store) {
                    print("\nKept the rehearsal's record (\(record.week), team \(record.team?.rawValue ?? "none"), \(record.themes.count) themes, \(record.items.count) items) in \(store.path).")
                } else {
                    print("\nNothing kept: the rehearsal ended before any phase was completed, so it is not counted as a session.")
                }
            }
        }
    }
}

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check formats: metadata, then simulated sessions at the smallest and largest group size.",
        discussion: "Exits non-zero if any format has errors, so it can guard a CI pipeline.")

    @Argument(help: "Format ids or .lua files (default: every format in the library).")
    var formats: [String] = []

    @Option(help: "An organisation file for the simulated sessions to read (default: none).")
    var organisation: String?

    @OptionGroup var library: LibraryOptions

    func run() throws {
        var failed = false
        let lib: FormatLibrary, files: [String], organisationFile: Organisation?, codebook: Codebook
        do {
            organisationFile = try organisation.map { try Organisation.find(explicitly: $0) } ?? nil
            lib = try library.formatLibrary
            files = try formats.isEmpty ? lib.files() : formats.map(lib.resolve)
            codebook = try Codebook.load(path: sessionCodebook())
        } catch let error as CircleError {
            FileHandle.standardError.write(Data("circle: \(error)\n".utf8))
            throw ExitCode.failure
        }
        for file in files {
            let report = Linter(library: lib.library, organisation: organisationFile, codebook: codebook).lint(file)
            print("\(report.passed ? "ok  " : "FAIL") \(file)")
            for error in report.errors { print("  error: \(error)") }
            for warning in report.warnings { print("  warning: \(warning)") }
            for note in report.notes { print("  \(note)") }
            failed = failed || !report.passed
        }
        if failed { throw ExitCode.failure }
    }
}

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: "Start a new format from a commented template.")

    @Argument(help: "The new format's id, in kebab-case (e.g. team-check-in).")
    var id: String

    @OptionGroup var library: LibraryOptions

    func run() throws {
        try reporting {
            let text = try Scaffold.format(id: id)
            let directory = try library.formatLibrary.directory
            let file = (directory as NSString).appendingPathComponent(id.replacingOccurrences(of: "-", with: "_") + ".lua")
            guard !FileManager.default.fileExists(atPath: file) else { throw CircleError(.files, "\(file) already exists") }
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
                try text.write(toFile: file, atomically: true, encoding: .utf8)
            } catch {
                // An installed Circle's formats folder is usually not yours to write in.
                throw CircleError(.files, "\(file): cannot write the new format (\(error.localizedDescription)); name a folder you can write in with --formats")
            }
            print("Created \(file). Check it with: circle lint \(file)")
        }
    }
}
