import CircleKit
import Foundation

/// What a shared room must not lose if the laptop crashes mid-session, kept beside the session's
/// journal (`<journal>.room`, readable by the facilitator alone, like the journal): the join code,
/// the facilitator page's key and the port, so open pages and phones reconnect by themselves on
/// `circle resume`, and the written round's unrevealed contributions, which carry no author, so
/// this file is as anonymous as the journal. It goes when the session ends.
public struct RoomSave: Codable, Equatable, Sendable {
    public var joinCode: String?
    public var secret: String
    public var port: Int
    /// The written round open when it was saved, and what had been written in it.
    public var round: Round?

    public struct Round: Codable, Equatable, Sendable {
        public var prompt: String
        public var number: Int
        public var cards: [String]
    }

    /// The save beside `journal`, if there is one.
    public static func path(besideJournal journal: String) -> String { journal + ".room" }

    /// Reads the save at `path`; nil if there is none. A damaged one is an error naming the file.
    public static func load(_ path: String) throws -> RoomSave? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        do {
            return try JSONDecoder().decode(RoomSave.self, from: data)
        } catch {
            throw CircleError(
                .journal, "\(path): the room display's saved state is damaged (\(error)); delete it to resume without the written round's unrevealed contributions")
        }
    }

    /// Writes the save at `path` (mode 0600), replacing the last one whole.
    func write(to path: String) throws {
        let data = try JSONEncoder().encode(self)
        let temporary = path + ".tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw CircleError(.files, "\(temporary): cannot save the room display's state")
        }
        guard rename(temporary, path) == 0 else { throw CircleError(.files, "\(path): cannot save the room display's state") }
    }
}
