import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Recall and precision of one tool's spans against the corpus's labels, per kind.
///
/// The rule, the same for both tools:
/// - a labelled span is **found** when any predicted span, of any kind, overlaps it by at least
///   one character (a redactor that hides an identifier under the wrong label still hides it);
///   it is **fully covered** when predicted spans together cover every one of its characters;
/// - a predicted span is **correct** when it overlaps a labelled span, and a **false positive**
///   when it overlaps none — text the corpus left unlabelled, which holds no identifier;
/// - recall per kind is counted by the labelled kind, precision by the predicted kind.
struct PrivacyScore: Codable, Sendable {
    struct Counts: Codable, Sendable {
        var labelled = 0
        var found = 0
        var covered = 0
        var predicted = 0
        var correct = 0

        var recall: Double { labelled == 0 ? .nan : Double(found) / Double(labelled) }
        var coveredShare: Double { labelled == 0 ? .nan : Double(covered) / Double(labelled) }
        var precision: Double { predicted == 0 ? .nan : Double(correct) / Double(predicted) }
    }

    var kinds: [String: Counts] = [:]
    var overall = Counts()

    init(labels: [[PrivacySpan]], predictions: [[PrivacySpan]]) {
        for (labelled, predicted) in zip(labels, predictions) {
            for label in labelled {
                let overlapping = predicted.filter { $0.overlaps(label) }
                var covered = Array(repeating: false, count: label.end - label.start)
                for span in overlapping {
                    for index in max(span.start, label.start)..<min(span.end, label.end) { covered[index - label.start] = true }
                }
                add(kind: label.kind) {
                    $0.labelled += 1
                    if !overlapping.isEmpty { $0.found += 1 }
                    if covered.allSatisfy({ $0 }) { $0.covered += 1 }
                }
            }
            for span in predicted {
                let correct = labelled.contains { $0.overlaps(span) }
                add(kind: span.kind) {
                    $0.predicted += 1
                    if correct { $0.correct += 1 }
                }
            }
        }
    }

    private mutating func add(kind: String, _ change: (inout Counts) -> Void) {
        change(&kinds[kind, default: Counts()])
        change(&overall)
    }
}

/// Both tools' scores and throughput, printed as one table.
struct PrivacyReport: Codable, Sendable {
    struct Side: Codable, Sendable {
        var score: PrivacyScore
        var megabytesPerSecond: Double
    }

    var contributions: Int
    var bytes: Int
    var presidioTool: String
    var circle: Side
    var presidio: Side

    /// The issue's targets: Circle's recall ≥ 99 % overall and ≥ Presidio's for every kind,
    /// precision ≥ 90 %, throughput ≥ 10× Presidio's.
    var targets: [(String, Bool)] {
        let kinds = circle.score.kinds.filter { $0.value.labelled > 0 }.keys.sorted()
        let behind = kinds.filter { kind in
            let presidioRecall = presidio.score.kinds[kind]?.recall ?? 0
            return circle.score.kinds[kind]!.recall < (presidioRecall.isNaN ? 0 : presidioRecall)
        }
        return [
            ("recall ≥ 99% overall", circle.score.overall.recall >= 0.99),
            ("recall ≥ Presidio's for every kind" + (behind.isEmpty ? "" : " (behind on \(behind.joined(separator: ", ")))"), behind.isEmpty),
            ("precision ≥ 90%", circle.score.overall.precision >= 0.90),
            ("throughput ≥ 10× Presidio's", circle.megabytesPerSecond >= 10 * presidio.megabytesPerSecond),
        ]
    }

    func table(repetitions: Int) -> String {
        func percent(_ value: Double) -> String { value.isNaN ? "—" : String(format: "%.1f%%", value * 100) }
        var lines = [
            "Privacy: Circle's anonymiser beside \(presidioTool)",
            "\(contributions) contributions, \(Figure.number(Double(bytes) / 1e6)) MB. Found: a predicted span overlaps the labelled one;"
                + " covered: every character of it is inside predicted spans; precision: predicted spans that overlap a label.",
            "",
            "| kind | labelled | Circle recall | Circle covered | Circle precision | Presidio recall | Presidio covered | Presidio precision |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        let kinds = Set(circle.score.kinds.keys).union(presidio.score.kinds.keys).sorted { a, b in
            let la = circle.score.kinds[a]?.labelled ?? 0, lb = circle.score.kinds[b]?.labelled ?? 0
            return la != lb ? la > lb : a < b
        }
        func row(_ name: String, _ c: PrivacyScore.Counts?, _ p: PrivacyScore.Counts?, labelled: Int) -> String {
            let c = c ?? .init(), p = p ?? .init()
            return "| \(name) | \(labelled) | \(percent(c.recall)) | \(percent(c.coveredShare)) | \(percent(c.precision))"
                + " (\(c.predicted - c.correct) FP) | \(percent(p.recall)) | \(percent(p.coveredShare)) | \(percent(p.precision))"
                + " (\(p.predicted - p.correct) FP) |"
        }
        for kind in kinds {
            let labelled = circle.score.kinds[kind]?.labelled ?? presidio.score.kinds[kind]?.labelled ?? 0
            lines.append(row(kind, circle.score.kinds[kind], presidio.score.kinds[kind], labelled: labelled))
        }
        lines.append(row("**all**", circle.score.overall, presidio.score.overall, labelled: circle.score.overall.labelled))
        lines.append("")
        lines.append("Throughput (CPU time, one thread each): Circle \(Figure.number(circle.megabytesPerSecond)) MB/s"
            + " (median of \(repetitions) passes of Anonymiser.findings), Presidio \(Figure.number(presidio.megabytesPerSecond)) MB/s"
            + " (one pass of AnalyzerEngine.analyze); \(Figure.number(circle.megabytesPerSecond / presidio.megabytesPerSecond))×.")
        lines.append("")
        for (target, met) in targets { lines.append("\(met ? "met    " : "MISSED ") \(target)") }
        return lines.joined(separator: "\n")
    }

    enum CodingKeys: String, CodingKey {
        case contributions, bytes, presidioTool, circle, presidio
    }
}

extension Timing {
    /// CPU seconds this process spends in `body`: fair beside another process's CPU time on a
    /// machine other work shares.
    static func cpuSeconds(_ body: () throws -> Void) rethrows -> Double {
        var start = timespec()
        var end = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &start)
        try body()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &end)
        return Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) * 1e-9
    }
}
