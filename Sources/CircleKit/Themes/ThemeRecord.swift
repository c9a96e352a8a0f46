import Foundation

/// What leaves the room after a session: the format, the ISO week (never the date),
/// the team code, how many took part, how many phases were completed, and which
/// themes came up how often. No names, no handles, no contributions.
public struct ThemeRecord: Codable, Equatable, Sendable {
    public var format: String
    public var formatVersion: Int
    /// ISO 8601 week, e.g. "2026-W48".
    public var week: String
    public var team: String?
    public var participants: Int
    public var phasesCompleted: Int
    /// Theme id → number of times it was tagged in the session.
    public var themes: [String: Int]

    public init(engine: SessionEngine, date: Date = Date()) {
        format = engine.definition.id
        formatVersion = engine.definition.version
        week = Self.isoWeek(date)
        team = engine.setup.team
        participants = engine.setup.participants
        phasesCompleted = engine.phasesCompleted
        themes = engine.themeCounts
    }

    static func isoWeek(_ date: Date) -> String {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.yearForWeekOfYear, .weekOfYear], from: date)
        return String(format: "%04d-W%02d", parts.yearForWeekOfYear ?? 0, parts.weekOfYear ?? 0)
    }

    /// The record as the facilitator reads it before anything is kept.
    public var summary: [String] {
        var lines = [
            "format: \(format) (version \(formatVersion))",
            "week: \(week)",
            "team: \(team ?? "(none)")",
            "participants: \(participants)",
            "phases completed: \(phasesCompleted)",
        ]
        if themes.isEmpty {
            lines.append("themes: none tagged")
        } else {
            lines.append("themes:")
            for (id, count) in themes.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
                lines.append("  \(id) × \(count)")
            }
        }
        return lines
    }
}
