import GRDB

/// What a quarter's reports need from the store, counted by SQLite: per team (the smallest
/// grouping), how many sessions there were and how many raised each figure's theme, and the texts
/// filed under a theme. Only sessions that count in the quarter (``Quarter/cutOff``) are read.
public struct QuarterCounts: Sendable {
    /// Team code (nil: sessions without one) → sessions.
    var sessions: [TeamCode?: Int] = [:]
    /// Team code → figure (``FigureKey``) → sessions that raised it.
    var raised: [TeamCode?: [String: Int]] = [:]
    /// Team code → the items filed under a theme (items filed under none never reach a report).
    var items: [TeamCode?: [ThemeRecord.Item]] = [:]
    /// The sets of themes counted together (name → theme ids).
    var sets: [String: [String]] = [:]
}

/// The names of the figures a quarter's counts hold, one string each so that disclosure control
/// treats them all alike: a theme (`workload`), a theme raised as a strength or a concern
/// (`workload+`, `workload-`: a theme id never holds `+` or ends in `-`), and a set of themes
/// counted together (`set/demands`, `set/demands+`: a session counts once however many of its
/// themes it raised).
enum FigureKey {
    static func theme(_ id: String, _ direction: ThemeDirection? = nil) -> String { id + (direction.map { String($0.mark) } ?? "") }
    static func set(_ name: String, _ direction: ThemeDirection? = nil) -> String { "set/" + theme(name, direction) }
}

extension ThemeStore {
    /// Counts for the sessions that count in `quarter`. `sets` names sets of themes counted
    /// together (a session that raised any of them counts once). Sessions are counted through the
    /// covering index `session_counting`; themes and sets from their tallies (`themeTally`,
    /// `setTally`, kept summed per month, arrival week and team), so a report reads a few hundred
    /// rows however many sessions the store holds.
    public func quarterCounts(_ quarter: Quarter, sets: [String: [String]] = [:]) throws -> QuarterCounts {
        let clause = "s.month IN (?, ?, ?) AND s.received <= ?"
        let arguments = StatementArguments(quarter.months + [quarter.cutOff])
        do {
            try Self.useSets(sets, in: pool)
            return try pool.read { db in
                var result = QuarterCounts(sets: sets)
                func team(_ row: Row) throws -> TeamCode? { try (row["team"] as String?).flatMap { $0.isEmpty ? nil : try TeamCode($0) } }
                for row in try Row.fetchAll(db, sql: "SELECT team, COUNT(*) AS n FROM session s WHERE \(clause) GROUP BY team", arguments: arguments) {
                    result.setSessions(row["n"], team: try team(row))
                }
                let sums = "SUM(sessions) AS n, SUM(strengths) AS strengths, SUM(concerns) AS concerns"
                for row in try Row.fetchAll(
                    db,
                    sql: "SELECT s.team AS team, th.id AS theme, \(sums) FROM themeTally s JOIN theme th ON th.key = s.theme WHERE \(clause) GROUP BY s.team, s.theme HAVING n > 0",
                    arguments: arguments)
                {
                    result.addTheme(try ThemeID(row["theme"] as String), team: try team(row), count: row["n"], strengths: row["strengths"], concerns: row["concerns"])
                }
                for row in try Row.fetchAll(
                    db, sql: "SELECT s.team AS team, s.name AS name, \(sums) FROM setTally s WHERE \(clause) GROUP BY s.team, s.name HAVING n > 0",
                    arguments: arguments)
                {
                    result.addSet(row["name"], team: try team(row), count: row["n"], strengths: row["strengths"], concerns: row["concerns"])
                }
                for row in try Row.fetchAll(
                    db,
                    sql: "SELECT s.team AS team, i.kind AS kind, th.id AS theme, i.text AS text FROM item i JOIN session s ON s.key = i.session JOIN theme th ON th.key = i.theme WHERE \(clause)",
                    arguments: arguments)
                {
                    result.addItem(ThemeRecord.Item(kind: row["kind"], text: row["text"], theme: try ThemeID(row["theme"] as String)), team: try team(row))
                }
                return result
            }
        } catch {
            throw CircleError(.store, "\(path): could not read the theme store (\(Self.reason(error)))")
        }
    }
}
