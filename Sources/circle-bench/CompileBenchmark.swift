import CircleKit
import Foundation

/// Comparison 4: `ReportCompiler.compile` on a store of `sessions × themesPerSession`
/// theme rows, beside the same counts computed by GROUP BY queries in the `sqlite3`
/// command-line shell on the same file, and (given a Python with `duckdb`, `make bench-compile`)
/// by DuckDB on the same rows loaded into a DuckDB database (Benchmarks/compile/duckdb_side.py).
struct CompileBenchmark {
    let sqlite: ExternalTool
    let directory: String
    let codebookPath: String
    let sessions: Int
    let repetitions: Int
    /// A Python that can `import duckdb`, for the DuckDB baseline; nil leaves it out.
    var duckdbPython: String?

    static let themesPerSession = 5
    static let teams = 40
    static let formats = [
        "action-learning-set", "middle-leaders-peer-session", "parallel-process-case-discussion", "peer-check-in",
        "schwartz-round-style", "strengths-based-team-meeting",
    ]
    /// Two years of ISO weeks: the report covers one quarter, and reads the three before it for its trend.
    static let weeks = (2025...2026).flatMap { year in (1...52).map { String(format: "%04d-W%02d", year, $0) } }

    /// The day the report is compiled: its quarter is the latest closed then (2026-Q4).
    static let compiledOn = ISO8601DateFormatter().date(from: "2027-02-15T09:00:00Z")!
    static let quarter = Quarter.latestClosed(on: compiledOn)

    /// The sessions that count in a quarter, as SQL.
    static func counting(_ quarter: Quarter, in table: String = "s") -> String {
        "\(table).month IN (\(quarter.months.map { "'\($0)'" }.joined(separator: ", "))) AND \(table).received <= '\(quarter.cutOff)'"
    }

    /// What the compiler counts, as the leanest SQL that gives the same figures: for the report's
    /// quarter and the three before it, sessions per team; sessions per team and theme, with how
    /// many raised it as a strength and as a concern; sessions per team and HSE standard; and the
    /// items filed under a theme. COUNT(*) counts sessions because (month, session, theme) is the
    /// primary key; it equals COUNT(DISTINCT session), which `check` confirms.
    static let groupBy = [quarter.previous.previous.previous, quarter.previous.previous, quarter.previous, quarter].flatMap { quarter in
        [
            "SELECT s.team, COUNT(*) FROM session s WHERE \(counting(quarter)) GROUP BY s.team;",
            """
            SELECT t.team, t.theme, COUNT(*), SUM(CASE WHEN t.strengths > 0 THEN 1 ELSE 0 END), SUM(CASE WHEN t.concerns > 0 THEN 1 ELSE 0 END)
            FROM sessionTheme t WHERE \(counting(quarter, in: "t")) AND t.count > 0 GROUP BY t.team, t.theme;
            """,
            """
            WITH member(name, id) AS (VALUES \(hseMembers)),
              keyed(name, theme) AS MATERIALIZED (SELECT m.name, th.key FROM member m JOIN theme th ON th.id = m.id)
            SELECT t.team, k.name, COUNT(DISTINCT t.session), COUNT(DISTINCT CASE WHEN t.strengths > 0 THEN t.session END),
              COUNT(DISTINCT CASE WHEN t.concerns > 0 THEN t.session END)
            FROM sessionTheme t CROSS JOIN keyed k WHERE k.theme = t.theme AND \(counting(quarter, in: "t")) AND t.count > 0 GROUP BY t.team, k.name;
            """,
            "SELECT s.team, i.kind, th.id, i.text FROM item i JOIN session s ON s.key = i.session JOIN theme th ON th.key = i.theme WHERE \(counting(quarter));",
        ]
    }.joined(separator: "\n")

    /// The HSE Management Standards' themes, as SQL VALUES rows.
    static let hseMembers = HSEStandard.all.flatMap { standard in standard.themes.map { "('\(standard.id)', '\($0)')" } }.joined(separator: ", ")

    /// Every figure: beside sqlite3, and beside DuckDB when it is given.
    func run() async throws -> [Figure] {
        let codebook = try Codebook.load(path: codebookPath)
        let storePath = "\(directory)/themes.sqlite"
        let rows = sessions * Self.themesPerSession
        let built = try Timing.seconds { try build(storePath, themes: codebook.themes.map(\.id.rawValue)) }
        let reportPath = "\(directory)/report.md"
        var report: Report?
        let compile = { try await Timing.seconds { report = try await compileAsTheCommandLineDoes(storePath: storePath, reportPath: reportPath) } }
        // The store's tallies for the HSE standards are built by the first report that asks for them.
        let first = try await compile()
        let (circle, shell) = try await Timing.sideBySide(repetitions: repetitions, circle: compile, baseline: { try sqlite.run([storePath, Self.groupBy]) })
        try check(report, storePath: storePath)
        let data = "\(Figure.number(Double(sessions))) sessions × \(Self.themesPerSession) themes over \(Self.teams) teams, \(Self.formats.count) formats and \(Self.weeks.count) weeks, a fifth of theme rows tagged as a strength and a quarter as a concern, no learning points (store built in \(Figure.number(built)) s; its first compile, which builds the HSE standards' tallies, \(Figure.number(first)) s, not timed)"
        let circleSide = "Circle: what `circle compile -o report.md` runs in mid-February 2027, when \(Self.quarter) is the latest closed quarter — load the codebook, open the ThemeStore, compile from its tallies (kept summed per month, arrival week, team and theme or HSE standard as rows arrive) the organisation's report of the latest closed quarter (every grouping's figures decided together with disclosure control, the three quarters before for the trend and the change), render and write the Markdown"
        let counts = "the same counts (per team; per team and theme, with strengths and concerns; per team and HSE standard; the items; for each of the four quarters)"
        var figures = [Figure(
            "compile \(Figure.number(Double(rows))) theme rows", unit: "s", circle: circle, baseline: ("sqlite3 GROUP BY", shell),
            target: .ratioAtMost(1.5), repetitions: repetitions,
            note: "\(data); \(circleSide); sqlite3: one shell process on the same file running \(counts); SELECT theme, COUNT(DISTINCT session) … GROUP BY theme, rounded, was checked equal to the report's figures")]
        if let duckdbPython {
            let database = try loadDuckDB(python: duckdbPython, storePath: storePath)
            let (circle, duck) = try await Timing.sideBySide(repetitions: repetitions, circle: compile, baseline: { try countInDuckDB(python: duckdbPython, database: database) })
            figures.append(Figure(
                "compile \(Figure.number(Double(rows))) theme rows", unit: "s", circle: circle, baseline: ("DuckDB", duck),
                target: .ratioAtMost(2), repetitions: repetitions,
                note: "\(data); \(circleSide); DuckDB: \(counts) on the same rows copied into a DuckDB file, timed inside Python from opening the file to the last row fetched (start-up and import not counted)"))
        }
        return figures
    }

    static let duckdbSide = "Benchmarks/compile/duckdb_side.py"

    /// Copies the store's tables to CSV with sqlite3 and loads them into a DuckDB file.
    func loadDuckDB(python: String, storePath: String) throws -> String {
        let folder = "\(directory)/csv"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let export = ["session", "theme", "sessionTheme", "item"].map { ".once \(folder)/\($0).csv\nSELECT * FROM \($0);" }.joined(separator: "\n")
        let scriptPath = "\(directory)/export.sql"
        try (".headers on\n.mode csv\n" + export + "\n").write(toFile: scriptPath, atomically: true, encoding: .utf8)
        try sqlite.run([storePath, ".read \(scriptPath)"])
        let database = "\(directory)/themes.duckdb"
        try ExternalTool(name: "python (duckdb)", path: python).run([Self.duckdbSide, "load", database, folder])
        return database
    }

    /// DuckDB's seconds for the counts, as duckdb_side.py measures them.
    func countInDuckDB(python: String, database: String) throws -> Double {
        let sqlPath = "\(directory)/counts.sql", output = "\(directory)/duckdb.txt"
        if !FileManager.default.fileExists(atPath: sqlPath) { try Self.groupBy.write(toFile: sqlPath, atomically: true, encoding: .utf8) }
        try ExternalTool(name: "python (duckdb)", path: python).run([Self.duckdbSide, "count", database, sqlPath], output: output)
        guard let seconds = Double((try String(contentsOfFile: output, encoding: .utf8)).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw BenchError("\(Self.duckdbSide) printed no time in \(output)")
        }
        return seconds
    }

    /// `circle compile -o report.md` with no filters: the codebook's labels, the store, the
    /// organisation's report of the latest closed quarter, the rendered file.
    func compileAsTheCommandLineDoes(storePath: String, reportPath: String) async throws -> Report {
        let form = try ReportFormat(path: reportPath)
        let labels = try Codebook.load(path: codebookPath).labels
        let report = try await ReportCompiler(store: ThemeStore(path: storePath), labels: labels).compile(date: Self.compiledOn)
        try form.render(report).write(toFile: reportPath, atomically: true, encoding: .utf8)
        return report
    }

    /// Creates the store with `ThemeStore` (so the schema is Circle's own), then fills it
    /// through the `sqlite3` shell.
    func build(_ storePath: String, themes: [String]) throws {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: storePath + suffix) }
        _ = try ThemeStore(path: storePath)
        let scriptPath = "\(directory)/fill.sql"
        try fillScript(themes: themes).write(toFile: scriptPath, atomically: true, encoding: .utf8)
        try sqlite.run([storePath, ".read \(scriptPath)"])
    }

    /// SQL that inserts the sessions and their theme rows. Each session gets
    /// `themesPerSession` distinct codebook themes: a start and a step coprime with the
    /// number of themes, so no theme repeats within a session.
    func fillScript(themes: [String]) -> String {
        let steps = (1..<themes.count).filter { Self.gcd($0, themes.count) == 1 }.prefix(5)
        let stepCase = "CASE s.rowid % \(steps.count) " + steps.enumerated().map { "WHEN \($0.offset) THEN \($0.element)" }.joined(separator: " ") + " END"
        func values(_ rows: [[String]]) -> String {
            rows.enumerated().map { index, row in "(\(index), " + row.map { "'\($0)'" }.joined(separator: ", ") + ")" }.joined(separator: ",\n")
        }
        return """
            CREATE TEMP TABLE benchWeek (idx INTEGER PRIMARY KEY, week TEXT, month TEXT);
            INSERT INTO benchWeek VALUES \(values(Self.weeks.map { [$0, Self.month(ofWeek: $0)] }));
            CREATE TEMP TABLE benchFormat (idx INTEGER PRIMARY KEY, id TEXT);
            INSERT INTO benchFormat VALUES \(values(Self.formats.map { [$0] }));
            CREATE TEMP TABLE benchTheme (idx INTEGER PRIMARY KEY, id TEXT);
            INSERT INTO benchTheme VALUES \(values(themes.map { [$0] }));
            BEGIN;
            INSERT INTO theme (id) SELECT id FROM benchTheme ORDER BY idx;
            WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < \(sessions - 1))
            INSERT INTO session (id, format, formatVersion, week, month, team, participants, phasesCompleted, received)
            SELECT printf('%08x-%04x-4%03x-8%03x-%012x', (i * 2654435761) % 4294967296, i % 65536, i % 4096, (i * 7) % 4096, i),
                   f.id, 1, w.week, w.month, printf('CFS-%02d', (i * 7919) % \(Self.teams)), 3 + i % 8, 3 + i % 4, w.week
            FROM n JOIN benchWeek w ON w.idx = i % \(Self.weeks.count) JOIN benchFormat f ON f.idx = (i * 31) % \(Self.formats.count);
            WITH RECURSIVE k(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM k WHERE j < \(Self.themesPerSession - 1))
            INSERT INTO sessionTheme (session, theme, count, strengths, concerns, month, team, received)
            SELECT s.key, th.key, 1 + (s.key + k.j) % 3, (s.key + k.j) % 5 = 0, (s.key + k.j) % 4 = 0, s.month, coalesce(s.team, ''), s.received
            FROM session s CROSS JOIN k JOIN benchTheme t ON t.idx = (s.key * 13 + k.j * \(stepCase)) % \(themes.count)
            JOIN theme th ON th.id = t.id;
            COMMIT;
            PRAGMA wal_checkpoint(TRUNCATE);
            """
    }

    /// Checks that the store holds the intended rows and that sqlite3's per-theme
    /// counts are the report's.
    func check(_ report: Report?, storePath: String) throws {
        guard let report else { throw BenchError("the compile benchmark ran no compile") }
        let outputPath = "\(directory)/themes.txt"
        try sqlite.run(
            [storePath, "SELECT th.id, COUNT(DISTINCT t.session) FROM sessionTheme t JOIN session s ON s.key = t.session JOIN theme th ON th.key = t.theme WHERE \(Self.counting(Self.quarter)) AND t.count > 0 GROUP BY th.id;"],
            output: outputPath)
        let lines = (try String(contentsOfFile: outputPath, encoding: .utf8)).split(separator: "\n")
        var shell: [String: Int] = [:]
        for line in lines {
            let parts = line.split(separator: "|")
            if parts.count == 2, let n = Int(parts[1]) { shell[String(parts[0])] = n }
        }
        var compiled: [String: Int] = [:]
        for figure in report.themes { compiled[figure.id] = figure.sessions.value }
        let inQuarter = shell.values.reduce(0, +) / Self.themesPerSession
        guard report.sessions == DisclosureRule.shown(inQuarter), inQuarter > sessions / 10,
            shell.compactMapValues(DisclosureRule.shown) == compiled
        else {
            throw BenchError("the compiled report and sqlite3 disagree on the store \(storePath) (\(report.sessions) sessions)")
        }
    }

    /// The month ("2026-11") holding the Thursday of an ISO week, as Circle files it.
    static func month(ofWeek week: String) -> String {
        let parts = week.split(separator: "-")
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var components = DateComponents()
        components.yearForWeekOfYear = Int(parts[0])
        components.weekOfYear = Int(parts[1].dropFirst())
        components.weekday = 5
        let thursday = calendar.date(from: components)!
        let month = calendar.dateComponents([.year, .month], from: thursday)
        return String(format: "%04d-%02d", month.year!, month.month!)
    }

    static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
}
