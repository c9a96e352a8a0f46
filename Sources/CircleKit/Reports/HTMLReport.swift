/// A report page that stands alone: inline styles and SVG charts, no scripts, no
/// fonts or files from the network; prints cleanly to PDF (`report.css` has a print style).
/// Rendered from the templates in `Reports/Templates/`.
struct HTMLReport {
    let report: Report

    static let templates = MarkupTemplates(
        [
            ("report", PackageResources.report_mustache), ("chart", PackageResources.chart_mustache),
            ("cell", PackageResources.cell_mustache), ("figures", PackageResources.figures_mustache),
            ("sparkline", PackageResources.sparkline_mustache), ("responses", PackageResources.responses_mustache),
        ],
        folder: "Sources/CircleKit/Reports/Templates")

    var text: String { Self.templates.render("report", Page(report)) }

    /// What `report.mustache` is given.
    struct Page {
        struct Question {
            let question: String
            let chart: Chart
            let quotes: Quotes?
        }
        struct Quotes { let lines: [String] }
        struct Table {
            let dimension: String
            let columns: [String]
            let totals: [Figure]
            let rows: [Row]
        }
        struct Row {
            let label: String
            let cells: [Figure]
        }
        /// A table's figure, or nil where it is withheld.
        struct Figure { let count: Int? }
        struct Learning { let groups: [Report.ItemGroup] }
        /// A theme whose share moved: "Workload: 50% → 67% (+17 points)".
        struct Shift {
            let label: String
            let text: String
            let rose: Bool
        }
        struct Since {
            let heading: String
            let empty: String?
            let shifts: [Shift]
        }
        struct Feedback {
            let label: String
            let summary: String
            let lines: [String]
        }
        /// Themes or standards with every figure (`figures.mustache`).
        struct Figures {
            struct Row {
                let label: String
                let sessions: Figure
                let share: String
                let change: String
                let strengths: Figure
                let concerns: Figure
            }
            let first: String
            let change: String
            let rows: [Row]
        }
        struct Trend {
            struct Row {
                let label: String
                let spark: Sparkline
                let cells: [String]
                let change: String
            }
            let periods: [String]
            let sessions: [Figure]
            let teams: [Int]
            let rows: [Row]
        }

        let title: String
        let grouping: String
        let period: String
        let weeks: String
        let compiled: String
        let sessions: Int
        let teams: Int
        let legend: [String]
        let since: Since
        let feedback: [Feedback]
        let noFeedback: Bool
        let style = String(decoding: PackageResources.report_css, as: UTF8.self)
        let common: Chart
        let questions: [Question]
        let hse: Figures?
        let all: Figures
        let tables: [Table]
        let trend: Trend
        let learning: Learning?
        let notes: [String]
        /// "What leaders did" (responses.mustache), nil when there is nothing to show.
        let leaders: LeadersDid?

        init(_ report: Report) {
            title = report.title
            grouping = report.grouping
            period = report.period
            weeks = report.weeks
            compiled = report.compiled
            sessions = report.sessions
            teams = report.teams
            legend = report.legend
            let shifts = report.rose.map { Shift(label: $0.label, text: Report.shareChange($0), rose: true) }
                + report.fell.map { Shift(label: $0.label, text: Report.shareChange($0), rose: false) }
            since = Since(
                heading: "Since \(report.previousPeriod ?? "the previous quarter")",
                empty: report.previousPeriod == nil ? "No report of this grouping for the previous quarter: no change to show."
                    : shifts.isEmpty ? "No theme's share changed." : nil,
                shifts: shifts)
            feedback = report.feedback.map { figure, group in
                Feedback(label: group.label, summary: figure.map { report.summary(of: $0) } ?? "", lines: group.feedbackUp)
            }
            noFeedback = feedback.isEmpty
            common = Chart(Array(report.themes.prefix(12)), sessions: report.sessions)
            questions = report.questions.dropFirst().map {
                Question(question: $0.question, chart: Chart($0.themes, sessions: report.sessions), quotes: $0.items.isEmpty ? nil : Quotes(lines: $0.items))
            }
            let change = "change since \(report.previousPeriod ?? "last quarter")"
            func figures(_ first: String, _ list: [Report.ThemeFigure]) -> Figures {
                Figures(first: first, change: change, rows: list.map { f in
                    Figures.Row(
                        label: f.label, sessions: Figure(f.sessions), share: f.share.map { "\($0)%" } ?? "–", change: Report.changeText(f.change) ?? "–",
                        strengths: Figure(f.strengths), concerns: Figure(f.concerns))
                })
            }
            hse = report.hse.isEmpty ? nil : figures("standard", report.hse)
            all = figures("theme", report.themes)
            tables = [report.parts].filter { !$0.columns.isEmpty }.map { table in
                Table(
                    dimension: table.dimension, columns: table.columns, totals: table.columnTotals.map(Figure.init),
                    rows: table.rows.map { Row(label: $0.label, cells: $0.cells.map(Figure.init)) })
            }
            let most = max(1, report.trend.rows.flatMap { $0.shares.compactMap { $0 } }.max() ?? 1)
            trend = Trend(
                periods: report.trend.periods.map(\.period), sessions: report.trend.periods.map { Figure($0.sessions) },
                teams: report.trend.periods.map(\.teams),
                rows: report.trend.rows.map { row in
                    Trend.Row(
                        label: row.label, spark: Sparkline(row.shares, most: most),
                        cells: zip(row.cells, row.shares).map { cell, share in share.map { "\($0)%" } ?? cell.shown },
                        change: Report.changeText(row.change) ?? "–")
                })
            let learningGroups = report.items.filter { !$0.learningPoints.isEmpty }
            learning = learningGroups.isEmpty ? nil : Learning(groups: learningGroups)
            notes = report.notes
            leaders = LeadersDid(report)
        }
    }

    /// A theme's share over the trend's quarters, as a line on one scale for every theme (small
    /// multiples); a withheld quarter breaks the line and is marked below it.
    struct Sparkline {
        struct Point {
            let x: Int
            let y: Int
        }
        static let width = 132, height = 34, pad = 6

        let width = Sparkline.width
        let height = Sparkline.height
        /// Runs of shown quarters, each an SVG `points` list.
        let lines: [String]
        let points: [Point]
        let gaps: [Point]

        init(_ shares: [Int?], most: Int) {
            let step = shares.count > 1 ? (Self.width - 2 * Self.pad) / (shares.count - 1) : 0
            func point(_ i: Int, _ share: Int) -> Point {
                Point(x: Self.pad + i * step, y: Self.height - Self.pad - share * (Self.height - 2 * Self.pad) / most)
            }
            var lines: [String] = [], run: [Point] = [], points: [Point] = [], gaps: [Point] = []
            for (i, share) in shares.enumerated() {
                if let share {
                    run.append(point(i, share))
                    points.append(point(i, share))
                } else {
                    gaps.append(Point(x: Self.pad + i * step, y: Self.height - 2))
                    if run.count > 1 { lines.append(run.map { "\($0.x),\($0.y)" }.joined(separator: " ")) }
                    run = []
                }
            }
            if run.count > 1 { lines.append(run.map { "\($0.x),\($0.y)" }.joined(separator: " ")) }
            self.lines = lines
            self.points = points
            self.gaps = gaps
        }
    }

    /// A horizontal bar chart of session counts as shares of the report's sessions
    /// (withheld bars drawn hatched, without a number): what `chart.mustache` is given.
    struct Chart {
        struct Bar {
            /// A bar with its number; nil for a withheld one.
            struct Shown {
                let length: Int
                let numberX: Int
                let count: Int
                let share: Int?
            }
            let label: String
            let y: Int
            let textY: Int
            let withheldX: Int
            let shown: Shown?
        }
        static let barHeight = 26, gap = 8, labelWidth = 260, chartWidth = 720

        let drawn: Bool
        let width = Chart.chartWidth
        let height: Int
        let left = Chart.labelWidth
        let barHeight = Chart.barHeight
        let bars: [Bar]

        init(_ themes: [Report.ThemeFigure], sessions: Int) {
            drawn = !themes.isEmpty
            height = themes.count * (Self.barHeight + Self.gap)
            let most = max(1, sessions)  // bars are shares of all sessions, comparable across charts
            let room = Self.chartWidth - Self.labelWidth - 140
            bars = themes.enumerated().map { i, theme in
                let y = i * (Self.barHeight + Self.gap)
                var shown: Bar.Shown?
                if case .count(let n) = theme.sessions {
                    let length = n == 0 ? 2 : max(4, room * n / most)
                    shown = Bar.Shown(length: length, numberX: Self.labelWidth + length + 8, count: n, share: theme.share)
                }
                return Bar(label: theme.label, y: y, textY: y + 18, withheldX: Self.labelWidth + 48, shown: shown)
            }
        }
    }
}

extension HTMLReport.Page.Figure {
    init(_ cell: Cell) {
        switch cell {
        case .count(let n): count = n
        case .suppressed: count = nil
        }
    }
}
