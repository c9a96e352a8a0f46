import ArgumentParser
import CircleKit
import Foundation

/// Options shared by commands that read or write the theme store.
struct StoreOptions: ParsableArguments {
    @Option(help: "The theme store (default: $CIRCLE_STORE, else $XDG_DATA_HOME/circle/themes.sqlite or ~/.local/share/circle/themes.sqlite).")
    var store: String?

    func open() throws -> ThemeStore { try ThemeStore(path: ThemeStore.defaultPath(override: store)) }
}

/// Options that choose which sessions a command reads.
struct FilterOptions: ParsableArguments {
    @Option(help: "First ISO week to include, e.g. 2026-W40.")
    var since: String?

    @Option(help: "Last ISO week to include, e.g. 2026-W52.")
    var until: String?

    func filter(team: TeamCode? = nil, format: FormatID? = nil) throws -> ThemeStore.Filter {
        for week in [since, until].compactMap({ $0 }) where !Period.isWeek(week) {
            throw CircleError(.input, "'\(week)' is not an ISO week; write it like 2026-W40")
        }
        return ThemeStore.Filter(since: since, until: until, team: team, format: format)
    }
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the anonymised theme records to a bundle for your middle leader.",
        discussion: "The bundle holds only what each session's facilitator approved: counts, codes and scrubbed text.")

    @OptionGroup var filters: FilterOptions
    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .shortAndLong, help: "The bundle file to write (e.g. bundle.json).")
    var output: String

    func run() throws {
        try reporting {
            let records = try storeOptions.open().records(filters.filter())
            let bundle = try ExchangeBundle(records: records, created: ThemeRecord.isoWeek(Date()))
            try bundle.encoded().write(to: URL(fileURLWithPath: output), options: .atomic)
            print("Wrote \(records.count) session record\(records.count == 1 ? "" : "s") to \(output).")
        }
    }
}

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Merge facilitators' bundles into your theme store.",
        discussion: "Importing the same bundle twice changes nothing. A damaged, edited or newer-version bundle is refused whole, and so is one naming a theme that is not in the codebook or a format's own themes.")

    @Argument(help: "Bundle files.")
    var bundles: [String]

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "The theme codebook a bundle's themes must come from, with the formats' own themes (default: the one installed with Circle).")
    var codebook: String?

    @OptionGroup var library: LibraryOptions

    func run() throws {
        var refused = false
        try reporting {
            let store = try storeOptions.open()
            let themes = try Codebook.load(path: codebook ?? DataDirectories.standard.path(of: .codebook)).adding(formatsIn: try library.formatLibrary)
            for path in bundles {
                do {
                    let bundle = try ExchangeBundle.read(path)
                    try themes.check(bundle.records, from: path)
                    let added = try store.add(bundle.records)
                    print("\(path): \(added) new session record\(added == 1 ? "" : "s") (\(bundle.records.count - added) already in the store).")
                } catch let error as CircleError {
                    FileHandle.standardError.write(Data("circle: \(error)\n".utf8))
                    refused = true
                }
            }
        }
        if refused { throw ExitCode.failure }
    }
}

struct CompileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compile",
        abstract: "Compile the theme store into a report for senior leaders.",
        discussion: """
            The report counts sessions that raised each theme — overall, by team, by format and over time — \
            around the middle leaders' questions. No figure is shown that fewer than --min-sessions sessions \
            lie behind, and a report that differs from an earlier one by fewer sessions than that is refused, \
            so that nothing can be traced to one session. The output form follows the file name: \
            .html, .md, .csv or .json.
            """)

    @OptionGroup var filters: FilterOptions

    @Option(help: "Only sessions of this team code.", transform: { try TeamCode($0) })
    var team: TeamCode?

    @Option(help: "Only sessions of this format id.", transform: { try FormatID($0) })
    var format: FormatID?

    @Option(help: "The smallest number of sessions a figure may come from (at least 2).")
    var minSessions = 3

    @Option(help: "Trends by month or quarter.")
    var periods = "quarter"

    @Option(help: "The theme codebook (default: the one installed with Circle).")
    var codebook: String?

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .shortAndLong, help: "The report file: report.html, report.md, report.csv or report.json.")
    var output: String

    func run() throws {
        try reporting {
            let form = try ReportFormat(path: output)
            guard let grouping = ReportCompiler.Periods(rawValue: periods) else {
                throw CircleError(.input, "--periods must be month or quarter")
            }
            let labels = try Codebook.load(path: codebook ?? DataDirectories.standard.path(of: .codebook)).labels
            let report = try ReportCompiler(store: storeOptions.open(), labels: labels)
                .compile(filter: filters.filter(team: team, format: format), minSessions: minSessions, periods: grouping)
            try form.render(report).write(toFile: output, atomically: true, encoding: .utf8)
            print("Compiled \(report.sessions) sessions into \(output).")
        }
    }
}
