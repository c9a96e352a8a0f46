import Foundation
import GRDB

/// "You said, we did": what senior leaders say they did about a theme teams raised, recorded by
/// the middle leader against the theme and the quarter of the report it answers. It travels back
/// to teams in a signed ``ResponsesBundle``, is read out in team sessions (`s.responses`) and
/// appears in the next quarter's report ("What leaders did"). Its text is scrubbed by the
/// anonymiser when it is recorded, and again when a team imports it.
public struct LeadersResponse: Codable, Equatable, Sendable {
    /// A random UUID: the same response imported twice is kept once.
    public var id: String
    public var theme: ThemeID
    /// What was done, in the leaders' words (anonymised).
    public var text: String
    /// The quarter of the report it answers ("2026-Q3").
    public var quarter: String
    /// The ISO week it was recorded.
    public var recorded: String

    public init(id: String = RandomID.make(), theme: ThemeID, text: String, quarter: Quarter, recorded: String) {
        self.id = id
        self.theme = theme
        self.text = text
        self.quarter = quarter.description
        self.recorded = recorded
    }

    /// What is wrong with a response read from a file or a bundle, if anything.
    var problem: String? {
        if UUID(uuidString: id) == nil { return "has an id that is not a UUID" }
        if Quarter(quarter) == nil { return "has a quarter that is not one like 2026-Q3 (\(quarter))" }
        if !Period.isWeek(recorded) { return "has a week that is not an ISO week (\(recorded))" }
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return "has no text" }
        return nil
    }

    /// Newest quarter first, then by theme: the order teams hear them in.
    public static func newestFirst(_ a: LeadersResponse, _ b: LeadersResponse) -> Bool {
        (b.quarter, a.theme.rawValue, a.recorded, a.id) < (a.quarter, b.theme.rawValue, b.recorded, b.id)
    }
}

extension ThemeStore {
    /// Registers the responses' table (after the store's other migrations).
    static func registerResponses(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v5: leaders' responses") { db in
            try db.execute(sql: """
                CREATE TABLE leadersResponse (
                  id TEXT PRIMARY KEY NOT NULL, theme TEXT NOT NULL, quarter TEXT NOT NULL
                  CHECK (quarter GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'), text TEXT NOT NULL, recorded TEXT NOT NULL);
                CREATE INDEX leadersResponse_quarter ON leadersResponse(quarter);
                """)
        }
    }

    /// Keeps a response (one already kept, by id, is left as it is). Returns whether it was new.
    @discardableResult
    public func add(_ response: LeadersResponse) throws -> Bool {
        if let problem = response.problem { throw CircleError(.store, "\(path): the response \(problem); nothing was saved") }
        do {
            return try pool.write { db in
                try db.execute(
                    sql: "INSERT OR IGNORE INTO leadersResponse (id, theme, quarter, text, recorded) VALUES (?, ?, ?, ?, ?)",
                    arguments: [response.id, response.theme.rawValue, response.quarter, response.text, response.recorded])
                return db.changesCount == 1
            }
        } catch {
            throw CircleError(.store, "\(path): could not save the response (\(Self.reason(error))); nothing was saved")
        }
    }

    /// The responses kept, newest quarter first; only those answering `quarter` when given.
    public func responses(answering quarter: Quarter? = nil) throws -> [LeadersResponse] {
        do {
            return try pool.read { db in
                let rows = try Row.fetchAll(
                    db, sql: "SELECT * FROM leadersResponse \(quarter == nil ? "" : "WHERE quarter = ?")",
                    arguments: StatementArguments(quarter.map { [$0.description] } ?? []))
                return try rows.map { row in
                    guard let answered = Quarter(row["quarter"] as String) else { throw CircleError(.store, "a response's quarter is damaged") }
                    return LeadersResponse(
                        id: row["id"], theme: try ThemeID(row["theme"] as String), text: row["text"], quarter: answered, recorded: row["recorded"])
                }.sorted(by: LeadersResponse.newestFirst)
            }
        } catch {
            throw CircleError(.store, "\(path): could not read the leaders' responses (\(Self.reason(error)))")
        }
    }
}

/// The responses a team's facilitator imported (`circle import-responses`), kept beside the
/// session journals (`responses.json` in the state directory, owner-readable) and given to every
/// session as `s.responses`. Never exported.
public struct TeamResponses: Sendable {
    public let path: String

    /// `stateDirectory` is the sessions' journal folder (see ``StateDirectory``).
    public init(stateDirectory: String) {
        path = (stateDirectory as NSString).deletingLastPathComponent + "/responses.json"
    }

    /// The responses imported so far, newest quarter first (none before the first import).
    public func load() throws -> [LeadersResponse] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        do {
            return try JSONDecoder().decode([LeadersResponse].self, from: data).sorted(by: LeadersResponse.newestFirst)
        } catch {
            throw CircleError(.journal, "\(path): the leaders' responses are corrupt (\(error.localizedDescription)); move the file aside and import the responses bundle again")
        }
    }

    /// Adds `responses` to those kept (by id: importing twice changes nothing). Returns how many were new.
    @discardableResult
    public func merge(_ responses: [LeadersResponse]) throws -> Int {
        var kept = try load()
        let known = Set(kept.map(\.id))
        let new = responses.filter { !known.contains($0.id) }
        guard !new.isEmpty else { return 0 }
        kept += new
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        let data = try encoder.encode(kept.sorted(by: LeadersResponse.newestFirst))
        let temporary = path + ".new"
        try? FileManager.default.removeItem(atPath: temporary)
        guard FileManager.default.createFile(atPath: temporary, contents: data, attributes: [.posixPermissions: 0o600]),
            rename(temporary, path) == 0
        else {
            throw CircleError(.journal, "\(path): cannot save the leaders' responses; check the folder can be written to")
        }
        return new.count
    }
}
