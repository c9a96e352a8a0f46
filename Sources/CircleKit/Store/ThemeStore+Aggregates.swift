import GRDB

/// What a quarter's reports need from the store, counted by SQLite: per team (the smallest
/// grouping), how many sessions there were and how many raised each theme, and the texts filed
/// under a theme. Only sessions that count in the quarter (``Quarter/cutOff``) are read.
struct QuarterCounts: Sendable {
    /// Team code (nil: sessions without one) → sessions.
    var sessions: [TeamCode?: Int] = [:]
    /// Team code → theme → sessions that raised it.
    var raised: [TeamCode?: [String: Int]] = [:]
    /// Team code → the items filed under a theme (items filed under none never reach a report).
    var items: [TeamCode?: [ThemeRecord.Item]] = [:]
}

extension ThemeStore {
    /// Counts for the sessions that count in `quarter`.
    func counts(_ quarter: Quarter) throws -> QuarterCounts {
        let months = quarter.months
        let clause = "session.month IN (?, ?, ?) AND session.received <= ?"
        let arguments = StatementArguments(months + [quarter.cutOff])
        do {
            return try pool.read { db in
                var result = QuarterCounts()
                func team(_ row: Row) throws -> TeamCode? { try (row["team"] as String?).map(TeamCode.init(_:)) }
                for row in try Row.fetchAll(db, sql: "SELECT team, COUNT(*) AS n FROM session WHERE \(clause) GROUP BY team", arguments: arguments) {
                    result.sessions[try team(row)] = row["n"]
                }
                for row in try Row.fetchAll(
                    db,
                    sql: "SELECT session.team AS team, theme, COUNT(*) AS n FROM sessionTheme JOIN session ON session.id = sessionTheme.sessionId WHERE \(clause) AND sessionTheme.count > 0 GROUP BY session.team, theme",
                    arguments: arguments)
                {
                    result.raised[try team(row), default: [:]][row["theme"]] = row["n"]
                }
                for row in try Row.fetchAll(
                    db, sql: "SELECT session.team AS team, kind, theme, text FROM item JOIN session ON session.id = item.sessionId WHERE \(clause) AND item.theme IS NOT NULL",
                    arguments: arguments)
                {
                    result.items[try team(row), default: []].append(
                        ThemeRecord.Item(kind: row["kind"], text: row["text"], theme: try ThemeID(row["theme"] as String)))
                }
                return result
            }
        } catch {
            throw CircleError(.store, "\(path): could not read the theme store (\(Self.reason(error)))")
        }
    }
}
