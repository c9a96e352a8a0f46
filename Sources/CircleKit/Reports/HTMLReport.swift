/// A report page that stands alone: inline styles and SVG charts, no scripts, no
/// fonts or files from the network; prints cleanly to PDF. Rendered from the templates
/// in `Reports/Templates/` (the style sheet is `report.css` there).
struct HTMLReport {
    let report: Report

    static let templates = MarkupTemplates(
        [
            ("report", PackageResources.report_mustache), ("chart", PackageResources.chart_mustache),
            ("cell", PackageResources.cell_mustache), ("responses", PackageResources.responses_mustache),
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

        let title: String
        let sessions: Int
        let weeks: String
        let grouping: String
        let period: String
        let compiled: String
        /// The smallest count shown (a withheld cell's title names it).
        let threshold: Int
        let style = String(decoding: PackageResources.report_css, as: UTF8.self)
        let common: Chart
        let questions: [Question]
        let hse: Chart
        let tables: [Table]
        let learning: Learning?
        let notes: [String]
        /// "What leaders did" (responses.mustache), nil when there is nothing to show.
        let leaders: LeadersDid?

        init(_ report: Report) {
            title = report.title
            sessions = report.sessions
            weeks = report.weeks
            grouping = report.grouping
            period = report.period
            compiled = report.compiled
            threshold = report.threshold
            common = Chart(Array(report.themes.prefix(12)), sessions: report.sessions)
            questions = report.questions.dropFirst().map {
                Question(question: $0.question, chart: Chart($0.themes, sessions: report.sessions), quotes: $0.items.isEmpty ? nil : Quotes(lines: $0.items))
            }
            hse = Chart(report.hse, sessions: report.sessions)
            tables = [report.parts, report.byQuarter].filter { !$0.columns.isEmpty }.map { table in
                Table(
                    dimension: table.dimension, columns: table.columns, totals: table.columnTotals.map(Figure.init),
                    rows: table.rows.map { Row(label: $0.label, cells: $0.cells.map(Figure.init)) })
            }
            learning = report.items.isEmpty ? nil : Learning(groups: report.items)
            notes = report.notes
            leaders = LeadersDid(report)
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
