/// A compiled report: which themes a grouping's sessions raised in one closed quarter,
/// structured around the middle leaders' questions, under the disclosure rules of
/// ``QuarterRelease``. Every figure counts sessions (how many sessions raised a theme), never
/// people, rounded to the nearest 5; a theme withheld for the grouping is not listed.
public struct Report: Codable, Equatable, Sendable {
    /// A theme's figure across all the report's sessions.
    public struct ThemeFigure: Codable, Equatable, Sendable {
        public var id: String
        public var label: String
        public var group: String
        /// Sessions that raised the theme (rounded).
        public var sessions: Cell
        /// Percentage of the report's sessions, from the rounded figures.
        public var share: Int?
    }

    /// Theme counts split by one dimension (the grouping's parts, or quarters).
    public struct CrossTable: Codable, Equatable, Sendable {
        public struct Row: Codable, Equatable, Sendable {
            public var theme: String
            public var label: String
            public var cells: [Cell]
        }
        public var dimension: String
        public var columns: [String]
        /// Sessions in each column (rounded).
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
    /// The grouping: the organisation's name, "Service area …" or "Team …".
    public var grouping: String
    /// The quarter, e.g. "2026-Q4".
    public var period: String
    /// The quarter's first and last ISO weeks.
    public var weeks: String
    /// The smallest count shown.
    public var threshold: Int
    /// Shown counts are multiples of this.
    public var rounding: Int
    /// Sessions in the report (rounded).
    public var sessions: Int
    public var themes: [ThemeFigure]
    public var hse: [ThemeFigure]
    public var questions: [Question]
    /// The grouping's parts (its teams or service areas), each with the figures of its own report.
    public var parts: CrossTable
    /// The grouping in this quarter and up to three before it.
    public var byQuarter: CrossTable
    public var items: [ItemGroup]
    public var notes: [String]
    /// "What leaders did": senior leaders' responses to the previous quarter's report (Report+Responses.swift).
    public var responses: [Response] = []
}
