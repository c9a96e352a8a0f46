import Foundation

/// `circle lint`: checks a format's metadata, then runs it with simulated
/// participants at its smallest and largest group size, taking every option of
/// every `s:choose` at least once, and reports what an author should fix.
public struct Linter: Sendable {
    /// What lint found in one format.
    public struct Report: Sendable {
        public let file: String
        public var errors: [String] = []
        public var warnings: [String] = []
        public var notes: [String] = []
        public var passed: Bool { errors.isEmpty }
    }

    public let library: String?
    /// The organisation file simulated sessions read (`s.organisation`); nil runs them without one.
    public let organisation: Organisation?
    /// The themes `s:theme` may name (the format's own are added); nil checks ids against their pattern only.
    public let codebook: Codebook?

    public init(library: String?, organisation: Organisation? = nil, codebook: Codebook? = nil) {
        self.library = library
        self.organisation = organisation
        self.codebook = codebook
    }

    public func lint(_ file: String) -> Report {
        var report = Report(file: file)
        let definition: FormatDefinition
        let source: String
        do {
            let loaded = try LoadedFormat(path: file, library: library, seed: 1)
            definition = loaded.definition
            source = loaded.sourceText
        } catch {
            report.errors.append(String(describing: error))
            return report
        }
        var seenPhases: Set<String> = []
        var untaken: [String: Set<Int>] = [:]
        var longest: Double = 0
        for size in Set([definition.minParticipants, definition.maxParticipants]).sorted() {
            var taken: [String: Set<Int>] = [:]
            // Enough runs to take every option of a choice that offers a large group's handles and
            // more, when other choices (a two-way one earlier on) send some runs another way.
            for attempt in 0..<24 {
                let before = taken.values.map(\.count).reduce(0, +)
                let io = SimulatedIO(confirmYes: attempt % 2 == 0) { prompt, options in
                    let done = taken[prompt + "\u{1}" + options.joined(separator: "\u{1}"), default: []]
                    return (1...options.count).first { !done.contains($0) } ?? 1
                }
                do {
                    var setup = SessionEngine.Setup(formatPath: file, library: library, participants: size, seed: Int64(attempt + 1))
                    setup.organisation = organisation
                    setup.codebook = codebook
                    let engine = try SessionEngine(setup: setup, io: io, journalPath: nil)
                    _ = try engine.run()
                    longest = max(longest, io.minutes)
                } catch {
                    report.errors.append("with \(size) participants: \(error)")
                    return report
                }
                seenPhases.formUnion(io.phases)
                for choice in io.choices {
                    let key = choice.prompt + "\u{1}" + choice.options.joined(separator: "\u{1}")
                    taken[key, default: []].insert(choice.taken)
                    untaken[key] = Set(1...choice.options.count)
                }
                let after = taken.values.map(\.count).reduce(0, +)
                if attempt > 0 && after == before { break }
            }
            for (key, options) in untaken { untaken[key] = options.subtracting(taken[key, default: []]) }
        }
        for (key, options) in untaken.sorted(by: { $0.key < $1.key }) where !options.isEmpty {
            let prompt = key.split(separator: "\u{1}").first.map(String.init) ?? key
            report.warnings.append("choice “\(prompt)”: option\(options.count == 1 ? "" : "s") \(options.sorted().map(String.init).joined(separator: ", ")) never taken in simulation")
        }
        for (line, name) in Self.declaredPhases(in: source) where !seenPhases.contains(name) {
            report.warnings.append("\((file as NSString).lastPathComponent):\(line): phase '\(name)' never ran in any simulated session (unreachable?)")
        }
        if longest > definition.minutes {
            report.warnings.append("the phases' time boxes add up to \(EventFormat.minutes(longest)), more than the \(EventFormat.minutes(definition.minutes)) the format declares")
        } else {
            report.notes.append("time boxes add up to \(EventFormat.minutes(longest)) of the \(EventFormat.minutes(definition.minutes)) declared")
        }
        report.notes.append("ran with \(definition.groupSize); \(seenPhases.count) phase\(seenPhases.count == 1 ? "" : "s") reached")
        return report
    }

    /// `s:phase("Name"` calls in the source, with their line numbers.
    static func declaredPhases(in source: String) -> [(Int, String)] {
        var found: [(Int, String)] = []
        for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = Substring(line)
            while let range = rest.range(of: ":phase(") {
                rest = rest[range.upperBound...].drop(while: { $0 == " " })
                guard let quote = rest.first, quote == "\"" || quote == "'" else { continue }
                let body = rest.dropFirst()
                guard let end = body.firstIndex(of: quote) else { break }
                found.append((index + 1, String(body[..<end])))
                rest = body[end...]
            }
        }
        return found
    }
}
