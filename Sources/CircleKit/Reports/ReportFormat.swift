import Foundation

/// The forms a report can take: HTML to look at, PDF to print or attach (the HTML printed by
/// headless Chromium), Markdown for email, CSV and JSON for other tools (JSON is what the middle
/// leaders' peer session reads).
public enum ReportFormat: String, CaseIterable, Sendable {
    case html, pdf, md, csv, json

    /// The form named by a file's extension.
    public init(path: String) throws {
        let ext = (path as NSString).pathExtension.lowercased()
        guard let format = ReportFormat(rawValue: ext == "markdown" ? "md" : ext) else {
            throw CircleError(.report, "\(path): the report's file name must end in .html, .pdf, .md, .csv or .json")
        }
        self = format
    }

    /// The forms that are text (all but PDF).
    public static let text: [ReportFormat] = [.html, .md, .csv, .json]

    /// The report as text; a PDF is not text (``write(_:to:)`` prints one).
    public func render(_ report: Report) throws -> String {
        switch self {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
        case .md: return MarkdownReport(report: report).text
        case .csv: return CSVReport(report: report).text
        case .html: return HTMLReport(report: report).text
        case .pdf: throw CircleError(.report, "a PDF report is printed from its HTML, not rendered as text")
        }
    }

    /// Writes the report to `path` in this form.
    public func write(_ report: Report, to path: String) throws {
        if self == .pdf { return try PDFPrinter().print(html: HTMLReport(report: report).text, to: path) }
        do { try render(report).write(toFile: path, atomically: true, encoding: .utf8) } catch let error as CircleError { throw error } catch {
            throw CircleError(.files, "\(path): cannot write the report (\(error.localizedDescription)); check the folder exists and can be written to")
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

/// How a report's figures read in text: the same words in Markdown, CSV and HTML.
extension Report.ThemeFigure {
    /// "40 sessions (50%)".
    var sessionsText: String {
        "\(sessions.shown) session\(sessions == .count(1) ? "" : "s")" + (share.map { " (\($0)%)" } ?? "")
    }
}

extension Report {
    /// A change in share: "+17 points", "−5 points", "no change"; nil when there is none to show.
    static func changeText(_ change: Int?) -> String? {
        change.map { $0 == 0 ? "no change" : ($0 > 0 ? "+\($0)" : "−\(-$0)") + " point\(abs($0) == 1 ? "" : "s")" }
    }

    /// "50% → 67% (+17 points)".
    static func shareChange(_ figure: ThemeFigure) -> String {
        "\(figure.previousShare.map { "\($0)%" } ?? "withheld") → \(figure.share.map { "\($0)%" } ?? "withheld")" + (changeText(figure.change).map { " (\($0))" } ?? "")
    }

    /// "30 sessions (60%), up 10 points since 2026-Q2; as a strength: 10, as a concern: withheld".
    func summary(of figure: ThemeFigure) -> String {
        var text = figure.sessionsText
        if let change = Self.changeText(figure.change), let previousPeriod { text += ", \(change) since \(previousPeriod)" }
        return text + "; as a strength: \(figure.strengths.shown), as a concern: \(figure.concerns.shown)"
    }

    /// "About 40 sessions held by 3 teams".
    var scope: String { "about \(sessions) sessions, held by \(teams) team\(teams == 1 ? "" : "s")" }

    /// The feedback items for senior leaders, under their themes (themes with none left out), the
    /// themes most sessions raised first.
    var feedback: [(figure: ThemeFigure?, group: ItemGroup)] {
        items.filter { !$0.feedbackUp.isEmpty }.map { group in (themes.first { $0.id == group.theme }, group) }
            .sorted { ($1.figure?.sessions.value ?? 0, $0.group.label) < ($0.figure?.sessions.value ?? 0, $1.group.label) }
    }
}

/// Markdown, for an email to senior leaders.
struct MarkdownReport {
    let report: Report

    var text: String {
        var out = ["# \(report.title)", "",
                   "**\(report.grouping)**, \(report.period) (weeks \(report.weeks)): \(report.scope). Compiled \(report.compiled).", ""]
        out += report.legend.map { "> \($0)" }.flatMap { [$0, ">"] }.dropLast()
        out += ["", "## Since \(report.previousPeriod ?? "the previous quarter")", ""]
        if report.previousPeriod == nil {
            out.append("No report of this grouping for the previous quarter: no change to show.")
        } else if report.rose.isEmpty && report.fell.isEmpty {
            out.append("No theme's share changed.")
        }
        for (heading, figures) in [("Rose most", report.rose), ("Fell most", report.fell)] where !figures.isEmpty {
            out += ["\(heading):", ""] + figures.map { "- \($0.label): \(Report.shareChange($0))" } + [""]
        }
        if out.last == "" { out.removeLast() }
        out += ["", "## What teams asked senior leaders to hear"]
        if report.feedback.isEmpty { out += ["", "No feedback filed under a theme shown for this grouping."] }
        for (figure, group) in report.feedback {
            out += ["", "### \(group.label)" + (figure.map { " — \(report.summary(of: $0))" } ?? ""), ""]
            out += group.feedbackUp.map { "- \($0)" }
        }
        out += ["", "## The middle leaders' questions"]
        for question in report.questions {
            out += ["", "### \(question.question)", ""]
            if question.themes.isEmpty { out.append("No themes tagged.") }
            for theme in question.themes { out.append("- \(theme.label): \(theme.sessionsText)") }
            if !question.items.isEmpty {
                out += ["", "In their words:"] + question.items.map { "> \($0)" }
            }
        }
        let change = "change since \(report.previousPeriod ?? "last quarter")"
        func table(_ first: String, _ figures: [Report.ThemeFigure]) -> [String] {
            ["| \(first) | sessions | share | \(change) | as a strength | as a concern |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
                + figures.map { f in
                    "| \(f.label) | \(f.sessions.shown) | \(f.share.map { "\($0)%" } ?? "–") | \(Report.changeText(f.change) ?? "–") | \(f.strengths.shown) | \(f.concerns.shown) |"
                }
        }
        out += ["", "## HSE Management Standards", ""]
        out += report.hse.isEmpty ? ["No standard has a figure shown for this grouping."] : table("standard", report.hse)
        out += ["", "## All themes shown", ""] + table("theme", report.themes)
        if !report.parts.columns.isEmpty {
            let parts = report.parts
            out += ["", "## By \(parts.dimension)", "", "| theme | " + parts.columns.joined(separator: " | ") + " |",
                    "| --- |" + String(repeating: " ---: |", count: parts.columns.count)]
            out.append("| *sessions* | " + parts.columnTotals.map { $0.shown }.joined(separator: " | ") + " |")
            for row in parts.rows { out.append("| \(row.label) | " + row.cells.map { $0.shown }.joined(separator: " | ") + " |") }
        }
        let trend = report.trend
        out += ["", "## Share of sessions by quarter", "", "| theme | " + trend.periods.map(\.period).joined(separator: " | ") + " | change |",
                "| --- |" + String(repeating: " ---: |", count: trend.periods.count + 1)]
        out.append("| *sessions* | " + trend.periods.map { $0.sessions.shown }.joined(separator: " | ") + " | |")
        out.append("| *teams holding sessions* | " + trend.periods.map { String($0.teams) }.joined(separator: " | ") + " | |")
        for row in trend.rows {
            let cells = zip(row.cells, row.shares).map { cell, share in share.map { "\($0)% (\(cell.shown))" } ?? cell.shown }
            out.append("| \(row.label) | " + cells.joined(separator: " | ") + " | \(Report.changeText(row.change) ?? "–") |")
        }
        let learning = report.items.filter { !$0.learningPoints.isEmpty }
        if !learning.isEmpty {
            out += ["", "## Learning points, by theme"]
            for group in learning { out += ["", "### \(group.label)"] + group.learningPoints.map { "- \($0)" } }
        }
        out += report.responsesMarkdown
        out += ["", "## About these figures", ""] + report.notes.map { "- \($0)" }
        return out.joined(separator: "\n") + "\n"
    }
}

/// CSV: one row per figure or text, for spreadsheets. `table` is the section, `column` what the
/// value is (or the column of a table), `value` a number, "suppressed", or a text.
struct CSVReport {
    let report: Report

    var text: String {
        var rows = [["table", "column", "theme", "label", "value"]]
        rows += [["report", "grouping", "", "", report.grouping], ["report", "period", "", "", report.period],
                 ["report", "previous period", "", "", report.previousPeriod ?? ""], ["report", "sessions", "", "", String(report.sessions)],
                 ["report", "teams holding sessions", "", "", String(report.teams)]]
        rows += report.legend.map { ["legend", "", "", "", $0] }
        for (table, figures) in [("themes", report.themes), ("hse", report.hse), ("rose", report.rose), ("fell", report.fell)] {
            for f in figures {
                rows += [[table, "sessions", f.id, f.label, f.sessions.csv], [table, "share", f.id, f.label, f.share.map(String.init) ?? ""],
                         [table, "previous share", f.id, f.label, f.previousShare.map(String.init) ?? ""],
                         [table, "change", f.id, f.label, f.change.map(String.init) ?? ""],
                         [table, "as a strength", f.id, f.label, f.strengths.csv], [table, "as a concern", f.id, f.label, f.concerns.csv]]
            }
        }
        let parts = report.parts
        for (column, total) in zip(parts.columns, parts.columnTotals) { rows.append([parts.dimension, column, "", "sessions", total.csv]) }
        for row in parts.rows {
            for (column, cell) in zip(parts.columns, row.cells) { rows.append([parts.dimension, column, row.theme, row.label, cell.csv]) }
        }
        for period in report.trend.periods {
            rows += [["quarter", period.period, "", "sessions", period.sessions.csv], ["quarter", period.period, "", "teams holding sessions", String(period.teams)]]
        }
        for row in report.trend.rows {
            for (period, (cell, share)) in zip(report.trend.periods, zip(row.cells, row.shares)) {
                rows += [["quarter", period.period, row.theme, row.label, cell.csv], ["quarter share", period.period, row.theme, row.label, share.map(String.init) ?? ""]]
            }
        }
        for question in report.questions {
            for f in question.themes { rows.append(["question", question.question, f.id, f.label, f.sessions.csv]) }
        }
        for group in report.items {
            rows += group.feedbackUp.map { ["feedback", "", group.theme, group.label, $0] } + group.learningPoints.map { ["learning point", "", group.theme, group.label, $0] }
        }
        rows += report.notes.map { ["note", "", "", "", $0] }
        return rows.map { $0.map(Self.field).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// One cell. A cell a spreadsheet would read as a formula — starting with = + - @, a tab or a
    /// carriage return (OWASP's CSV injection guidance) — gets a leading `'` and quotes, so it stays text
    /// (a label from an organisation's codebook or a format can start with anything).
    /// A whole number ("-25", a fall in share) is a number, not a formula.
    static func field(_ text: String) -> String {
        let number = text.hasPrefix("-") && text.count > 1 && text.dropFirst().allSatisfy(\.isASCII) && Int(text) != nil
        let formula = !number && (text.unicodeScalars.first.map { "=+-@\t\r".unicodeScalars.contains($0) } ?? false)
        let cell = formula ? "'" + text : text
        guard formula || cell.unicodeScalars.contains(where: { ",\"\n\r".unicodeScalars.contains($0) }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension Cell {
    var csv: String { value.map(String.init) ?? "suppressed" }
}
