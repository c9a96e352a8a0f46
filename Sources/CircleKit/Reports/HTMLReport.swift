import Foundation

/// A report page that stands alone: inline styles and SVG charts, no scripts, no
/// fonts or files from the network; prints cleanly to PDF.
struct HTMLReport {
    let report: Report

    var text: String {
        let k = report.minSessions
        var body = """
            <header><h1>\(e(report.title))</h1>
            <p class="meta">\(report.sessions) sessions · \(e(report.weeks)) · \(e(report.filters)) · compiled \(e(report.compiled))</p></header>
            <section><h2>Common themes</h2>\(chart(report.themes.filter { $0.sessions != .suppressed }.prefix(12).map { $0 }))</section>
            """
        for question in report.questions.dropFirst() {
            body += "<section><h2>\(e(question.question))</h2>"
            body += question.themes.isEmpty ? "<p class=\"quiet\">No themes tagged.</p>" : chart(question.themes)
            if !question.items.isEmpty {
                body += "<h3>In their words</h3><ul class=\"quotes\">" + question.items.map { "<li>\(e($0))</li>" }.joined() + "</ul>"
            }
            body += "</section>"
        }
        body += "<section><h2>HSE Management Standards</h2>\(chart(report.hse))</section>"
        for table in [report.byTeam, report.byFormat, report.byPeriod] {
            body += "<section class=\"table\"><h2>By \(e(table.dimension))</h2><table><thead><tr><th>theme</th>"
            body += table.columns.map { "<th>\(e($0))</th>" }.joined() + "</tr></thead><tbody><tr class=\"totals\"><th>sessions</th>"
            body += table.columnTotals.map { cell($0, k) }.joined() + "</tr>"
            for row in table.rows { body += "<tr><th>\(e(row.label))</th>" + row.cells.map { cell($0, k) }.joined() + "</tr>" }
            body += "</tbody></table></section>"
        }
        if !report.items.isEmpty {
            body += "<section><h2>Learning points and feedback, by theme</h2>"
            for group in report.items {
                body += "<h3>\(e(group.label))</h3><ul class=\"quotes\">"
                body += group.feedbackUp.map { "<li><b>Feedback:</b> \(e($0))</li>" }.joined()
                body += group.learningPoints.map { "<li><b>Learning:</b> \(e($0))</li>" }.joined() + "</ul>"
            }
            body += "</section>"
        }
        body += "<footer><h2>About these figures</h2>" + report.notes.map { "<p>\(e($0))</p>" }.joined() + "</footer>"
        return """
            <!doctype html>
            <html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(report.title))</title>
            <style>
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2430;background:#fbfaf7;margin:0;padding:2rem;line-height:1.45}
            main{max-width:60rem;margin:0 auto}
            h1{font-size:1.9rem;margin:0 0 .3rem;color:#23395d}
            h2{font-size:1.25rem;color:#23395d;border-bottom:2px solid #d8dee8;padding-bottom:.2rem;margin-top:2rem}
            h3{font-size:1rem;margin:1rem 0 .3rem}
            .meta,.quiet{color:#5b6577}
            svg{display:block;max-width:100%}
            table{border-collapse:collapse;width:100%;font-size:.92rem}
            th,td{padding:.35rem .5rem;border-bottom:1px solid #e3e7ee;text-align:right}
            th:first-child{text-align:left;font-weight:500}
            thead th{color:#5b6577;font-weight:600}
            tr.totals{font-style:italic;color:#5b6577}
            td.withheld{color:#8a6d3b;background:#fbf3e4;font-size:.8rem}
            ul.quotes{padding-left:1.1rem}
            ul.quotes li{margin:.3rem 0}
            footer{margin-top:2.5rem;color:#5b6577;font-size:.9rem}
            @media print{body{background:#fff;padding:0}section{break-inside:avoid}}
            </style></head>
            <body><main>
            \(body)
            </main></body></html>

            """
    }

    func cell(_ cell: Cell, _ k: Int) -> String {
        switch cell {
        case .count(let n): "<td>\(n)</td>"
        case .suppressed: "<td class=\"withheld\" title=\"withheld: fewer than \(k) sessions, or it would reveal a figure that is\">withheld</td>"
        }
    }

    /// A horizontal bar chart of session counts as shares of the report's sessions
    /// (withheld bars drawn hatched, without a number).
    func chart(_ themes: [Report.ThemeFigure]) -> String {
        guard !themes.isEmpty else { return "<p class=\"quiet\">No themes tagged.</p>" }
        let barHeight = 26, gap = 8, labelWidth = 260, width = 720
        let height = themes.count * (barHeight + gap)
        let most = max(1, report.sessions)  // bars are shares of all sessions, comparable across charts
        var svg = "<svg role=\"img\" aria-label=\"sessions per theme\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" xmlns=\"http://www.w3.org/2000/svg\">"
        svg += "<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"3\" height=\"6\" fill=\"#e7c98f\"/></pattern></defs>"
        for (i, theme) in themes.enumerated() {
            let y = i * (barHeight + gap)
            let room = width - labelWidth - 140
            svg += "<text x=\"0\" y=\"\(y + 18)\" font-size=\"14\" fill=\"#1d2430\">\(e(theme.label))</text>"
            switch theme.sessions {
            case .count(let n):
                let w = n == 0 ? 2 : max(4, room * n / most)
                svg += "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(w)\" height=\"\(barHeight)\" rx=\"4\" fill=\"#3d6fb6\"/>"
                svg += "<text x=\"\(labelWidth + w + 8)\" y=\"\(y + 18)\" font-size=\"13\" fill=\"#1d2430\">\(n)\(theme.share.map { " (\($0)%)" } ?? "")</text>"
            case .suppressed:
                svg += "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"40\" height=\"\(barHeight)\" rx=\"4\" fill=\"url(#hatch)\"/>"
                svg += "<text x=\"\(labelWidth + 48)\" y=\"\(y + 18)\" font-size=\"13\" fill=\"#8a6d3b\">withheld</text>"
            }
        }
        return svg + "</svg>"
    }

    /// Escapes text for HTML and SVG.
    func e(_ text: String) -> String { Markup.escape(text) }
}
