// circle-bench: Circle's performance targets, each measured beside its baseline in one
// run of a release build — start-up to the first prompt, the host turn round trip against
// bare `lua5.4`, a long rehearsal replay and its resident memory, one shipped session's
// resident memory, the report compiler against `sqlite3` GROUP BY, anonymiser throughput, and
// the room display's update latency under a written round's burst beside plain GETs to it.
//
//     swift run -c release --scratch-path .build-bench circle-bench [--json FILE]
//
// Run it from the repository root: it reads `Scripts/formats`, the rehearsals in
// `Scenarios/rehearsals` and the codebook `Scripts/themes.lua`.

import ArgumentParser
import Foundation

/// How much work each comparison does; sized so the whole run takes about a minute
/// and a half on a 2-core machine.
enum Scale {
    static let startupRepetitions = 11
    static let coroutineTurns = 1_000_000
    static let coroutineRepetitions = 7
    static let replayTurns = 100_000
    static let replayRepetitions = 5
    /// 200,000 sessions × 5 themes: the target's 1,000,000 theme rows.
    static let compileSessions = 200_000
    static let compileRepetitions = 5
    /// Signed bundles imported into each store (`--only store`).
    static let storeBundles = 10_000
    static let corpusBytes = 20 << 20
    static let anonymiserRepetitions = 5
    /// Participants writing at once, and written rounds (each on a fresh room and server).
    static let roomPeople = 100
    static let roomRounds = 7
}

/// The comparisons, in the order they run; `--only` picks some of them.
enum Comparison: String, CaseIterable {
    case startup, turns, replay, memory, compile, anonymiser, room, store
}

/// `--only`'s value: comparisons by name, comma-separated.
struct Comparisons: ExpressibleByArgument {
    let comparisons: [Comparison]

    init(_ comparisons: [Comparison]) { self.comparisons = comparisons }

    init?(argument: String) {
        let picked = argument.split(separator: ",").compactMap { Comparison(rawValue: String($0)) }
        guard !picked.isEmpty, picked.count == argument.split(separator: ",").count else { return nil }
        comparisons = picked
    }

    var defaultValueDescription: String { "all" }
}

func progress(_ message: String) {
    FileHandle.standardError.write(Data("circle-bench: \(message)\n".utf8))
}

@main
struct CircleBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "circle-bench",
        abstract: "Runs each benchmark beside its baseline (lua5.4, sqlite3) and prints medians, ratios and targets.",
        discussion: """
            Run it in a release build from the repository root, with lua5.4 and sqlite3 on PATH:

                \(Results.command)
            """,
        subcommands: [PrivacyCommand.self])

    @Option(name: .customLong("json"), help: ArgumentHelp("Also write the figures to this file.", valueName: "file"))
    var jsonPath: String?

    @Option(help: ArgumentHelp("A Python that can import duckdb: the compile comparison also runs beside DuckDB (make bench-compile sets one up).", valueName: "python"))
    var duckdbPython: String?

    @Option(help: ArgumentHelp("A PostgreSQL superuser's address (password from PGPASSFILE or ~/.pgpass) on a server where circle-bench may create a database: the store comparison runs on it beside SQLite (make bench-postgres starts one).", valueName: "url"))
    var postgres: String?

    @Option(help: ArgumentHelp("Run only these comparisons, comma-separated: \(Comparison.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "list"))
    var only = Comparisons(Comparison.allCases)

    /// The benchmark re-runs itself for measurements that need a fresh process (`ChildProcess`);
    /// those runs are answered before any argument is parsed.
    static func main() async {
        do {
            if try ChildProcess.runIfAsked(Array(CommandLine.arguments.dropFirst())) { return }
        } catch {
            progress("error: \(error)")
            Foundation.exit(1)
        }
        do {
            var command = try parseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }

    func run() async throws {
        let selected = Set(only.comparisons)
        guard FileManager.default.fileExists(atPath: "Scripts/formats") else {
            throw BenchError("run circle-bench from the repository root (Scripts/formats is not here)")
        }
        let needsLua = selected.contains(.startup) || selected.contains(.turns)
        let lua = needsLua ? try ExternalTool.find("lua5.4", package: "lua5.4") : nil
        let sqlite = selected.contains(.compile) || selected.contains(.store) ? try ExternalTool.find("sqlite3", package: "sqlite3") : nil
        let directory = NSTemporaryDirectory() + "circle-bench-\(getpid())"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }

        var figures: [Figure] = []
        for comparison in Comparison.allCases where selected.contains(comparison) {
            switch comparison {
            case .startup:
                progress("start-up to the first prompt of each format, beside lua5.4 -e ''")
                figures += try StartupBenchmark(
                    formats: "Scripts/formats", rehearsals: "Scenarios/rehearsals", lua: lua!, repetitions: Scale.startupRepetitions
                ).run()
            case .turns:
                progress("host turn round trip, beside a bare lua5.4 coroutine loop")
                figures.append(try CoroutineBenchmark(
                    lua: lua!, directory: directory, turns: Scale.coroutineTurns, repetitions: Scale.coroutineRepetitions
                ).run())
            case .replay:
                progress("\(Scale.replayTurns)-turn rehearsal replay, each in a fresh process")
                figures += try ReplayBenchmark(directory: directory, turns: Scale.replayTurns, repetitions: Scale.replayRepetitions).run()
            case .memory:
                progress("resident memory of each shipped format's rehearsal, each in a fresh process")
                figures.append(try SessionMemoryBenchmark(formats: "Scripts/formats", rehearsals: "Scenarios/rehearsals", directory: directory).run())
            case .compile:
                progress("compile of \(Scale.compileSessions * CompileBenchmark.themesPerSession) theme rows, beside sqlite3 GROUP BY\(duckdbPython == nil ? "" : " and DuckDB")")
                figures += try await CompileBenchmark(
                    sqlite: sqlite!, directory: directory, codebookPath: "Scripts/themes.lua", sessions: Scale.compileSessions,
                    repetitions: Scale.compileRepetitions, duckdbPython: duckdbPython
                ).run()
            case .store:
                guard let postgres else {
                    progress("store comparison left out: give --postgres (make bench-postgres)")
                    continue
                }
                progress("the theme store on PostgreSQL beside SQLite: \(Scale.storeBundles) bundles imported, \(Scale.compileSessions * CompileBenchmark.themesPerSession) theme rows compiled")
                figures += try await StoreBenchmark(
                    server: postgres, psql: try ExternalTool.find("psql", package: "postgresql-client"), sqlite: sqlite!, directory: directory,
                    codebookPath: "Scripts/themes.lua", bundles: Scale.storeBundles, sessions: Scale.compileSessions, repetitions: Scale.compileRepetitions
                ).run()
            case .anonymiser:
                progress("anonymiser throughput")
                figures += try AnonymiserBenchmark(bytes: Scale.corpusBytes, repetitions: Scale.anonymiserRepetitions).run()
            case .room:
                progress("room display: \(Scale.roomPeople) contributions at once, \(Scale.roomRounds) rounds, beside concurrent GETs")
                figures.append(try await RoomBenchmark(people: Scale.roomPeople, rounds: Scale.roomRounds).run())
            }
        }

        let results = Results(figures: figures)
        print(results.table)
        if let jsonPath {
            try results.writeJSON(to: jsonPath)
            progress("wrote \(jsonPath)")
        }
    }
}
