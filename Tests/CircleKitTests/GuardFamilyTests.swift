import Foundation
import Testing
import Yams

@testable import CircleKit

/// The guard families of `Scripts/lib/guards`, run through the real engine and prelude (so the
/// host's one normalisation and sentence split are what is tested), over the sentences in
/// `Fixtures/guard_sentences.yaml`: at least 20 per family that must flag, 20 that must not.
@Suite struct GuardFamilyTests {
    static let families = ["advice", "blame", "action", "questions", "allocation", "retelling", "certainty", "interpretation"]

    /// Each family's sentences: (flags, quiet).
    static func sentences() throws -> [String: (flags: [String], quiet: [String])] {
        let text = try String(contentsOfFile: Fixture.path("guard_sentences.yaml"), encoding: .utf8)
        let root = try #require(try Yams.compose(yaml: text)?.mapping)
        var out: [String: (flags: [String], quiet: [String])] = [:]
        for (key, value) in root {
            let family = try #require(key.string)
            let lists = try #require(value.mapping)
            out[family] = (lists["flags"]?.sequence?.compactMap(\.string) ?? [], lists["quiet"]?.sequence?.compactMap(\.string) ?? [])
        }
        return out
    }

    /// Which of `sentences` the engine flagged under `family`'s rule, in one session.
    static func flagged(_ family: String, _ sentences: [String]) throws -> [String: Bool] {
        // "\" keeps each sentence exactly as written (no #tags, no commands).
        let io = ScriptedIO([family] + sentences.map { "\\" + $0 } + ["pass", "done"])
        let setup = SessionEngine.Setup(
            formatPath: Fixture.path("guard_probe.lua"), library: Fixture.root.appendingPathComponent("Scripts/lib").path,
            participants: 1, seed: 1)
        let engine = try SessionEngine(setup: setup, io: io, journalPath: nil)
        #expect(try engine.run() == .complete)
        var result: [String: Bool] = [:]
        var last: String?
        for event in io.shown {
            switch event {
            case .contribution(_, let text, _):
                last = text
                result[text] = false
            case .flag:
                if let last { result[last] = true }
            default: break
            }
        }
        #expect(result.count == Set(sentences).count, "every sentence reached the engine")
        return result
    }

    @Test(arguments: families)
    func flagsWhatItShouldAndNothingElse(_ family: String) throws {
        let lists = try #require(try Self.sentences()[family])
        #expect(lists.flags.count >= 20, "at least 20 sentences that must flag")
        #expect(lists.quiet.count >= 20, "at least 20 sentences that must not")
        let flagged = try Self.flagged(family, lists.flags + lists.quiet)
        for sentence in lists.flags { #expect(flagged[sentence] == true, "\(family) should flag: \(sentence)") }
        for sentence in lists.quiet { #expect(flagged[sentence] == false, "\(family) should stay quiet on: \(sentence)") }
    }

    /// The issue's own examples, whichever family they meet: resonance, an open question and
    /// vulnerability stay quiet under every family that could mistake them.
    @Test func theIssuesExamplesStayQuietEverywhere() throws {
        let quiet = [
            "I would have cried in that car too", "What about this feels hardest for you?",
            "I felt useless when the inspection feedback came in",
        ]
        for family in Self.families {
            let flagged = try Self.flagged(family, quiet)
            for sentence in quiet { #expect(flagged[sentence] == false, "\(family) flagged: \(sentence)") }
        }
    }

    /// Apostrophes are normalised once: a curly one reads as a straight one.
    @Test func curlyAndStraightApostrophesReadTheSame() throws {
        let flagged = try Self.flagged("advice", ["Why don’t you ring her?", "Why don't you ring her?", "Why donʼt you ring her?"])
        #expect(flagged.values.allSatisfy { $0 })
    }

    /// "fault" is a word, not a part of one.
    @Test func wordsMatchOnlyWhole() throws {
        let flagged = try Self.flagged("blame", ["The default settings are wrong.", "It was the manager's fault."])
        #expect(flagged["The default settings are wrong."] == false)
        #expect(flagged["It was the manager's fault."] == true)
    }
}
