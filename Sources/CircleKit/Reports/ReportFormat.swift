import Foundation

/// The forms a report can take: HTML to look at, Markdown for email, CSV and JSON
/// for other tools (JSON is what the middle leaders' peer session reads).
public enum ReportFormat: String, CaseIterable, Sendable {
    case html, md, csv, json

    /// The form named by a file's extension.
    public init(path: String) throws {
        let ext = (path as NSString).pathExtension.lowercased()
        guard let format = ReportFormat(rawValue: ext == "markdown" ? "md" : ext) else {
            throw CircleError(.report, "\(path): the report's file name must end in .html, .md, .csv or .json")
        }
        self = format
    }

    public func render(_ report: Report) throws -> String {
        switch self {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
        case .md: return MarkdownReport(report: report).text
        case .csv: return CSVReport(report: report).text
        case .html: return HTMLReport(report: report).text
        }
    }
}

extension Cell {
    /// The cell as a reader sees it.
    var shown: String {
        switch self {
        case .count(let n): String(n)
        case .suppressed: "withheld"
        }
    }
}

/// Markdown, for an email to senior leaders.
struct MarkdownReport {
    let report: Report

    var text: String {
        var out = ["# \(report.title)", "",
                   "\(report.grouping), \(report.period) (weeks \(report.weeks)): about \(report.sessions) sessions. Compiled \(report.compiled).", ""]
        out.append("## The middle leaders' questions")
        for question in report.questions {
            out += ["", "### \(question.question)", ""]
            if question.themes.isEmpty { out.append("No themes tagged.") }
            for theme in question.themes {
                out.append("- \(theme.label): \(theme.sessions.shown) session\(theme.sessions == .count(1) ? "" : "s")" + (theme.share.map { " (\($0)%)" } ?? ""))
            }
            if !question.items.isEmpty {
                out += ["", "In their words:"] + question.items.map { "> \($0)" }
            }
        }
        out += ["", "## HSE Management Standards", "", "| standard | sessions | share |", "| --- | ---: | ---: |"]
        for theme in report.hse { out.append("| \(theme.label) | \(theme.sessions.shown) | \(theme.share.map { "\($0)%" } ?? "–") |") }
        out += ["", "## All themes shown", "", "| theme | sessions | share |", "| --- | ---: | ---: |"]
        for theme in report.themes { out.append("| \(theme.label) | \(theme.sessions.shown) | \(theme.share.map { "\($0)%" } ?? "–") |") }
        for table in [report.parts, report.byQuarter] where !table.columns.isEmpty {
            out += ["", "## By \(table.dimension)", "", "| theme | " + table.columns.joined(separator: " | ") + " |",
                    "| --- |" + String(repeating: " ---: |", count: table.columns.count)]
            out.append("| *sessions* | " + table.columnTotals.map { $0.shown }.joined(separator: " | ") + " |")
            for row in table.rows { out.append("| \(row.label) | " + row.cells.map { $0.shown }.joined(separator: " | ") + " |") }
        }
        if !report.items.isEmpty {
            out += ["", "## Learning points and feedback, by theme"]
            for group in report.items {
                out += ["", "### \(group.label)"]
                out += group.feedbackUp.map { "- Feedback: \($0)" } + group.learningPoints.map { "- Learning: \($0)" }
            }
        }
        out += report.responsesMarkdown
        out += ["", "## About these figures", ""] + report.notes.map { "- \($0)" }
        return out.joined(separator: "\n") + "\n"
    }
}

/// CSV: one row per figure, for spreadsheets.
struct CSVReport {
    let report: Report

    var text: String {
        var rows = [["table", "column", "theme", "label", "sessions"]]
        for theme in report.themes { rows.append(["themes", "all", theme.id, theme.label, theme.sessions.csv]) }
        for theme in report.hse { rows.append(["hse", "all", theme.id, theme.label, theme.sessions.csv]) }
        for table in [report.parts, report.byQuarter] {
            for (column, total) in zip(table.columns, table.columnTotals) { rows.append([table.dimension, column, "", "sessions", total.csv]) }
            for row in table.rows {
                for (column, cell) in zip(table.columns, row.cells) { rows.append([table.dimension, column, row.theme, row.label, cell.csv]) }
            }
        }
        return rows.map { $0.map(Self.field).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// One cell. A cell a spreadsheet would read as a formula — starting with = + - @, a tab or a
    /// carriage return (OWASP's CSV injection guidance) — gets a leading `'` and quotes, so it stays text
    /// (a label from an organisation's codebook or a format can start with anything).
    static func field(_ text: String) -> String {
        let formula = text.unicodeScalars.first.map { "=+-@\t\r".unicodeScalars.contains($0) } ?? false
        let cell = formula ? "'" + text : text
        guard formula || cell.unicodeScalars.contains(where: { ",\"\n\r".unicodeScalars.contains($0) }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension Cell {
    var csv: String { value.map(String.init) ?? "suppressed" }
}
