import Foundation

/// What a team's session of a format carries to its next session of that format
/// (an action learning set's agreed actions, under the owners' pseudonyms), with the
/// pseudonyms of the group's members; and what a group carries to its sessions of every
/// format (records named `group-…`, such as its contract). Kept on this laptop only, in the state
/// directory, owner-readable; never part of any export. What is saved has been through
/// the anonymiser and the facilitator's closing review (see `ClosingReview`).
public struct CarriedRecords: Sendable {
    /// One group's carried records and its members' pseudonyms.
    public struct Group: Codable, Equatable, Sendable {
        /// The members' pseudonyms, offered at the next meeting ("last time: Alder, Birch — who is here?").
        public var handles: [Handle]
        public var records: [String: [String]]

        public init(handles: [Handle] = [], records: [String: [String]] = [:]) {
            self.handles = handles
            self.records = records
        }
    }

    /// At most this many pseudonyms are remembered for a group (the most recent kept).
    static let rememberedHandles = 40

    public let directory: String

    public init(stateDirectory: String) {
        directory = (stateDirectory as NSString).deletingLastPathComponent + "/carried"
    }

    /// A record whose key starts with this belongs to the group, not to one format (a contracting
    /// session's "group-contract"): it is also kept for the team, and every format's sessions with
    /// that team code read it in `s.carried` (a format's own record of the same key comes first).
    public static let groupPrefix = "group-"

    func path(format: FormatID, team: TeamCode?) -> String {
        "\(directory)/\(format)--\(team?.rawValue ?? "no-team").json"
    }

    /// The team's file of group records; not for a session with no team code, whose group is unknown.
    func groupPath(team: TeamCode) -> String {
        "\(directory)/group--\(team.rawValue).json"
    }

    /// What this session of `format` reads in `s.carried`: the group's records kept for `team` by
    /// the last session of any format that recorded one, then this format's own, which win.
    public func records(format: FormatID, team: TeamCode?) throws -> [String: [String]] {
        let own = try load(format: format, team: team).records
        guard let team, let data = FileManager.default.contents(atPath: groupPath(team: team)) else { return own }
        do {
            return try JSONDecoder().decode([String: [String]].self, from: data).merging(own) { _, mine in mine }
        } catch {
            throw CircleError(.journal, "\(groupPath(team: team)): the group's carried records are corrupt (\(error.localizedDescription)); move the file aside to start afresh")
        }
    }

    /// The group's carried records and pseudonyms (none when it has carried nothing yet). A file
    /// written before pseudonyms, a bare map of records, reads with no pseudonyms.
    public func load(format: FormatID, team: TeamCode?) throws -> Group {
        let file = path(format: format, team: team)
        guard let data = FileManager.default.contents(atPath: file) else { return Group() }
        do {
            if let group = try? JSONDecoder().decode(Group.self, from: data) { return group }
            return Group(records: try JSONDecoder().decode([String: [String]].self, from: data))
        } catch {
            throw CircleError(.journal, "\(file): the records carried from the last session are corrupt (\(error.localizedDescription)); move the file aside to start afresh")
        }
    }

    /// Saves `records` for the group's next session, with this session's `handles` ahead of
    /// those remembered from before (nothing is saved when the session carried nothing).
    public func save(_ records: [String: [String]], handles: [Handle], format: FormatID, team: TeamCode?) throws {
        guard !records.isEmpty else { return }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let file = path(format: format, team: team)
        var remembered = handles.filter(\.isPseudonym)
        for handle in try load(format: format, team: team).handles where !remembered.contains(handle) { remembered.append(handle) }
        let group = Group(handles: Array(remembered.prefix(Self.rememberedHandles)), records: records)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        guard FileManager.default.createFile(atPath: file, contents: try encoder.encode(group), attributes: [.posixPermissions: 0o600]) else {
            throw CircleError(.journal, "\(file): cannot save the records to carry to the next session")
        }
        // The group's records replace those kept for the team by an earlier session.
        let shared = records.filter { $0.key.hasPrefix(Self.groupPrefix) }
        guard let team, !shared.isEmpty else { return }
        guard FileManager.default.createFile(atPath: groupPath(team: team), contents: try encoder.encode(shared), attributes: [.posixPermissions: 0o600]) else {
            throw CircleError(.journal, "\(groupPath(team: team)): cannot save the group's records for its next session")
        }
    }
}
