import CircleKit
import Foundation

/// Comparison 4: `ReportCompiler.compile` on a store of `sessions × themesPerSession`
/// theme rows, beside the same counts computed by GROUP BY queries in the `sqlite3`
/// command-line shell on the same file.
struct CompileBenchmark {
    let sqlite: ExternalTool
    let directory: String
    let codebookPath: String
    let sessions: Int
    let repetitions: Int

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
    static func counting(_ quarter: Quarter) -> String {
        "s.month IN (\(quarter.months.map { "'\($0)'" }.joined(separator: ", "))) AND s.received <= '\(quarter.cutOff)'"
    }

    /// What the compiler counts, as the leanest SQL that gives the same figures: for the report's
    /// quarter and the three before it, sessions per team, sessions per team and theme, and the
    /// items filed under a theme. COUNT(*) counts sessions because (sessionId, theme) is the
    /// primary key; it equals COUNT(DISTINCT sessionId), which `check` confirms, and takes sqlite3 less time.
    static let groupBy = [quarter.previous.previous.previous, quarter.previous.previous, quarter.previous, quarter].flatMap { quarter in
        [
            "SELECT s.team, COUNT(*) FROM session s WHERE \(counting(quarter)) GROUP BY s.team;",
            "SELECT s.team, t.theme, COUNT(*) FROM sessionTheme t JOIN session s ON s.id = t.sessionId WHERE \(counting(quarter)) AND t.count > 0 GROUP BY s.team, t.theme;",
            "SELECT s.team, i.kind, i.theme, i.text FROM item i JOIN session s ON s.id = i.sessionId WHERE \(counting(quarter)) AND i.theme IS NOT NULL;",
        ]
    }.joined(separator: "\n")

    func run() throws -> Figure {
        let codebook = try Codebook.load(path: codebookPath)
        let storePath = "\(directory)/themes.sqlite"
        let rows = sessions * Self.themesPerSession
        let built = try Timing.seconds { try build(storePath, themes: codebook.themes.map(\.id.rawValue)) }
        let reportPath = "\(directory)/report.md"
        var report: Report?
        let (circle, shell) = try Timing.sideBySide(
            repetitions: repetitions,
            circle: {
                try Timing.seconds { report = try compileAsTheCommandLineDoes(storePath: storePath, reportPath: reportPath) }
            },
            baseline: { try sqlite.run([storePath, Self.groupBy]) })
        try check(report, storePath: storePath)
        return Figure(
            "compile \(Figure.number(Double(rows))) theme rows", unit: "s", circle: circle, baseline: ("sqlite3 GROUP BY", shell),
            target: .ratioAtMost(1.5), repetitions: repetitions,
            note: "\(Figure.number(Double(sessions))) sessions × \(Self.themesPerSession) themes over \(Self.teams) teams, \(Self.formats.count) formats and \(Self.weeks.count) weeks, no learning points (store built in \(Figure.number(built)) s); Circle: what `circle compile -o report.md` runs in mid-February 2027, when \(Self.quarter) is the latest closed quarter — load the codebook, open the ThemeStore, compile the organisation's report of the latest closed quarter (every grouping's figures decided together, and the three quarters before for the trend), render and write the Markdown; sqlite3: one shell process on the same file running the same counts (per team, and per team and theme, of the four quarters; COUNT(*) by the primary key); SELECT theme, COUNT(DISTINCT sessionId) … GROUP BY theme, rounded, was checked equal to the report's figures")
    }

    /// `circle compile -o report.md` with no filters: the codebook's labels, the store, the
    /// organisation's report of the latest closed quarter, the rendered file.
    func compileAsTheCommandLineDoes(storePath: String, reportPath: String) throws -> Report {
        let form = try ReportFormat(path: reportPath)
        let labels = try Codebook.load(path: codebookPath).labels
        let report = try ReportCompiler(store: ThemeStore(path: storePath), labels: labels).compile(date: Self.compiledOn)
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
            WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < \(sessions - 1))
            INSERT INTO session (id, format, formatVersion, week, month, team, participants, phasesCompleted)
            SELECT printf('%08x-%04x-4%03x-8%03x-%012x', (i * 2654435761) % 4294967296, i % 65536, i % 4096, (i * 7) % 4096, i),
                   f.id, 1, w.week, w.month, printf('CFS-%02d', (i * 7919) % \(Self.teams)), 3 + i % 8, 3 + i % 4
            FROM n JOIN benchWeek w ON w.idx = i % \(Self.weeks.count) JOIN benchFormat f ON f.idx = (i * 31) % \(Self.formats.count);
            WITH RECURSIVE k(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM k WHERE j < \(Self.themesPerSession - 1))
            INSERT INTO sessionTheme (sessionId, theme, count)
            SELECT s.id, t.id, 1 + (s.rowid + k.j) % 3
            FROM session s CROSS JOIN k JOIN benchTheme t ON t.idx = (s.rowid * 13 + k.j * \(stepCase)) % \(themes.count);
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
            [storePath, "SELECT t.theme, COUNT(DISTINCT t.sessionId) FROM sessionTheme t JOIN session s ON s.id = t.sessionId WHERE \(Self.counting(Self.quarter)) AND t.count > 0 GROUP BY t.theme;"],
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
