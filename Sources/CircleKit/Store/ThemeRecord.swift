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
        public var theme: ThemeID?

        public init(kind: String, text: String, theme: ThemeID? = nil) {
            self.kind = kind
            self.text = text
            self.theme = theme
        }
    }

    /// How often a theme was tagged as a strength and as a concern (``ThemeMention``); the rest of
    /// its count was tagged with no direction.
    public struct Directions: Codable, Equatable, Sendable {
        public var strength = 0
        public var concern = 0

        public init(strength: Int = 0, concern: Int = 0) {
            self.strength = strength
            self.concern = concern
        }
    }

    /// A random UUID: the same session imported twice is stored once.
    public var id: String
    public var format: FormatID
    public var formatVersion: Int
    /// ISO 8601 week, e.g. "2026-W48".
    public var week: String
    public var team: TeamCode?
    public var participants: Int
    public var phasesCompleted: Int
    /// Theme id → number of times it was tagged in the session.
    public var themes: [ThemeID: Int]
    /// Learning points and feedback-up items the facilitator approved.
    public var items: [Item]
    /// Themes tagged with a direction, and how often each way. Records kept before directions
    /// existed have none: every mention unstated.
    public var directions: [ThemeID: Directions]

    public init(
        id: String, format: FormatID, formatVersion: Int, week: String, team: TeamCode?, participants: Int,
        phasesCompleted: Int, themes: [ThemeID: Int], items: [Item], directions: [ThemeID: Directions] = [:]
    ) {
        self.directions = directions
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
        id = RandomID.make()
        self.items = items
        format = engine.definition.id
        formatVersion = engine.definition.version
        week = Self.isoWeek(date)
        team = engine.setup.team
        participants = engine.setup.participants
        phasesCompleted = engine.phasesCompleted
        themes = engine.themeCounts
        directions = engine.themeDirections
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
            "team: \(team?.rawValue ?? "(none)")",
            "participants: \(participants)",
            "phases completed: \(phasesCompleted)",
        ]
        if themes.isEmpty {
            lines.append("themes: none tagged")
        } else {
            lines.append("themes:")
            for (id, count) in themes.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
                let direction = directions[id].map { d in
                    [d.strength > 0 ? "\(d.strength) as a strength" : nil, d.concern > 0 ? "\(d.concern) as a concern" : nil].compactMap { $0 }.joined(separator: ", ")
                }
                lines.append("  \(id) × \(count)" + (direction.map { $0.isEmpty ? "" : " (\($0))" } ?? ""))
            }
        }
        for item in items {
            lines.append("\(item.kind)\(item.theme.map { " (#\($0))" } ?? ""): \(item.text)")
        }
        return lines
    }

    /// The record's text items, so they can be offered for approval.
    public static let itemKinds = ["learning-point", "feedback-up"]

    /// What is wrong with a record that claims to be anonymised, if anything: what the store's
    /// `add` and a bundle's import both refuse. (Its ids are checked as they are parsed.)
    var problem: String? {
        if UUID(uuidString: id) == nil { return "has an id that is not a UUID" }
        if !Period.isWeek(week) { return "has a week that is not an ISO week (\(week))" }
        if participants < 1 || phasesCompleted < 0 { return "has impossible counts" }
        if themes.values.contains(where: { $0 < 0 }) { return "has a theme with a negative count" }
        for (theme, d) in directions where d.strength < 0 || d.concern < 0 || d.strength + d.concern > themes[theme] ?? 0 {
            return "has more strengths and concerns for \(theme) than times it was tagged"
        }
        if items.contains(where: { !ThemeRecord.itemKinds.contains($0.kind) }) { return "has an item of an unknown kind" }
        return nil
    }
}

extension ThemeRecord {
    enum CodingKeys: String, CodingKey {
        case id, format, formatVersion, week, team, participants, phasesCompleted, themes, items, directions
    }

    /// Decodes a record, parsing its theme ids with the rule's own words if one breaks it.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        var themes: [ThemeID: Int] = [:]
        for (id, count) in try container.decode([String: Int].self, forKey: .themes) {
            guard let theme = ThemeID(rawValue: id) else {
                throw DecodingError.dataCorruptedError(forKey: .themes, in: container, debugDescription: ThemeID.refusal(of: id))
            }
            themes[theme] = count
        }
        self.init(
            id: try container.decode(String.self, forKey: .id), format: try container.decode(FormatID.self, forKey: .format),
            formatVersion: try container.decode(Int.self, forKey: .formatVersion), week: try container.decode(String.self, forKey: .week),
            team: try container.decodeIfPresent(TeamCode.self, forKey: .team),
            participants: try container.decode(Int.self, forKey: .participants),
            phasesCompleted: try container.decode(Int.self, forKey: .phasesCompleted), themes: themes,
            items: try container.decode([Item].self, forKey: .items),
            directions: try Self.decodeDirections(container))
    }

    /// Directions of a record (none in one kept before they existed), theme ids parsed by their rule.
    private static func decodeDirections(_ container: KeyedDecodingContainer<CodingKeys>) throws -> [ThemeID: Directions] {
        var directions: [ThemeID: Directions] = [:]
        for (id, counts) in try container.decodeIfPresent([String: Directions].self, forKey: .directions) ?? [:] {
            guard let theme = ThemeID(rawValue: id) else {
                throw DecodingError.dataCorruptedError(forKey: .directions, in: container, debugDescription: ThemeID.refusal(of: id))
            }
            directions[theme] = counts
        }
        return directions
    }

    /// Encodes a record; `directions` only when some theme has one, so a record without is written
    /// as before.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(format, forKey: .format)
        try container.encode(formatVersion, forKey: .formatVersion)
        try container.encode(week, forKey: .week)
        try container.encodeIfPresent(team, forKey: .team)
        try container.encode(participants, forKey: .participants)
        try container.encode(phasesCompleted, forKey: .phasesCompleted)
        try container.encode(themes, forKey: .themes)
        try container.encode(items, forKey: .items)
        if !directions.isEmpty { try container.encode(directions, forKey: .directions) }
    }
}
