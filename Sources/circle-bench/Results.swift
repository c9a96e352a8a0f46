import Foundation

/// The results as the terminal table and as the JSON file.
struct Results: Codable {
    var command: String
    var date: String
    var cores: Int
    var figures: [Figure]

    init(figures: [Figure]) {
        command = Results.command
        date = ISO8601DateFormatter().string(from: Date())
        cores = ProcessInfo.processInfo.activeProcessorCount
        self.figures = figures
    }

    /// The one command that reproduces the figures.
    static let command = "swift run -c release --scratch-path .build-bench circle-bench"

    /// A plain-text table: one line per figure, then each figure's note.
    var table: String {
        let header = ["comparison", "Circle", "baseline", "", "ratio", "target", "result"]
        let rows = figures.map { figure in
            [
                figure.comparison, "\(Figure.number(figure.circle)) \(figure.unit)",
                figure.baseline.map { "\(Figure.number($0)) \(figure.unit)" } ?? "—", figure.baselineName ?? "",
                figure.ratio.map { "\(Figure.number($0))×" } ?? "—", figure.target, figure.met ? "met" : "MISSED",
            ]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            zip(cells, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: "  ")
                .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        var lines = [line(header), String(repeating: "-", count: widths.reduce(0, +) + 2 * (widths.count - 1))]
        lines += rows.map(line)
        lines.append("")
        for (index, figure) in figures.enumerated() {
            let summary = figure.comparison == RoomBenchmark.comparison ? "worst of" : "median of"
            lines.append("[\(index + 1)] \(figure.comparison) (\(summary) \(figure.repetitions)): \(figure.note ?? "")")
        }
        let met = figures.filter(\.met).count
        lines.append("")
        lines.append("\(met) of \(figures.count) targets met on \(cores) cores; reproduce with: \(Results.command)")
        return lines.joined(separator: "\n")
    }

    func writeJSON(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(self).write(to: URL(fileURLWithPath: path))
    }
}
