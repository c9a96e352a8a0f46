import CircleKit
import PostgresNIO

extension PostgresThemeStore {
    /// What `quarter`'s reports count, as the SQLite store counts it: the sessions whose month is
    /// one of the quarter's and that arrived by its cut-off, per team; per team and theme, those
    /// that raised it (a count above 0), and of them those that raised it as a strength and as a
    /// concern; per team and set, the sessions that raised any of its themes, each once; and the
    /// items filed under a theme. Row-level security leaves a service's role only its own rows.
    public func quarterCounts(_ quarter: Quarter, sets: [String: [String]]) async throws -> QuarterCounts {
        let months = quarter.months, cutOff = quarter.cutOff
        let members = sets.flatMap { name, themes in themes.map { (name, $0) } }
        let names = members.map(\.0), ids = members.map(\.1)
        return try await reading("could not read the theme store") { connection in
            var counts = QuarterCounts(sets: sets)
            func team(_ code: String?) throws -> TeamCode? { try code.flatMap { $0.isEmpty ? nil : try TeamCode($0) } }
            for try await (code, n) in try await connection.query(
                "SELECT team, count(*) FROM session WHERE month = ANY(\(months)) AND received <= \(cutOff) GROUP BY team", logger: Self.logger
            ).decode((String?, Int).self) {
                counts.setSessions(n, team: try team(code))
            }
            for try await (code, theme, n, strengths, concerns) in try await connection.query(
                """
                SELECT t.team, th.id, count(*), count(*) FILTER (WHERE t.strengths > 0), count(*) FILTER (WHERE t.concerns > 0)
                FROM session_theme t JOIN theme th ON th.key = t.theme
                WHERE t.month = ANY(\(months)) AND t.received <= \(cutOff) AND t.count > 0
                GROUP BY t.team, th.id
                """, logger: Self.logger
            ).decode((String, String, Int, Int, Int).self) {
                counts.addTheme(try ThemeID(theme), team: try team(code), count: n, strengths: strengths, concerns: concerns)
            }
            if !members.isEmpty {
                for try await (code, name, n, strengths, concerns) in try await connection.query(
                    """
                    SELECT t.team, m.name, count(DISTINCT t.session),
                      count(DISTINCT t.session) FILTER (WHERE t.strengths > 0), count(DISTINCT t.session) FILTER (WHERE t.concerns > 0)
                    FROM session_theme t JOIN theme th ON th.key = t.theme JOIN unnest(\(names), \(ids)) AS m(name, id) ON m.id = th.id
                    WHERE t.month = ANY(\(months)) AND t.received <= \(cutOff) AND t.count > 0
                    GROUP BY t.team, m.name
                    """, logger: Self.logger
                ).decode((String, String, Int, Int, Int).self) {
                    counts.addSet(name, team: try team(code), count: n, strengths: strengths, concerns: concerns)
                }
            }
            for try await (code, kind, theme, text) in try await connection.query(
                """
                SELECT s.team, i.kind, th.id, i.text FROM item i JOIN session s ON s.key = i.session JOIN theme th ON th.key = i.theme
                WHERE s.month = ANY(\(months)) AND s.received <= \(cutOff)
                """, logger: Self.logger
            ).decode((String?, String, String, String).self) {
                counts.addItem(ThemeRecord.Item(kind: kind, text: text, theme: try ThemeID(theme)), team: try team(code))
            }
            return counts
        }
    }
}
