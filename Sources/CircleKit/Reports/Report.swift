/// A compiled report: theme frequencies across sessions, teams, formats and time,
/// structured around the middle leaders' questions, with small numbers withheld.
/// Every figure counts sessions (how many sessions raised a theme), never people.
public struct Report: Codable, Equatable, Sendable {
    /// A theme's figure across all the report's sessions.
    public struct ThemeFigure: Codable, Equatable, Sendable {
        public var id: String
        public var label: String
        public var group: String
        /// Sessions that raised the theme.
        public var sessions: Cell
        /// Percentage of the report's sessions, when `sessions` is shown.
        public var share: Int?
    }

    /// Theme counts split by one dimension (team, format, period).
    public struct CrossTable: Codable, Equatable, Sendable {
        public struct Row: Codable, Equatable, Sendable {
            public var theme: String
            public var label: String
            public var cells: [Cell]
        }
        public var dimension: String
        public var columns: [String]
        /// Sessions in each column.
        public var columnTotals: [Cell]
        public var rows: [Row]
    }

    /// One of the middle leaders' questions, with the figures and items that answer it.
    public struct Question: Codable, Equatable, Sendable {
        public var question: String
        public var themes: [ThemeFigure]
        public var items: [String]
    }

    /// Approved learning points and feedback-up items under one theme.
    public struct ItemGroup: Codable, Equatable, Sendable {
        public var theme: String
        public var label: String
        public var learningPoints: [String]
        public var feedbackUp: [String]
    }

    public var title: String
    /// ISO week the report was compiled.
    public var compiled: String
    public var filters: String
    public var minSessions: Int
    public var sessions: Int
    /// First and last ISO week of the sessions.
    public var weeks: String
    public var themes: [ThemeFigure]
    public var hse: [ThemeFigure]
    public var questions: [Question]
    public var byTeam: CrossTable
    public var byFormat: CrossTable
    public var byPeriod: CrossTable
    public var items: [ItemGroup]
    public var notes: [String]
}
