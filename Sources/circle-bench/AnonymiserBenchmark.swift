import CircleKit
import Foundation

/// Comparison 5: anonymiser throughput on a generated corpus of supervision notes, scrubbed
/// one paragraph at a time as learning points are, and on one long text scrubbed in one call.
struct AnonymiserBenchmark {
    let bytes: Int
    let repetitions: Int

    /// The participants' names, as the facilitator types them.
    static let participants = ["Amira Khan", "Ben O'Neill", "Chloe Brown", "Dev Patel", "Grace Mensah", "Zoë Kowalski"]
    /// People in the case material.
    static let scenarioNames = ["Keisha", "Mark", "Callum", "Karen", "Amy", "Mrs Daniels", "Tyler Daniels", "Jay"]

    /// A paragraph with a name, a date, a phone number, a URL and words that are flagged or not,
    /// repeated into one long text.
    static let longTextParagraph = """
        We talked about Keisha's visit on 12 March 2015 and the call to 07700 900123. Then Jasmine arrived \
        and the team felt stretched; the School and CAMHS were slow to reply (see www.example.org). \
        Grace said the family court hearing was hard, and we agreed what helps after a difficult day.\n
        """

    func run() throws -> [Figure] {
        [try paragraphs(), try longText()]
    }

    func paragraphs() throws -> Figure {
        let paragraphs = Corpus.paragraphs(bytes: bytes)
        let total = paragraphs.reduce(0) { $0 + $1.utf8.count }
        let anonymiser = Anonymiser(names: Self.participants, scenarioNames: Self.scenarioNames)
        var removed = 0
        var times: [Double] = []
        for _ in 0..<repetitions {
            removed = 0
            times.append(Timing.seconds {
                for paragraph in paragraphs { removed += anonymiser.scrub(paragraph).removed.values.reduce(0, +) }
            })
        }
        guard removed > 0 else { throw BenchError("the anonymiser removed nothing from the corpus") }
        return Figure(
            "anonymiser throughput", unit: "MB/s", circle: Double(total) / 1e6 / Timing.median(times), target: .atLeast(20),
            repetitions: repetitions,
            note: "Anonymiser(names:scenarioNames:).scrub on \(Figure.number(Double(total) / 1e6)) MB of generated notes in \(Figure.number(Double(paragraphs.count))) paragraphs, one scrub per paragraph; \(Figure.number(Double(removed))) names, dates, phone numbers and other identifiers removed per pass")
    }

    /// One scrub of a long text: the scan stays linear however long the text is.
    func longText() throws -> Figure {
        let paragraph = Self.longTextParagraph
        let text = String(repeating: paragraph, count: bytes / paragraph.utf8.count)
        let anonymiser = Anonymiser(names: ["Keisha"])
        var removed = 0
        var times: [Double] = []
        for _ in 0..<repetitions {
            times.append(Timing.seconds { removed = anonymiser.scrub(text).removed.values.reduce(0, +) })
        }
        guard removed > 0 else { throw BenchError("the anonymiser removed nothing from the long text") }
        return Figure(
            "anonymiser throughput, one long text", unit: "MB/s", circle: Double(text.utf8.count) / 1e6 / Timing.median(times),
            target: .atLeast(20), repetitions: repetitions,
            note: "one Anonymiser(names:).scrub of \(Figure.number(Double(text.utf8.count) / 1e6)) MB: a paragraph with a name, a date, a phone number and a URL, repeated; \(Figure.number(Double(removed))) removed")
    }
}

/// Generated supervision notes: ordinary reflective prose with participants' and case
/// names, unknown capitalised names, dates, UK phone numbers, emails, postcodes and NHS
/// numbers sprinkled in. The same seed gives the same corpus.
enum Corpus {
    static let sentences = [
        "{name} said the visit stayed with her all evening and she could not stop thinking about {case}.",
        "We noticed that the group was pushing {name} the way {case} had felt pushed at home.",
        "The caseload is heavy again this month; two vacancies are still unfilled and everyone is tired.",
        "{case}'s school rang on {date} to say attendance had dropped below eighty per cent.",
        "Mum asked that any message go through her sister on {phone} rather than the landline.",
        "The review conference is booked for {date} at the family centre.",
        "I felt anxious before the visit and I think {case} picked up on it straight away.",
        "{name} wondered whose feelings these really were, and the room went quiet for a while.",
        "The referral came from the GP surgery, and the health visitor can be reached on {phone}.",
        "Dad has moved to {postcode} and wants contact to restart before Christmas.",
        "We spent a long time on how to stay curious about culture without making assumptions.",
        "The NHS number on the referral was {nhs}, which the school nurse confirmed.",
        "{unknown} from the housing team emailed {email} about the repairs.",
        "Supervision has been cancelled twice, and {name} said it leaves her carrying everything alone.",
        "On {date} the court asked for an updated assessment within four weeks.",
        "It helped to slow down and ask what the worker brings to the next visit.",
        "Mrs {unknown} said she would rather speak to {case} herself first.",
        "There was real warmth in the room when {name} described the first time {case} laughed.",
        "We agreed to take this to the team manager rather than leave it with one worker.",
        "Nobody wants to be the one who says they are struggling, so people keep going.",
    ]
    static let unknownNames = ["Okafor", "Whitfield", "Nadia", "Siobhan", "Hussain", "Ferreira", "Beatrix", "Lindqvist"]
    static let months = ["January", "March", "May", "July", "September", "November"]
    static let postcodes = ["SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "LS6 2AB"]
    static let nhsNumbers = ["943 476 5919", "4010232137", "401 023 2137"]

    /// Paragraphs of three to eight sentences, until they hold at least `bytes` bytes.
    static func paragraphs(bytes: Int) -> [String] {
        var random = SplitMix64(seed: 20_251_101)
        var result: [String] = []
        var total = 0
        while total < bytes {
            var paragraph = ""
            for _ in 0..<(3 + random.next(6)) {
                paragraph += fill(templates[random.next(templates.count)], &random) + " "
            }
            paragraph.removeLast()
            total += paragraph.utf8.count
            result.append(paragraph)
        }
        return result
    }

    /// The sentences cut into literal text and `{slot}` names, once.
    static let templates: [[(literal: String, slot: String?)]] = sentences.map { sentence in
        let pieces = sentence.split(separator: "{", omittingEmptySubsequences: false)
        return [(String(pieces[0]), nil)] + pieces.dropFirst().map { piece in
            let parts = piece.split(separator: "}", maxSplits: 1, omittingEmptySubsequences: false)
            return (String(parts[1]), String(parts[0]))
        }
    }

    /// A sentence with its slots filled; each piece's slot comes before its literal text.
    static func fill(_ template: [(literal: String, slot: String?)], _ random: inout SplitMix64) -> String {
        var text = ""
        for piece in template {
            if let name = piece.slot { text += slot(name, &random) }
            text += piece.literal
        }
        return text
    }

    static func slot(_ name: String, _ random: inout SplitMix64) -> String {
        func pick(_ options: [String]) -> String { options[random.next(options.count)] }
        switch name {
        case "name": return pick(AnonymiserBenchmark.participants.map { String($0.split(separator: " ")[0]) })
        case "case": return pick(AnonymiserBenchmark.scenarioNames.map { String($0.split(separator: " ").last!) })
        case "unknown": return pick(unknownNames)
        case "date":
            let day = 1 + random.next(28)
            switch random.next(3) {
            case 0: return String(format: "%02d/%02d/20%02d", day, 1 + random.next(12), 20 + random.next(6))
            case 1: return "\(day) \(pick(months)) 202\(random.next(6))"
            default: return "\(pick(months)) \(day), 202\(random.next(6))"
            }
        case "phone": return random.next(2) == 0 ? "07700 900\(100 + random.next(900))" : "0113 496 0\(100 + random.next(900))"
        case "postcode": return pick(postcodes)
        case "nhs": return pick(nhsNumbers)
        case "email": return "duty.team\(random.next(50))@example.gov.uk"
        default: return name
        }
    }
}

/// A small, fast, seeded generator (SplitMix64), so the corpus is the same every run.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A number in 0..<bound.
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
