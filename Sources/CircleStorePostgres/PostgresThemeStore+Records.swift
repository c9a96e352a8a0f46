import CircleKit
import PostgresNIO

extension PostgresThemeStore {
    /// Adds records in one transaction, all or none (see ``ThemeRepository/add(_:received:)``).
    /// Each session carries its team's service area, so a session whose team has none in the
    /// store is refused. Rows are written in one order (themes, then sessions by id), so two
    /// imports at once wait for each other rather than deadlock.
    @discardableResult
    public func add(_ records: [ThemeRecord], received: String? = nil) async throws -> Int {
        if let refusal = refusal(of: records) { throw CircleError(.store, "\(location): \(refusal); nothing was saved") }
        let services = try await services(of: Set(records.compactMap { $0.team?.rawValue }))
        let themes = Set(records.flatMap { record in record.themes.keys.map(\.rawValue) + record.items.compactMap { $0.theme?.rawValue } }).sorted()
        return try await transaction("could not save to the theme store; nothing was saved") { connection in
            let keys = try await Self.themeKeys(themes, connection)
            var added = 0
            for record in records.sorted(by: { $0.id < $1.id }) {
                let service = record.team.flatMap { services[$0.rawValue] }
                if try await Self.insert(record, received: received ?? record.week, service: service, keys: keys, connection) { added += 1 }
            }
            return added
        }
    }

    /// Adds one record, or keeps the earlier arrival week of the one already kept; whether it was new.
    private static func insert(
        _ record: ThemeRecord, received: String, service: String?, keys: [String: Int32], _ connection: PostgresConnection
    ) async throws -> Bool {
        let month = record.month, team = record.team?.rawValue
        var key: Int?
        for try await inserted in try await connection.query(
            """
            INSERT INTO session (id, format, format_version, week, month, team, service, participants, phases_completed, received)
            VALUES (\(record.id), \(record.format.rawValue), \(record.formatVersion), \(record.week), \(month), \(team), \(service),
                    \(record.participants), \(record.phasesCompleted), \(received))
            ON CONFLICT (id) DO NOTHING RETURNING key
            """, logger: logger
        ).decode(Int.self) { key = inserted }
        guard let key else {
            try await connection.query("UPDATE session SET received = \(received) WHERE id = \(record.id) AND received > \(received)", logger: logger)
            try await connection.query(
                "UPDATE session_theme SET received = \(received) WHERE session = (SELECT key FROM session WHERE id = \(record.id)) AND received > \(received)",
                logger: logger)
            return false
        }
        let themes = record.themes.sorted { $0.key < $1.key }
        let directions = themes.map { record.directions[$0.key] ?? .init() }
        try await connection.query(
            """
            INSERT INTO session_theme (session, theme, count, strengths, concerns, month, team, service, received)
            SELECT \(key), t.theme, t.count, t.strengths, t.concerns, \(month), \(team ?? ""), \(service), \(received)
            FROM unnest(\(themes.map { keys[$0.key.rawValue]! }), \(themes.map { Int32($0.value) }),
                        \(directions.map { Int32($0.strength) }), \(directions.map { Int32($0.concern) })) AS t(theme, count, strengths, concerns)
            """, logger: logger)
        for item in record.items {
            let theme = item.theme.map { keys[$0.rawValue]! }
            try await connection.query(
                "INSERT INTO item (session, kind, theme, text, service) VALUES (\(key), \(item.kind), \(theme), \(item.text), \(service))", logger: logger)
        }
        return true
    }

    /// The integer keys of theme ids, adding those not yet kept (in order, in one statement).
    private static func themeKeys(_ ids: [String], _ connection: PostgresConnection) async throws -> [String: Int32] {
        guard !ids.isEmpty else { return [:] }
        try await connection.query(
            "INSERT INTO theme (id) SELECT id FROM unnest(\(ids)) AS t(id) ORDER BY id COLLATE \"C\" ON CONFLICT (id) DO NOTHING", logger: logger)
        var keys: [String: Int32] = [:]
        for try await (key, id) in try await connection.query("SELECT key, id FROM theme WHERE id = ANY(\(ids))", logger: logger).decode((Int32, String).self) {
            keys[id] = key
        }
        return keys
    }

    /// The service area of each of `teams`; a team the store has no service area for is refused.
    func services(of teams: Set<String>) async throws -> [String: String] {
        guard !teams.isEmpty else { return [:] }
        let codes = teams.sorted()
        let services = try await reading("could not read the store's teams") { connection in
            var services: [String: String] = [:]
            for try await (code, service) in try await connection.query(
                "SELECT code, service FROM team WHERE code = ANY(\(codes))", logger: Self.logger
            ).decode((String, String).self) { services[code] = service }
            return services
        }
        let missing = codes.filter { services[$0] == nil }
        guard missing.isEmpty else {
            let named = missing.count == 1 ? "team \(missing[0]) has" : "teams \(missing.joined(separator: ", ")) have"
            throw CircleError(
                .store, "\(location): \(named) no service area in the store, so \(missing.count == 1 ? "its" : "their") sessions could not be kept apart from other services'. Add \(missing.count == 1 ? "it" : "them") with \(missing.count == 1 ? "its" : "their") service to the organisation file and run `circle store teams --organisation FILE --store \(location)`; nothing was saved")
        }
        return services
    }

    /// The kept records that match `filter`, oldest week first (then by session id).
    public func records(_ filter: ThemeStore.Filter = .init()) async throws -> [ThemeRecord] {
        let (clause, binds) = try Self.whereClause(filter)
        return try await reading("could not read the theme store") { connection in
            var themes: [Int: [ThemeID: Int]] = [:]
            var directions: [Int: [ThemeID: ThemeRecord.Directions]] = [:]
            for try await (session, id, count, strengths, concerns) in try await connection.query(
                PostgresQuery(
                    unsafeSQL: "SELECT t.session, th.id, t.count, t.strengths, t.concerns FROM session s JOIN session_theme t ON t.session = s.key JOIN theme th ON th.key = t.theme \(clause)",
                    binds: binds), logger: Self.logger
            ).decode((Int, String, Int, Int, Int).self) {
                let theme = try ThemeID(id)
                themes[session, default: [:]][theme] = count
                let direction = ThemeRecord.Directions(strength: strengths, concern: concerns)
                if direction != .init() { directions[session, default: [:]][theme] = direction }
            }
            var items: [Int: [ThemeRecord.Item]] = [:]
            for try await (session, kind, theme, text) in try await connection.query(
                PostgresQuery(
                    unsafeSQL: "SELECT i.session, i.kind, th.id, i.text FROM item i JOIN session s ON s.key = i.session LEFT JOIN theme th ON th.key = i.theme \(clause) ORDER BY i.id",
                    binds: binds), logger: Self.logger
            ).decode((Int, String, String?, String).self) {
                items[session, default: []].append(ThemeRecord.Item(kind: kind, text: text, theme: try theme.map(ThemeID.init(_:))))
            }
            var records: [ThemeRecord] = []
            for try await (key, id, format, version, week, team, participants, phases) in try await connection.query(
                PostgresQuery(
                    unsafeSQL: "SELECT s.key, s.id, s.format, s.format_version, s.week, s.team, s.participants, s.phases_completed FROM session s \(clause) ORDER BY s.week COLLATE \"C\", s.id COLLATE \"C\"",
                    binds: binds), logger: Self.logger
            ).decode((Int, String, String, Int, String, String?, Int, Int).self) {
                records.append(ThemeRecord(
                    id: id, format: try FormatID(format), formatVersion: version, week: week, team: try team.map(TeamCode.init(_:)),
                    participants: participants, phasesCompleted: phases, themes: themes[key] ?? [:], items: items[key] ?? [],
                    directions: directions[key] ?? [:]))
            }
            return records
        }
    }

    /// `filter` as a WHERE clause on `session s`, with its values bound.
    static func whereClause(_ filter: ThemeStore.Filter) throws -> (String, PostgresBindings) {
        var conditions: [String] = []
        var binds = PostgresBindings()
        for (condition, value) in [("s.week >= ", filter.since), ("s.week <= ", filter.until), ("s.team = ", filter.team?.rawValue), ("s.format = ", filter.format?.rawValue)] {
            guard let value else { continue }
            binds.append(value)
            conditions.append(condition + "$\(binds.count)")
        }
        return (conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "), binds)
    }
}
