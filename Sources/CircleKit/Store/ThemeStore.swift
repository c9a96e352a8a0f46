import Foundation
import GRDB

/// The theme records kept on this machine: SQLite in WAL mode through GRDB, so two
/// facilitators' sessions (or a facilitator and a middle leader) can write at once.
/// It holds only what leaves the room: `ThemeRecord`s.
public final class ThemeStore: Sendable {
    public let path: String
    let pool: DatabasePool

    /// Which sessions to read.
    public struct Filter: Sendable, Equatable {
        /// ISO weeks, inclusive ("2026-W40").
        public var since: String?
        public var until: String?
        public var team: TeamCode?
        public var format: FormatID?

        public init(since: String? = nil, until: String? = nil, team: TeamCode? = nil, format: FormatID? = nil) {
            self.since = since
            self.until = until
            self.team = team
            self.format = format
        }
    }

    /// `--store`, else `$CIRCLE_STORE`, else `$XDG_DATA_HOME/circle/themes.sqlite`, else
    /// `$HOME/.local/share/circle/themes.sqlite` (see `UserDirectories`). A relative path is
    /// relative to the current directory.
    public static func defaultPath(override: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let override { return override }
        if let store = environment["CIRCLE_STORE"], !store.isEmpty { return store }
        return UserDirectories(environment: environment).dataHome + "/circle/themes.sqlite"
    }

    /// Opens the store at `path`, creating it if need be: the file and its `-wal` and `-shm`
    /// files readable by their owner only (0600), and a folder it creates too (0700), like the
    /// session journals. A bare file name is a file in the current directory.
    public init(path: String) throws {
        self.path = path
        if isServerAddress(path) {
            throw CircleError(.store, "the store named is a PostgreSQL server: an organisation's PostgreSQL store holds what middle leaders import; a session's or a rehearsal's record is kept in a SQLite file on this machine and travels in a bundle (`circle export`). Give --store a file here")
        }
        do {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty {
                try FileManager.default.createDirectory(
                    atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            }
            var configuration = Configuration()
            configuration.busyMode = .timeout(15)
            try Self.createOwnerOnly(path)
            pool = try DatabasePool(path: path, configuration: configuration)
            try Self.migrator.migrate(pool)
        } catch let error as CircleError {
            throw error
        } catch {
            throw CircleError(.store, "\(path): cannot open the theme store (\(Self.reason(error)))")
        }
    }

    /// Creates an empty database file readable by its owner only, unless there is a file
    /// already. SQLite gives the `-wal` and `-shm` files it makes the database file's mode.
    private static func createOwnerOnly(_ path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if fd >= 0 { close(fd); return }
        guard errno == EEXIST else {
            throw CircleError(.store, "\(path): cannot create the theme store (\(String(cString: strerror(errno)))); check the folder exists and can be written to")
        }
    }

    static func reason(_ error: Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? error.description }
        return error.localizedDescription
    }

    /// ThemeID's and FormatID's rule for a column, in SQL.
    static func kebab(_ column: String) -> String {
        "length(\(column)) BETWEEN 1 AND 40 AND \(column) GLOB '[a-z]*' AND \(column) NOT GLOB '*[^a-z0-9-]*' AND \(column) NOT GLOB '*--*' AND \(column) NOT GLOB '*-'"
    }

    /// TeamCode's rule for the `team` column, in SQL.
    static let teamCheck = "length(team) BETWEEN 1 AND 24 AND team GLOB '[A-Za-z]*' AND team NOT GLOB '*[^A-Za-z0-9-]*' AND team NOT GLOB '*--*' AND team NOT GLOB '*-'"

    /// The store's migrations, in order (never edited once shipped: the SQL they run stays as it was).
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: sessions, themes, items, compiled reports") { db in
            try db.execute(sql: """
                CREATE TABLE session (
                  id TEXT PRIMARY KEY NOT NULL, format TEXT NOT NULL, formatVersion INTEGER NOT NULL,
                  week TEXT NOT NULL, month TEXT NOT NULL, team TEXT, participants INTEGER NOT NULL,
                  phasesCompleted INTEGER NOT NULL);
                CREATE INDEX session_week ON session(week);
                CREATE TABLE sessionTheme (
                  sessionId TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE, theme TEXT NOT NULL,
                  count INTEGER NOT NULL, PRIMARY KEY (sessionId, theme));
                CREATE INDEX sessionTheme_theme ON sessionTheme(theme);
                CREATE TABLE item (
                  id INTEGER PRIMARY KEY AUTOINCREMENT, sessionId TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                  kind TEXT NOT NULL, theme TEXT, text TEXT NOT NULL);
                CREATE TABLE compiledReport (
                  id INTEGER PRIMARY KEY AUTOINCREMENT, compiledAt TEXT NOT NULL, sessionIds TEXT NOT NULL);
                """)
        }
        // Theme ids, format ids and team codes follow their rules (ThemeID, FormatID, TeamCode), in
        // SQL. Data kept before the rules: a team code that breaks its rule was free text that may
        // name a person, and is cleared; a theme id that breaks its rule could never be imported, and
        // its tally is dropped (an item filed under it is kept, unfiled).
        migrator.registerMigration("v2: ids checked") { db in
            let kebab = Self.kebab, team = Self.teamCheck
            try db.execute(sql: """
                CREATE TABLE newSession (
                  id TEXT PRIMARY KEY NOT NULL, format TEXT NOT NULL CHECK (\(kebab("format"))), formatVersion INTEGER NOT NULL,
                  week TEXT NOT NULL, month TEXT NOT NULL, team TEXT CHECK (team IS NULL OR (\(team))), participants INTEGER NOT NULL,
                  phasesCompleted INTEGER NOT NULL);
                INSERT INTO newSession
                  SELECT id, format, formatVersion, week, month, CASE WHEN \(team) THEN team END, participants, phasesCompleted FROM session;
                CREATE TABLE newSessionTheme (
                  sessionId TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE, theme TEXT NOT NULL CHECK (\(kebab("theme"))),
                  count INTEGER NOT NULL, PRIMARY KEY (sessionId, theme));
                INSERT INTO newSessionTheme SELECT sessionId, theme, count FROM sessionTheme WHERE \(kebab("theme"));
                CREATE TABLE newItem (
                  id INTEGER PRIMARY KEY AUTOINCREMENT, sessionId TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                  kind TEXT NOT NULL, theme TEXT CHECK (theme IS NULL OR (\(kebab("theme")))), text TEXT NOT NULL);
                INSERT INTO newItem SELECT id, sessionId, kind, CASE WHEN \(kebab("theme")) THEN theme END, text FROM item;
                DROP TABLE item;
                DROP TABLE sessionTheme;
                DROP TABLE session;
                ALTER TABLE newSession RENAME TO session;
                ALTER TABLE newSessionTheme RENAME TO sessionTheme;
                ALTER TABLE newItem RENAME TO item;
                CREATE INDEX session_week ON session(week);
                CREATE INDEX sessionTheme_theme ON sessionTheme(theme);
                """)
        }
        // Reports cover closed quarters (Quarter): a session counts in its quarter's reports only if
        // it arrived by the quarter's cut-off, so the week its bundle was made is kept (a session
        // kept before arrives in its own week). The audit of compiled reports is gone: the same
        // bundles always give the same figures, so there is nothing to compare with.
        migrator.registerMigration("v3: arrival week; no audit of compiled reports") { db in
            try db.execute(sql: """
                ALTER TABLE session ADD COLUMN received TEXT NOT NULL DEFAULT '';
                UPDATE session SET received = week;
                CREATE INDEX session_month ON session(month);
                DROP TABLE compiledReport;
                """)
        }
        migrator.registerMigration("v4: strengths and concerns; integer keys for compiling at scale", migrate: Self.integerKeys)
        registerResponses(&migrator)
        migrator.registerMigration("v6: theme and set tallies", migrate: Self.tallies)
        return migrator
    }

    /// Adds records in one transaction; a record whose id is already stored is left
    /// as it is. Returns how many were new. A record an import would refuse is refused here too,
    /// and then nothing is saved. `received` is the ISO week the bundle bringing them was made
    /// (nil: kept on this machine, in the session's own week); a session brought by several
    /// bundles keeps the earliest, so the order of imports does not matter.
    @discardableResult
    public func add(_ records: [ThemeRecord], received: String? = nil) throws -> Int {
        if let (index, problem) = records.enumerated().lazy.compactMap({ i, record in record.problem.map { (i, $0) } }).first {
            throw CircleError(.store, "\(path): record \(index + 1) \(problem); nothing was saved")
        }
        do {
            return try pool.write { db in
                var added = 0
                for record in records {
                    let arrived = received ?? record.week
                    let exists = try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM session WHERE id = ?)", arguments: [record.id]) ?? false
                    if exists {
                        try db.execute(sql: "UPDATE session SET received = min(received, ?) WHERE id = ?", arguments: [arrived, record.id])
                        try db.execute(
                            sql: "UPDATE sessionTheme SET received = min(received, ?) WHERE session = (SELECT key FROM session WHERE id = ?)",
                            arguments: [arrived, record.id])
                        continue
                    }
                    try db.execute(
                        sql: "INSERT INTO session (id, format, formatVersion, week, month, team, participants, phasesCompleted, received) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        arguments: [record.id, record.format.rawValue, record.formatVersion, record.week, Period.month(ofWeek: record.week),
                                    record.team?.rawValue, record.participants, record.phasesCompleted, arrived])
                    let session = db.lastInsertedRowID
                    for (theme, count) in record.themes.sorted(by: { $0.key < $1.key }) {
                        let direction = record.directions[theme] ?? .init()
                        try db.execute(
                            sql: "INSERT INTO sessionTheme (session, theme, count, strengths, concerns, month, team, received) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                            arguments: [session, try Self.key(of: theme, in: db), count, direction.strength, direction.concern,
                                        Period.month(ofWeek: record.week), record.team?.rawValue ?? "", arrived])
                    }
                    for item in record.items {
                        try db.execute(
                            sql: "INSERT INTO item (session, kind, theme, text) VALUES (?, ?, ?, ?)",
                            arguments: [session, item.kind, try item.theme.map { try Self.key(of: $0, in: db) }, item.text])
                    }
                    added += 1
                }
                return added
            }
        } catch {
            throw CircleError(.store, "\(path): could not save to the theme store (\(Self.reason(error))); nothing was saved")
        }
    }

    /// The stored records that match `filter`, oldest week first.
    public func records(_ filter: Filter = Filter()) throws -> [ThemeRecord] {
        do {
            return try pool.read { db in
                let (clause, arguments) = Self.whereClause(filter)
                let rows = try Row.fetchAll(db, sql: "SELECT * FROM session \(clause) ORDER BY week, id", arguments: arguments)
                var themes: [String: [ThemeID: Int]] = [:]
                var directions: [String: [ThemeID: ThemeRecord.Directions]] = [:]
                for row in try Row.fetchAll(
                    db,
                    sql: "SELECT session.id AS sessionId, theme.id AS theme, count, strengths, concerns FROM session JOIN sessionTheme ON sessionTheme.session = session.key JOIN theme ON theme.key = sessionTheme.theme \(clause)",
                    arguments: arguments)
                {
                    let theme = try ThemeID(row["theme"] as String)
                    themes[row["sessionId"], default: [:]][theme] = row["count"]
                    let direction = ThemeRecord.Directions(strength: row["strengths"], concern: row["concerns"])
                    if direction != .init() { directions[row["sessionId"], default: [:]][theme] = direction }
                }
                var items: [String: [ThemeRecord.Item]] = [:]
                for row in try Row.fetchAll(
                    db,
                    sql: "SELECT session.id AS sessionId, kind, theme.id AS theme, text FROM item JOIN session ON session.key = item.session LEFT JOIN theme ON theme.key = item.theme \(clause) ORDER BY item.id",
                    arguments: arguments)
                {
                    let theme = try (row["theme"] as String?).map(ThemeID.init(_:))
                    items[row["sessionId"], default: []].append(ThemeRecord.Item(kind: row["kind"], text: row["text"], theme: theme))
                }
                return try rows.map { row in
                    let id: String = row["id"]
                    return ThemeRecord(
                        id: id, format: try FormatID(row["format"]), formatVersion: row["formatVersion"], week: row["week"],
                        team: try (row["team"] as String?).map(TeamCode.init(_:)),
                        participants: row["participants"], phasesCompleted: row["phasesCompleted"], themes: themes[id] ?? [:],
                        items: items[id] ?? [], directions: directions[id] ?? [:])
                }
            }
        } catch {
            throw CircleError(.store, "\(path): could not read the theme store (\(Self.reason(error)))")
        }
    }

    static func whereClause(_ filter: Filter) -> (String, StatementArguments) {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let since = filter.since { conditions.append("session.week >= ?"); _ = arguments.append(contentsOf: [since]) }
        if let until = filter.until { conditions.append("session.week <= ?"); _ = arguments.append(contentsOf: [until]) }
        if let team = filter.team { conditions.append("session.team = ?"); _ = arguments.append(contentsOf: [team.rawValue]) }
        if let format = filter.format { conditions.append("session.format = ?"); _ = arguments.append(contentsOf: [format.rawValue]) }
        return (conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "), arguments)
    }
}

/// Calendar months of ISO weeks.
public enum Period {
    /// The month ("2026-11") holding the Thursday of an ISO week ("2026-W48").
    static func month(ofWeek week: String) -> String {
        guard let thursday = thursday(of: week) else { return "unknown" }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month], from: thursday)
        return String(format: "%04d-%02d", parts.year ?? 0, parts.month ?? 0)
    }

    static func thursday(of week: String) -> Date? {
        let parts = week.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]), parts[1].hasPrefix("W"), let number = Int(parts[1].dropFirst()) else { return nil }
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var components = DateComponents()
        components.yearForWeekOfYear = year
        components.weekOfYear = number
        components.weekday = 5
        return calendar.date(from: components)
    }

    /// Whether text is an ISO week like "2026-W07".
    public static func isWeek(_ text: String) -> Bool {
        text.range(of: #"^\d{4}-W\d{2}$"#, options: .regularExpression) != nil
    }
}
