import ArgumentParser
import CircleKit
import CircleStorePostgres
import Foundation

/// Options shared by commands that read or write the theme store.
struct StoreOptions: ParsableArguments {
    @Option(help: "The theme store: a SQLite file, or an organisation's PostgreSQL server as postgres://USER@HOST:PORT/DATABASE?sslmode=verify-full&sslrootcert=CA.crt, its password in PGPASSWORD or the pgpass file, never in the address (default: $CIRCLE_STORE, else $XDG_DATA_HOME/circle/themes.sqlite or ~/.local/share/circle/themes.sqlite).")
    var store: String?

    /// The store named by --store or $CIRCLE_STORE, or the default file.
    var location: String { ThemeStore.defaultPath(override: store) }

    /// The SQLite file, for what is kept only on this machine (a rehearsal's record).
    func open() throws -> ThemeStore { try ThemeStore(path: location) }

    /// Runs `body` with the store open, a SQLite file or a PostgreSQL server, and closes it after.
    func withRepository<Result>(_ body: (any ThemeRepository) async throws -> Result) async throws -> Result {
        let location = location
        let repository: any ThemeRepository =
            PostgresAddress.isAddress(location) ? try await PostgresThemeStore.open(location) : try ThemeStore(path: location)
        do {
            let result = try await body(repository)
            await repository.disconnect()
            return result
        } catch {
            await repository.disconnect()
            throw error
        }
    }
}

/// Options that choose which sessions a facilitator exports.
struct FilterOptions: ParsableArguments {
    @Option(help: "First ISO week to include, e.g. 2026-W40.")
    var since: String?

    @Option(help: "Last ISO week to include, e.g. 2026-W52.")
    var until: String?

    func filter() throws -> ThemeStore.Filter {
        for week in [since, until].compactMap({ $0 }) where !Period.isWeek(week) {
            throw CircleError(.input, "'\(week)' is not an ISO week; write it like 2026-W40")
        }
        return ThemeStore.Filter(since: since, until: until)
    }
}

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the anonymised theme records to a signed bundle for your middle leader.",
        discussion: """
            The bundle holds only what each session's facilitator approved: counts, codes and scrubbed text. \
            It is signed with the organisation's signing key (`circle key new`), so your middle leader's Circle \
            refuses it if anything in it is changed on the way.
            """)

    @OptionGroup var filters: FilterOptions
    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "The organisation's bundle signing key (default: $CIRCLE_SIGNING_KEY, else $XDG_CONFIG_HOME/circle/bundle-signing.key).")
    var signingKey: String?

    @Option(name: .shortAndLong, help: "The bundle file to write (e.g. bundle.json).")
    var output: String

    @Option(help: "For a try-out store only (`circle rehearse --keep --week`): the ISO week to date the bundle, no later than this week and no earlier than its sessions (default: this week, which is what a real bundle must say).")
    var week: String?

    func run() async throws {
        try await reporting {
            let key = try BundleSigningKey.load(path: BundleKeyPaths.signingKey(override: signingKey))
            let filter = try filters.filter()
            let records = try await storeOptions.withRepository { try await $0.records(filter) }
            let thisWeek = ThemeRecord.isoWeek(Date())
            if let week {
                _ = try Period.date(ofWeek: week)
                guard week <= thisWeek else { throw CircleError(.input, "--week \(week) is after this week (\(thisWeek)): a bundle cannot be dated in the future") }
                if let last = records.map(\.week).max(), last > week {
                    throw CircleError(.input, "--week \(week) is before the last session in the bundle (\(last)): a bundle cannot be made before its sessions")
                }
            }
            let bundle = ExchangeBundle(records: records, created: week ?? thisWeek)
            try bundle.signed(with: key).write(to: URL(fileURLWithPath: output), options: .atomic)
            print("Wrote \(records.count) session record\(records.count == 1 ? "" : "s") to \(output), signed with key \(key.publicKey.id).")
        }
    }
}

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Merge facilitators' signed bundles into your theme store.",
        discussion: """
            Importing the same bundle twice changes nothing. A bundle that is damaged, edited after it was signed, \
            signed with a key you do not hold the public half of, unsigned (made by an older Circle) or from a newer \
            Circle is refused whole, and so is one naming a theme that is not in the codebook or a format's own themes. Every text is scanned again with the anonymiser: a bundle in which it still finds \
            something is refused, naming the record and the item (not what it says).
            """)

    @Argument(help: "Bundle files.")
    var bundles: [String]

    @Option(help: "The organisation's public key file (default: $CIRCLE_PUBLIC_KEY, else circle/bundle-public.key in $XDG_CONFIG_HOME or $XDG_CONFIG_DIRS).")
    var publicKey: String?

    @Flag(help: "Import a bundle whose texts the anonymiser still finds something in, leaving those texts out (the sessions' theme counts are kept).")
    var dropFailingItems = false

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "The theme codebook a bundle's themes must come from, with the formats' own themes (default: the one installed with Circle).")
    var codebook: String?

    @OptionGroup var library: LibraryOptions

    func run() async throws {
        var refused = false
        try await reporting {
            let keys = try BundlePublicKey.load(path: BundleKeyPaths.publicKey(override: publicKey))
            let themes = try Codebook.load(path: codebook ?? DataDirectories.standard.path(of: .codebook)).adding(formatsIn: try library.formatLibrary)
            refused = try await storeOptions.withRepository { store in try await importEach(into: store, themes: themes, keys: keys) }
        }
        if refused { throw ExitCode.failure }
    }

    /// Imports each bundle in its own transaction, saying what each brought; whether any was refused.
    private func importEach(into store: any ThemeRepository, themes: Codebook, keys: [BundlePublicKey]) async throws -> Bool {
        var refused = false
        for path in bundles {
            do {
                let checked = try ExchangeBundle.read(path, trusting: keys, failingItems: dropFailingItems ? .drop : .refuse)
                try themes.check(checked.bundle.records, from: path)
                let added = try await store.add(checked.bundle.records, received: checked.bundle.created)
                print("\(path): \(added) new session record\(added == 1 ? "" : "s") (\(checked.bundle.records.count - added) already in the store).")
                for place in checked.dropped { print("\(path): left out \(place).") }
                let late = Set(checked.bundle.records.compactMap { record in
                    Quarter(week: record.week).flatMap { $0.cutOff < checked.bundle.created ? $0 : nil }
                })
                if !late.isEmpty {
                    print("\(path): made in \(checked.bundle.created), after the cut-off of \(late.sorted().map(\.description).joined(separator: ", ")): its sessions of \(late.count == 1 ? "that quarter" : "those quarters") count in no report.")
                }
            } catch let error as CircleError {
                FileHandle.standardError.write(Data("circle: \(error)\n".utf8))
                refused = true
            }
        }
        return refused
    }
}

struct CompileCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compile",
        abstract: "Compile one closed quarter of the theme store into a report for senior leaders.",
        discussion: """
            A report covers one closed quarter and one grouping: the whole organisation (the default), a service \
            area (--service) or a team (--team), as the organisation file sets them out. It counts sessions that \
            raised each theme around the middle leaders' questions. Counts of 7 or fewer are withheld and the rest \
            rounded to the nearest 5, and every report of a quarter is cut from the same figures, so that no report, \
            or difference between reports, can be traced to one session (docs/middle-leaders.md). The output form \
            follows the file name: .html, .pdf (printed by headless Chromium), .md, .csv or .json.
            """)

    @Option(help: "The quarter, e.g. 2026-Q4 (default: the latest closed one). A quarter closes four weeks after it ends.")
    var period: String?

    @Option(help: "Only this team (its code in the organisation file).")
    var team: String?

    @Option(help: "Only this service area (as the organisation file names it).")
    var service: String?

    @Option(help: "The organisation file (default: $CIRCLE_ORGANISATION, else circle/organisation.yaml in the XDG config folders).")
    var organisation: String?

    @Option(help: "The theme codebook (default: the one installed with Circle).")
    var codebook: String?

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .shortAndLong, help: "The report file: report.html, report.pdf, report.md, report.csv or report.json.")
    var output: String

    func run() async throws {
        try await reporting {
            let form = try ReportFormat(path: output)
            let quarter = try period.map { text in
                guard let quarter = Quarter(text) else {
                    throw CircleError(.input, "'\(text)' is not a quarter; write it like 2026-Q4 (reports cover whole closed quarters)")
                }
                return quarter
            }
            guard team == nil || service == nil else {
                throw CircleError(.input, "choose a team or a service area, not both (a team's report is cut from the same figures as its service area's)")
            }
            let organisation = try Organisation.find(explicitly: organisation)
            let code = try team.map { try organisation?.teamCode($0) ?? TeamCode($0) }
            let grouping: Grouping = code.map(Grouping.team) ?? service.map(Grouping.service) ?? .organisation
            let labels = try Codebook.load(path: codebook ?? DataDirectories.standard.path(of: .codebook)).labels
            let report = try await storeOptions.withRepository { store in
                try await ReportCompiler(store: store, labels: labels, organisation: organisation).compile(grouping, quarter: quarter)
            }
            try form.write(report, to: output)
            print("Compiled \(report.grouping), \(report.period) (about \(report.sessions) sessions) into \(output).")
        }
    }
}
