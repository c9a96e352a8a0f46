import CircleKit
import PostgresNIO

extension PostgresThemeStore {
    /// Keeps a leaders' response; on a service's role it is that service's (row-level security).
    @discardableResult
    public func add(_ response: LeadersResponse) async throws -> Bool {
        if let refusal = refusal(of: response) { throw CircleError(.store, "\(location): \(refusal); nothing was saved") }
        return try await transaction("could not save the response; nothing was saved") { connection in
            var added = false
            for try await _ in try await connection.query(
                """
                INSERT INTO leaders_response (id, theme, quarter, text, recorded)
                VALUES (\(response.id), \(response.theme.rawValue), \(response.quarter), \(response.text), \(response.recorded))
                ON CONFLICT (id) DO NOTHING RETURNING id
                """, logger: Self.logger
            ) { added = true }
            return added
        }
    }

    /// The responses kept that this role may read, newest quarter first; only those answering `quarter` when given.
    public func responses(answering quarter: Quarter? = nil) async throws -> [LeadersResponse] {
        try await reading("could not read the leaders' responses") { connection in
            var responses: [LeadersResponse] = []
            let all: PostgresQuery = "SELECT id, theme, quarter, text, recorded FROM leaders_response"
            let answering: PostgresQuery = "SELECT id, theme, quarter, text, recorded FROM leaders_response WHERE quarter = \(quarter?.description ?? "")"
            for try await (id, theme, answered, text, recorded) in try await connection.query(quarter == nil ? all : answering, logger: Self.logger).decode((String, String, String, String, String).self) {
                guard let answered = Quarter(answered) else { throw CircleError(.store, "\(self.location): a response's quarter is damaged") }
                responses.append(LeadersResponse(id: id, theme: try ThemeID(theme), text: text, quarter: answered, recorded: recorded))
            }
            return responses.sorted(by: LeadersResponse.newestFirst)
        }
    }
}

extension PostgresThemeStore {
    /// The service areas row-level security lets this role see, or nil when it sees every row (the
    /// directorate's role, or one that bypasses row-level security: a superuser, the tables' owner).
    public func visibleServices() async throws -> [String]? {
        try await reading("could not read which service areas this role sees") { connection in
            let query: PostgresQuery =
                "SELECT (SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user) OR circle_sees_all(), circle_services()"
            for try await (all, services) in try await connection.query(query, logger: Self.logger).decode((Bool, [String]).self) {
                return all ? nil : services.sorted()
            }
            return []
        }
    }
}
