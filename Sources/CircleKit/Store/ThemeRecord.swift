import Foundation

/// What leaves the room after a session: the format, the ISO week (never the date),
/// the team code, how many took part, how many phases were completed, which
/// themes came up how often, and the learning points and feedback-up items the
/// facilitator approved after the anonymiser. No names, no handles, no contributions.
public struct ThemeRecord: Codable, Equatable, Sendable {
    /// An approved, anonymised text that leaves the room with the record.
    public struct Item: Codable, Equatable, Sendable {
        /// "learning-point" or "feedback-up".
        public var kind: String
        public var text: String
        /// The theme the facilitator filed it under, if any.
        public var theme: String?

        public init(kind: String, text: String, theme: String? = nil) {
            self.kind = kind
            self.text = text
            self.theme = theme
        }
    }

    /// A random UUID: the same session imported twice is stored once.
    public var id: String
    public var format: String
    public var formatVersion: Int
    /// ISO 8601 week, e.g. "2026-W48".
    public var week: String
    public var team: String?
    public var participants: Int
    public var phasesCompleted: Int
    /// Theme id → number of times it was tagged in the session.
    public var themes: [String: Int]
    /// Learning points and feedback-up items the facilitator approved.
    public var items: [Item]

    public init(
        id: String, format: String, formatVersion: Int, week: String, team: String?, participants: Int,
        phasesCompleted: Int, themes: [String: Int], items: [Item]
    ) {
        self.id = id
        self.format = format
        self.formatVersion = formatVersion
        self.week = week
        self.team = team
        self.participants = participants
        self.phasesCompleted = phasesCompleted
        self.themes = themes
        self.items = items
    }

    public init(engine: SessionEngine, date: Date = Date(), items: [Item] = []) {
        id = UUID().uuidString
        self.items = items
        format = engine.definition.id
        formatVersion = engine.definition.version
        week = Self.isoWeek(date)
        team = engine.setup.team
        participants = engine.setup.participants
        phasesCompleted = engine.phasesCompleted
        themes = engine.themeCounts
    }

    public static func isoWeek(_ date: Date) -> String {
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
        for item in items {
            lines.append("\(item.kind)\(item.theme.map { " (#\($0))" } ?? ""): \(item.text)")
        }
        return lines
    }

    /// The record's text items, so they can be offered for approval.
    public static let itemKinds = ["learning-point", "feedback-up"]
}
