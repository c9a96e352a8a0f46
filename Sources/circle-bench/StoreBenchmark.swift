import CircleKit
import CircleStorePostgres
import Foundation

/// Comparison 8 (issue 18): the theme store on an organisation's PostgreSQL server beside the
/// SQLite file a middle leader keeps, on the same data in one run. Two figures: importing
/// `bundles` signed bundles as `circle import` does (read, signature and anonymiser checks, the
/// codebook check, add), and compiling a report from 1,000,000 theme rows as `circle compile`
/// does (the compile benchmark's store, copied row for row into the server). The two reports'
/// bytes must be the same. `server` is a superuser's address on a server circle-bench may create
/// databases on (`make bench-postgres` starts one with Scripts/tools/postgres-test-server.sh).
struct StoreBenchmark {
    let server: String
    let psql: ExternalTool
    let sqlite: ExternalTool
    let directory: String
    let codebookPath: String
    let bundles: Int
    let sessions: Int
    let repetitions: Int

    /// Forty teams in four service areas: the organisation the server's store is set up for.
    static let organisation = Organisation(
        name: "Bench Children's Services",
        teams: BundleFixture.teams.enumerated().map { Organisation.Team(code: $1, service: "Service \($0 % 4 + 1)") })

    func run() async throws -> [Figure] {
        let codebook = try Codebook.load(path: codebookPath)
        let database = "circle_bench_\(getpid())"
        try psql.run([server, "-v", "ON_ERROR_STOP=1", "-qc", "CREATE DATABASE \(database)"])
        defer { _ = try? psql.run([server, "-qc", "DROP DATABASE IF EXISTS \(database) WITH (FORCE)"]) }
        let url = PostgresAddress.onDatabase(database, of: server)
        try await PostgresThemeStore.migrate(url)
        let postgres = try await PostgresThemeStore.open(url)
        _ = try await postgres.loadTeams(of: Self.organisation)

        // Import: the same bundles into a new SQLite file and into the server, once each.
        let fixture = BundleFixture(directory: "\(directory)/bundles", count: bundles, themes: codebook.themes.map(\.id))
        let (paths, keys, sessionCount) = try fixture.write()
        let sqlitePath = "\(directory)/imported.sqlite"
        let sqliteStore = try ThemeStore(path: sqlitePath)
        let onSQLite = try await Timing.seconds { try await Self.importAll(paths, keys: keys, codebook: codebook, into: sqliteStore) }
        let onPostgres = try await Timing.seconds { try await Self.importAll(paths, keys: keys, codebook: codebook, into: postgres) }
        let keptThere = try await postgres.records(ThemeStore.Filter()).count
        guard try sqliteStore.records().count == sessionCount, keptThere == sessionCount else {
            throw BenchError("the import benchmark kept \(keptThere) sessions on the server, not \(sessionCount)")
        }
        var figures = [Figure(
            "import \(Figure.number(Double(bundles))) bundles", unit: "s", circle: onPostgres, baseline: ("SQLite file", onSQLite),
            target: .ratioAtMost(4), repetitions: 1,
            note: "\(Figure.number(Double(bundles))) signed bundles of 1–4 sessions each (\(Figure.number(Double(sessionCount))) sessions, 5 themes each, 40 teams in 4 service areas), imported one bundle at a time as `circle import` does (read the file, check its signature and every text with the anonymiser, check its themes against the codebook, add it in one transaction); Circle on PostgreSQL 15 over TLS on 127.0.0.1 (a pooled postgres-nio client, as a superuser) beside Circle on a new SQLite file; once each")]

        // Compile: the compile benchmark's 1,000,000 theme rows, in SQLite and copied to the server.
        let compileStore = "\(directory)/compile.sqlite"
        let compiler = CompileBenchmark(sqlite: sqlite, directory: directory, codebookPath: codebookPath, sessions: sessions, repetitions: repetitions)
        try compiler.build(compileStore, themes: codebook.themes.map(\.id.rawValue))
        try await postgres.disconnect()
        try psql.run([server, "-v", "ON_ERROR_STOP=1", "-qc", "DROP DATABASE \(database) WITH (FORCE)", "-c", "CREATE DATABASE \(database)"])
        try await PostgresThemeStore.migrate(url)
        let copied = try await PostgresThemeStore.open(url)
        _ = try await copied.loadTeams(of: Self.organisation)
        try copy(compileStore, to: url)
        let labels = codebook.labels
        func compile(_ store: any ThemeRepository) async throws -> String {
            try ReportFormat(path: "report.md").render(try await ReportCompiler(store: store, labels: labels).compile(date: CompileBenchmark.compiledOn))
        }
        let sqliteCompileStore = try ThemeStore(path: compileStore)
        // The file's first compile builds its HSE standards' tallies (not timed, as in the compile benchmark).
        var fileReport = ""
        let first = try await Timing.seconds { fileReport = try await compile(sqliteCompileStore) }
        guard try await compile(copied) == fileReport else {
            throw BenchError("the reports compiled from the SQLite store and from its copy on the server differ")
        }
        let (server, file) = try await Timing.sideBySide(
            repetitions: repetitions, circle: { try await Timing.seconds { _ = try await compile(copied) } },
            baseline: { try await Timing.seconds { _ = try await compile(sqliteCompileStore) } })
        await copied.disconnect()
        figures.append(Figure(
            "compile \(Figure.number(Double(sessions * CompileBenchmark.themesPerSession))) theme rows", unit: "s", circle: server,
            baseline: ("SQLite file", file), target: .atMost(2), repetitions: repetitions,
            note: "the compile benchmark's store (\(Figure.number(Double(sessions))) sessions) copied row for row into PostgreSQL; `circle compile -o report.md` for the latest closed quarter on each (the server counting its theme rows with GROUP BY, the file reading its tallies; the SQLite file's first compile, which builds its HSE tallies, \(Figure.number(first)) s, not timed); the two Markdown reports were checked byte for byte equal"))
        return figures
    }

    /// What `circle import` does with each bundle.
    static func importAll(_ paths: [String], keys: [BundlePublicKey], codebook: Codebook, into store: any ThemeRepository) async throws {
        for path in paths {
            let checked = try ExchangeBundle.read(path, trusting: keys)
            try codebook.check(checked.bundle.records, from: path)
            try await store.add(checked.bundle.records, received: checked.bundle.created)
        }
    }

    /// Copies a SQLite store's sessions and theme rows into the server's (migrated, teams loaded)
    /// store with `psql`'s `\copy`, keeping their keys, each row with its team's service area.
    func copy(_ storePath: String, to url: String) throws {
        let folder = "\(directory)/copy"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let export = """
            .mode csv
            .once \(folder)/theme.csv
            SELECT key, id FROM theme;
            .once \(folder)/session.csv
            SELECT key, id, format, formatVersion, week, month, team, participants, phasesCompleted, received FROM session;
            .once \(folder)/sessionTheme.csv
            SELECT session, theme, count, strengths, concerns, month, team, received FROM sessionTheme;
            """
        try export.write(toFile: "\(folder)/export.sql", atomically: true, encoding: .utf8)
        try sqlite.run([storePath, ".read \(folder)/export.sql"])
        let load = """
            CREATE TEMP TABLE copied_theme (key integer, id text);
            CREATE TEMP TABLE copied_session (key bigint, id text, format text, format_version integer, week text, month text, team text,
              participants integer, phases_completed integer, received text);
            CREATE TEMP TABLE copied_session_theme (session bigint, theme integer, count integer, strengths integer, concerns integer,
              month text, team text, received text);
            \\copy copied_theme FROM '\(folder)/theme.csv' WITH (FORMAT csv)
            \\copy copied_session FROM '\(folder)/session.csv' WITH (FORMAT csv)
            \\copy copied_session_theme FROM '\(folder)/sessionTheme.csv' WITH (FORMAT csv)
            BEGIN;
            INSERT INTO theme (key, id) OVERRIDING SYSTEM VALUE SELECT key, id FROM copied_theme;
            INSERT INTO session (key, id, format, format_version, week, month, team, service, participants, phases_completed, received)
              OVERRIDING SYSTEM VALUE
              SELECT s.key, s.id, s.format, s.format_version, s.week, s.month, NULLIF(s.team, ''), t.service, s.participants, s.phases_completed, s.received
              FROM copied_session s LEFT JOIN team t ON t.code = s.team;
            INSERT INTO session_theme (session, theme, count, strengths, concerns, month, team, service, received)
              SELECT c.session, c.theme, c.count, c.strengths, c.concerns, c.month, c.team, t.service, c.received
              FROM copied_session_theme c LEFT JOIN team t ON t.code = c.team;
            COMMIT;
            ANALYZE;
            """
        try load.write(toFile: "\(folder)/load.sql", atomically: true, encoding: .utf8)
        try psql.run([url, "-v", "ON_ERROR_STOP=1", "-q", "-f", "\(folder)/load.sql"])
    }
}
