import CircleKit
import Foundation

/// The privacy comparison itself, apart from its command line: Circle's findings and Presidio's
/// on the same corpus, scored by ``PrivacyScore`` and printed as one table.
struct PrivacyComparison {
    var corpus: String
    var names: String
    var python: String
    var presidioResults: String?
    var repetitions: Int
    var jsonPath: String?

    func run() throws {
        let records = try PrivacyCorpus.load(corpus)
        let given = try PrivacyCorpus.names(names)
        let texts = records.map(\.text)
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }

        progress("Circle: \(records.count) contributions, \(Figure.number(Double(bytes) / 1e6)) MB")
        let anonymiser = Anonymiser(names: given.participants, scenarioNames: given.caseNames)
        let circleSpans = texts.map { text in
            anonymiser.findings(in: text).map { finding in
                PrivacySpan(start: text.unicodeScalars.distance(from: text.startIndex, to: finding.range.lowerBound),
                            end: text.unicodeScalars.distance(from: text.startIndex, to: finding.range.upperBound),
                            kind: finding.kind)
            }
        }
        var cpuTimes: [Double] = []
        var found = 0
        for _ in 0..<repetitions {
            cpuTimes.append(Timing.cpuSeconds { for text in texts { found += anonymiser.findings(in: text).count } })
        }
        let circleCPU = cpuTimes.sorted()[cpuTimes.count / 2]

        let presidio = try presidioSide()
        guard presidio.predictions.count == records.count else {
            throw BenchError("Presidio's results hold \(presidio.predictions.count) contributions, the corpus \(records.count): run it again on this corpus")
        }
        let presidioSpans = presidio.predictions.map { $0.map { PrivacySpan(start: $0.start, end: $0.end, kind: PresidioResults.kind(of: $0.entity)) } }

        let circleScore = PrivacyScore(labels: records.map(\.spans), predictions: circleSpans)
        let presidioScore = PrivacyScore(labels: records.map(\.spans), predictions: presidioSpans)
        let circleRate = Double(bytes) / circleCPU / 1e6
        let presidioRate = Double(presidio.bytes) / presidio.cpuSeconds / 1e6
        let report = PrivacyReport(
            contributions: records.count, bytes: bytes, presidioTool: presidio.tool,
            circle: .init(score: circleScore, megabytesPerSecond: circleRate),
            presidio: .init(score: presidioScore, megabytesPerSecond: presidioRate))
        print(report.table(repetitions: repetitions))
        if let jsonPath {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(report).write(to: URL(fileURLWithPath: jsonPath))
            progress("wrote \(jsonPath)")
        }
    }

    /// Runs presidio_side.py (or reads an earlier run's results).
    func presidioSide() throws -> PresidioResults {
        if let presidioResults { return try PresidioResults.load(presidioResults) }
        guard FileManager.default.isExecutableFile(atPath: python) else {
            throw BenchError("\(python) is missing: `make bench-privacy` sets up Presidio in a virtual environment there (pip install presidio-analyzer)")
        }
        let output = NSTemporaryDirectory() + "circle-bench-presidio-\(getpid()).json"
        defer { try? FileManager.default.removeItem(atPath: output) }
        progress("Presidio: \(python) Benchmarks/privacy/presidio_side.py (a minute or more)")
        try ExternalTool(name: "python", path: python).run(["Benchmarks/privacy/presidio_side.py", corpus, names, output])
        return try PresidioResults.load(output)
    }
}

/// One labelled or predicted span, in Unicode scalars (Python string indices), end exclusive.
struct PrivacySpan: Codable, Sendable {
    var start: Int
    var end: Int
    var kind: String

    func overlaps(_ other: PrivacySpan) -> Bool { start < other.end && other.start < end }
}

/// The corpus: one contribution a line, with its labelled spans.
enum PrivacyCorpus {
    struct Record: Decodable {
        var text: String
        var spans: [PrivacySpan]
    }

    struct Names: Decodable {
        var participants: [String]
        var caseNames: [String]
        enum CodingKeys: String, CodingKey {
            case participants
            case caseNames = "case"
        }
    }

    static func load(_ path: String) throws -> [Record] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BenchError("\(path): no such corpus; run from the repository root, or make one with Benchmarks/privacy/make_corpus.py")
        }
        let decoder = JSONDecoder()
        return try data.split(separator: UInt8(ascii: "\n")).enumerated().map { index, line in
            do {
                return try decoder.decode(Record.self, from: Data(line))
            } catch {
                throw BenchError("\(path):\(index + 1): not a corpus record (text and spans): \(error)")
            }
        }
    }

    static func names(_ path: String) throws -> Names {
        guard let data = FileManager.default.contents(atPath: path) else { throw BenchError("\(path): no such names file") }
        do {
            return try JSONDecoder().decode(Names.self, from: data)
        } catch {
            throw BenchError("\(path): expected {\"participants\": [...], \"case\": [...]}: \(error)")
        }
    }
}

/// What presidio_side.py writes.
struct PresidioResults: Decodable {
    struct Prediction: Decodable {
        var start: Int
        var end: Int
        var entity: String
    }

    var tool: String
    var cpuSeconds: Double
    var bytes: Int
    var predictions: [[Prediction]]

    enum CodingKeys: String, CodingKey {
        case tool, bytes, predictions
        case cpuSeconds = "cpu_seconds"
    }

    static func load(_ path: String) throws -> PresidioResults {
        guard let data = FileManager.default.contents(atPath: path) else { throw BenchError("\(path): Presidio wrote no results") }
        return try JSONDecoder().decode(PresidioResults.self, from: data)
    }

    /// Presidio's entity types as the corpus's kinds.
    static func kind(of entity: String) -> String {
        switch entity {
        case "PERSON": "name"
        case "EMAIL_ADDRESS": "email"
        case "PHONE_NUMBER": "phone"
        case "UK_NHS": "nhs-number"
        case "UK_NINO": "ni-number"
        case "UK_POSTCODE": "postcode"
        case "URL": "url"
        case "DATE_TIME": "date"
        case "LOCATION": "place"
        default: entity.lowercased()
        }
    }
}
