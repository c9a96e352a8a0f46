import CircleKit
import PostgresNIO

extension PostgresThemeStore {
    /// What loading an organisation file's teams did.
    public struct TeamsLoaded: Sendable, Equatable {
        /// Teams with a service area, now in the store.
        public var teams: Int
        /// Teams the file gives no service area: their sessions are refused until it does.
        public var withoutService: [TeamCode]
    }

    /// Loads the organisation file's teams and their service areas (`circle store teams`). A team
    /// moved to another service area takes its sessions with it, so the new service's middle
    /// leader sees them and the old one's no longer does. Teams no longer in the file are kept
    /// (their sessions still need a service area). Run by the role that owns Circle's tables.
    public func loadTeams(of organisation: Organisation) async throws -> TeamsLoaded {
        let placed = organisation.teams.compactMap { team in team.service.map { (team.code.rawValue, $0) } }
        let codes = placed.map(\.0), services = placed.map(\.1)
        try await transaction("could not load the organisation's teams; nothing was changed") { connection in
            try await connection.query("INSERT INTO service (name) SELECT DISTINCT unnest(\(services)) ON CONFLICT DO NOTHING", logger: Self.logger)
            // The sessions of a team that moved follow it through the foreign key (ON UPDATE CASCADE);
            // their theme counts and items, which hold the service for row-level security, follow here.
            try await connection.query(
                """
                INSERT INTO team (code, service) SELECT * FROM unnest(\(codes), \(services))
                ON CONFLICT (code) DO UPDATE SET service = EXCLUDED.service WHERE team.service <> EXCLUDED.service
                """, logger: Self.logger)
            try await connection.query(
                "UPDATE session_theme t SET service = s.service FROM session s WHERE s.key = t.session AND t.service IS DISTINCT FROM s.service",
                logger: Self.logger)
            try await connection.query(
                "UPDATE item i SET service = s.service FROM session s WHERE s.key = i.session AND i.service IS DISTINCT FROM s.service", logger: Self.logger)
        }
        return TeamsLoaded(teams: placed.count, withoutService: organisation.teams.filter { $0.service == nil }.map(\.code))
    }

    /// Lets the existing database role `role` read and import one service area's rows, or every
    /// service's when `service` is nil (the directorate's). Run by the role that owns Circle's tables.
    public func grant(role: String, service: String?) async throws {
        try await transaction("could not grant \(role) access to the store") { connection in
            try await connection.query("SELECT circle_grant(\(role)::name, \(service)::text)", logger: Self.logger)
        }
    }
}
