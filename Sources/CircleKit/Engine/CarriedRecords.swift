import Foundation

/// What a team's session of a format carries to its next session of that format
/// (an action learning set's agreed actions, under handles). Kept on this laptop
/// only, in the state directory, owner-readable; never part of any export.
public struct CarriedRecords: Sendable {
    public let directory: String

    public init(stateDirectory: String) {
        directory = (stateDirectory as NSString).deletingLastPathComponent + "/carried"
    }

    func path(format: FormatID, team: TeamCode?) -> String {
        "\(directory)/\(format)--\(team?.rawValue ?? "no-team").json"
    }

    public func load(format: FormatID, team: TeamCode?) throws -> [String: [String]] {
        let file = path(format: format, team: team)
        guard let data = FileManager.default.contents(atPath: file) else { return [:] }
        do { return try JSONDecoder().decode([String: [String]].self, from: data) } catch {
            throw CircleError(.journal, "\(file): the records carried from the last session are corrupt (\(error.localizedDescription)); move the file aside to start afresh")
        }
    }

    public func save(_ records: [String: [String]], format: FormatID, team: TeamCode?) throws {
        guard !records.isEmpty else { return }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let file = path(format: format, team: team)
        let data = try JSONEncoder().encode(records)
        guard FileManager.default.createFile(atPath: file, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw CircleError(.journal, "\(file): cannot save the records to carry to the next session")
        }
    }
}
