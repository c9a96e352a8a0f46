import GRDB

/// What a report needs from the store, counted by SQLite rather than in Swift.
struct Aggregates: Sendable {
    /// Sessions in one column of a table (a team, a format, a month) and, per theme,
    /// how many of them raised it.
    struct Split: Sendable {
        var totals: [String: Int] = [:]
        var counts: [String: [String: Int]] = [:]
    }

    var sessions = 0
    var firstWeek = ""
    var lastWeek = ""
    /// Theme → sessions that raised it.
    var raised: [String: Int] = [:]
    var byTeam = Split()
    var byFormat = Split()
    var byMonth = Split()
    var items: [ThemeRecord.Item] = []
}

extension ThemeStore {
    /// Counts for the sessions matching `filter`.
    func aggregates(_ filter: Filter) throws -> Aggregates {
        do {
            return try pool.read { db in
                let (clause, arguments) = Self.whereClause(filter)
                let joined = "FROM sessionTheme JOIN session ON session.id = sessionTheme.sessionId \(clause.isEmpty ? "WHERE" : clause + " AND") sessionTheme.count > 0"
                var result = Aggregates()
                if let row = try Row.fetchOne(db, sql: "SELECT COUNT(*) AS n, MIN(week) AS first, MAX(week) AS last FROM session \(clause)", arguments: arguments) {
                    result.sessions = row["n"]
                    result.firstWeek = row["first"] ?? ""
                    result.lastWeek = row["last"] ?? ""
                }
                for row in try Row.fetchAll(db, sql: "SELECT theme, COUNT(*) AS n \(joined) GROUP BY theme", arguments: arguments) {
                    result.raised[row["theme"]] = row["n"]
                }
                func split(_ column: String) throws -> Aggregates.Split {
                    var split = Aggregates.Split()
                    for row in try Row.fetchAll(db, sql: "SELECT \(column) AS c, COUNT(*) AS n FROM session \(clause) GROUP BY c", arguments: arguments) {
                        split.totals[row["c"] ?? Self.noTeam] = row["n"]
                    }
                    for row in try Row.fetchAll(db, sql: "SELECT session.\(column) AS c, theme, COUNT(*) AS n \(joined) GROUP BY c, theme", arguments: arguments) {
                        split.counts[row["theme"], default: [:]][row["c"] ?? Self.noTeam] = row["n"]
                    }
                    return split
                }
                result.byTeam = try split("team")
                result.byFormat = try split("format")
                result.byMonth = try split("month")
                result.items = try Row.fetchAll(
                    db, sql: "SELECT kind, theme, text FROM item JOIN session ON session.id = item.sessionId \(clause) ORDER BY session.week, session.id, item.id",
                    arguments: arguments
                ).map { ThemeRecord.Item(kind: $0["kind"], text: $0["text"], theme: try ($0["theme"] as String?).map(ThemeID.init(_:))) }
                return result
            }
        } catch {
            throw CircleError(.store, "\(path): could not read the theme store (\(Self.reason(error)))")
        }
    }

    /// The ids of the sessions matching `filter` (for the differencing audit).
    func sessionIDs(_ filter: Filter) throws -> Set<String> {
        try pool.read { db in
            let (clause, arguments) = Self.whereClause(filter)
            return Set(try String.fetchAll(db, sql: "SELECT id FROM session \(clause)", arguments: arguments))
        }
    }

    /// How a session without a team code is shown.
    static let noTeam = "(no team code)"
}
