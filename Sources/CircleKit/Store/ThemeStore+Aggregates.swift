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
    /// covering index `session_counting`, themes from the quarter's months' ranges of
    /// `sessionTheme` (which holds each session's month, team and arrival week), so only the
    /// quarter's rows are read, however many quarters the store holds.
    func counts(_ quarter: Quarter, sets: [String: [String]] = [:]) throws -> QuarterCounts {
        let clause = "s.month IN (?, ?, ?) AND s.received <= ?"
        let arguments = StatementArguments(quarter.months + [quarter.cutOff])
        let members = sets.flatMap { name, themes in themes.map { (name, $0) } }
        do {
            return try pool.read { db in
                var result = QuarterCounts(sets: sets)
                func team(_ row: Row) throws -> TeamCode? { try (row["team"] as String?).flatMap { $0.isEmpty ? nil : try TeamCode($0) } }
                for row in try Row.fetchAll(db, sql: "SELECT team, COUNT(*) AS n FROM session s WHERE \(clause) GROUP BY team", arguments: arguments) {
                    result.sessions[try team(row)] = row["n"]
                }
                let ids = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT key, id FROM theme").map { ($0["key"] as Int64, $0["id"] as String) })
                func add(_ key: String, _ row: Row, _ code: TeamCode?) {
                    result.raised[code, default: [:]][key, default: 0] += row["n"] as Int
                    for (direction, column) in [(ThemeDirection.strength, "strengths"), (.concern, "concerns")] where (row[column] as Int) > 0 {
                        result.raised[code, default: [:]][key + String(direction.mark), default: 0] += row[column] as Int
                    }
                }
                // A month at a time: each is one range of sessionTheme's primary key, in the order
                // GROUP BY wants. A session belongs to one month, so the months' counts add up.
                let values = Array(repeating: "(?, ?)", count: members.count).joined(separator: ", ")
                for month in quarter.months {
                    let range = "t.month = ? AND t.received <= ? AND t.count > 0"
                    let monthArguments: StatementArguments = [month, quarter.cutOff]
                    for row in try Row.fetchAll(
                        db,
                        sql: "SELECT t.team AS team, t.theme AS theme, COUNT(*) AS n, SUM(t.strengths > 0) AS strengths, SUM(t.concerns > 0) AS concerns FROM sessionTheme t WHERE \(range) GROUP BY t.team, t.theme",
                        arguments: monthArguments)
                    {
                        guard let id = ids[row["theme"]] else { continue }
                        add(FigureKey.theme(id), row, try team(row))
                    }
                    guard !members.isEmpty else { continue }
                    for row in try Row.fetchAll(
                        db,
                        sql: """
                            WITH member(name, id) AS (VALUES \(values)),
                              keyed(name, theme) AS MATERIALIZED (SELECT m.name, th.key FROM member m JOIN theme th ON th.id = m.id)
                            SELECT t.team AS team, k.name AS name, COUNT(DISTINCT t.session) AS n,
                              COUNT(DISTINCT CASE WHEN t.strengths > 0 THEN t.session END) AS strengths,
                              COUNT(DISTINCT CASE WHEN t.concerns > 0 THEN t.session END) AS concerns
                            FROM sessionTheme t CROSS JOIN keyed k WHERE k.theme = t.theme AND \(range) GROUP BY t.team, k.name
                            """,
                        arguments: StatementArguments(members.flatMap { [$0.0, $0.1] }) + monthArguments)
                    {
                        add(FigureKey.set(row["name"]), row, try team(row))
                    }
                }
                for row in try Row.fetchAll(
                    db,
                    sql: "SELECT s.team AS team, i.kind AS kind, th.id AS theme, i.text AS text FROM item i JOIN session s ON s.key = i.session JOIN theme th ON th.key = i.theme WHERE \(clause)",
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
