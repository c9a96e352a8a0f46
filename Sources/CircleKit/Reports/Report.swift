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
        /// Its share in the previous quarter's report of the same grouping: nil when it was withheld
        /// then, or that quarter has no report of the grouping.
        public var previousShare: Int?
        /// The change in share since the previous quarter, in percentage points (both shown).
        public var change: Int?
        /// Sessions that raised it as a strength (`#theme+`), rounded or withheld like any figure.
        public var strengths: Cell
        /// Sessions that raised it as a concern (`#theme-`).
        public var concerns: Cell
    }

    /// One quarter of the trend: its sessions and how many teams held them.
    public struct TrendPeriod: Codable, Equatable, Sendable {
        public var period: String
        /// Sessions (rounded).
        public var sessions: Cell
        /// Teams (by team code) that held at least one session that counts in the quarter.
        public var teams: Int
    }

    /// A theme over the trend's quarters: sessions, and shares of each quarter's sessions.
    public struct TrendRow: Codable, Equatable, Sendable {
        public var theme: String
        public var label: String
        public var cells: [Cell]
        public var shares: [Int?]
        /// The last quarter's share less the one before, in percentage points (both shown).
        public var change: Int?
    }

    /// The grouping in this quarter and up to three before it (quarters it had a report in).
    public struct Trend: Codable, Equatable, Sendable {
        public var periods: [TrendPeriod]
        public var rows: [TrendRow]
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
    /// Teams (by team code) that held at least one of them.
    public var teams: Int
    /// The quarter the changes are measured from, when the grouping had a report then.
    public var previousPeriod: String?
    /// How to read the figures and what "withheld" means: shown near the top.
    public var legend: [String]
    /// The themes whose share rose most since the previous quarter (at most three), largest first.
    public var rose: [ThemeFigure]
    /// The themes whose share fell most (at most three), largest fall first.
    public var fell: [ThemeFigure]
    /// Every theme shown, most sessions first.
    public var themes: [ThemeFigure]
    /// The six HSE Management Standards: sessions that raised any theme speaking to each.
    public var hse: [ThemeFigure]
    public var questions: [Question]
    /// The grouping's parts (its teams or service areas), each with the figures of its own report.
    public var parts: CrossTable
    public var trend: Trend
    /// Feedback for senior leaders and learning points, under the theme they were filed under.
    public var items: [ItemGroup]
    public var notes: [String]
    /// "What leaders did": senior leaders' responses to the previous quarter's report (Report+Responses.swift).
    public var responses: [Response] = []
}
