/// Where theme records and leaders' responses are kept: the SQLite ``ThemeStore`` on one middle
/// leader's machine, or an organisation's PostgreSQL server (`CircleStorePostgres`). The commands
/// and ``ReportCompiler`` see only this, so a report compiled from the same bundles is the same
/// whichever keeps them.
public protocol ThemeRepository: Sendable {
    /// What to call the store in a message: a file's path, or a server's address (never a password).
    var location: String { get }

    /// Adds records all at once or not at all; a record whose session id is already kept is left as
    /// it is, except that it keeps the earlier of the two `received` weeks. `received` is the ISO week
    /// the bundle bringing them was made (nil: kept on this machine, in the session's own week).
    /// Returns how many were new.
    @discardableResult
    func add(_ records: [ThemeRecord], received: String?) async throws -> Int

    /// The kept records that match `filter`, oldest week first (then by session id).
    func records(_ filter: ThemeStore.Filter) async throws -> [ThemeRecord]

    /// What `quarter`'s reports count (see ``QuarterCounts``): the sessions whose month is one of
    /// the quarter's and that arrived by its cut-off; `sets` names sets of themes counted together.
    func quarterCounts(_ quarter: Quarter, sets: [String: [String]]) async throws -> QuarterCounts

    /// Keeps a leaders' response (one already kept, by id, is left as it is). Returns whether it was new.
    @discardableResult
    func add(_ response: LeadersResponse) async throws -> Bool

    /// The responses kept, newest quarter first; only those answering `quarter` when given.
    func responses(answering quarter: Quarter?) async throws -> [LeadersResponse]

    /// Lets go of the store's connections (nothing to do for a file).
    func disconnect() async

    /// The service areas whose sessions this store shows, when it shows only some (a service's
    /// role on an organisation's PostgreSQL store); nil when it shows every session it holds.
    func visibleServices() async throws -> [String]?
}

/// Whether a `--store` (or `$CIRCLE_STORE`) names a PostgreSQL server rather than a SQLite file.
public func isServerAddress(_ store: String) -> Bool {
    store.hasPrefix("postgres://") || store.hasPrefix("postgresql://")
}

extension ThemeRepository {
    public func disconnect() async {}

    public func visibleServices() async throws -> [String]? { nil }

    /// Why a store refuses `records` (the first record that breaks a rule, counting from 1), or nil.
    public func refusal(of records: [ThemeRecord]) -> String? {
        records.enumerated().lazy.compactMap { i, record in record.problem.map { "record \(i + 1) \($0)" } }.first
    }

    /// Why a store refuses `response`, or nil.
    public func refusal(of response: LeadersResponse) -> String? { response.problem.map { "the response \($0)" } }
}

extension ThemeRecord {
    /// The calendar month ("2026-11") of the session's week: the month a quarter's reports count it in.
    public var month: String { Period.month(ofWeek: week) }
}
