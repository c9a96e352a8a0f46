import Foundation

/// Something that happened in a session, in order. The transcript is these events
/// as text, with participants as their handles (P1, P2…) and never their names.
public enum SessionEvent: Equatable, Sendable {
    case started(title: String, version: Int, agreement: String, participants: [String])
    case phase(index: Int, total: Int?, name: String, minutes: Double?)
    case phaseEnded(name: String, skipped: Bool)
    case say(String)
    /// A question put to the group (shown once when it changes, not at every turn).
    case asked(String)
    case contribution(person: String, text: String, themes: [String])
    /// A written contribution to a written round: anonymous, so it has no person.
    case written(text: String, themes: [String])
    case passed(person: String)
    case chosen(prompt: String, option: String)
    case confirmed(prompt: String, yes: Bool)
    case paused(String)
    case assigned(role: String, person: String)
    case theme(id: String, note: String?)
    case tagged([String])
    case record(key: String, value: [String])
    case flag(String)
    /// A format's reminder to the facilitator alone (`s:remind`).
    case reminder(String)
    case note(String)
    /// Someone stepped out (`/step-out`): for the facilitator only, with no reason.
    case steppedOut(person: String)
    case steppedIn(person: String)
    case timer(String)
    case extended(minutes: Int)
    case finished(complete: Bool, phases: Int, contributions: Int)

    public var transcript: String {
        switch self {
        case .started(let title, let version, let agreement, let participants):
            return "== \(title) (version \(version)) with \(participants.joined(separator: ", ")) ==\nAgreement: \(agreement)"
        case .phase(let index, let total, let name, let minutes):
            let of = total.map { "/\($0)" } ?? ""
            return "-- Phase \(index)\(of): \(name)\(minutes.map { " (\(EventFormat.minutes($0)))" } ?? "") --"
        case .phaseEnded(let name, let skipped): return skipped ? "   (phase '\(name)' skipped)" : "   (end of '\(name)')"
        case .say(let text): return "Facilitator: \(text)"
        case .asked(let prompt): return "» \(prompt)"
        case .contribution(let person, let text, let themes): return Self.tagged("\(person): \(text)", themes)
        case .written(let text, let themes): return Self.tagged("(written): \(text)", themes)
        case .passed(let person): return "\(person): (passes)"
        case .chosen(let prompt, let option): return "\(prompt) → \(option)"
        case .confirmed(let prompt, let yes): return "\(prompt) → \(yes ? "yes" : "no")"
        case .paused(let text): return "[pause] \(text)"
        case .assigned(let role, let person): return "[role] \(role): \(person)"
        case .theme(let id, let note): return "[theme] \(id)" + (note.map { " — \($0)" } ?? "")
        case .tagged(let themes): return "[tagged] " + themes.map { "#\($0)" }.joined(separator: " ")
        case .record(let key, let value): return "[record] \(key): \(value.joined(separator: "; "))"
        case .flag(let text): return "[fidelity] \(text)"
        case .reminder(let text): return "[facilitator only] \(text)"
        case .note(let text): return "[note] \(text)"
        case .steppedOut(let person):
            return "[note] \(person) stepped out (no reason is recorded): their turns are skipped until /step-in \(person). Follow up with them privately."
        case .steppedIn(let person): return "[note] \(person) is back: their turns are asked again."
        case .timer(let text): return "[time] \(text)"
        case .extended(let minutes): return "[time] phase extended by \(EventFormat.minutes(Double(minutes)))"
        case .finished(let complete, let phases, let contributions):
            return "== \(complete ? "Session complete" : "Session ended early"): \(phases) phase\(phases == 1 ? "" : "s"), \(contributions) contribution\(contributions == 1 ? "" : "s") =="
        }
    }

    /// `line`, then its tags: "P1: text  #workload #moral-distress" (appended in place: every
    /// turn of a replay comes through here).
    private static func tagged(_ line: String, _ themes: [String]) -> String {
        var line = line
        for (index, theme) in themes.enumerated() {
            line += index == 0 ? "  #" : " #"
            line += theme
        }
        return line
    }
}

/// Transcript lines kept as UTF-8 text in blocks of a fixed size, so a long session (or a long
/// replay) holds its transcript without an allocation per line, and without the copies a
/// growing buffer leaves behind in the heap as it doubles.
struct TranscriptText {
    static let blockSize = 64 << 10
    private var blocks: [[UInt8]] = []
    /// Where each line ends: its block, and its end within the block (it starts where the
    /// line before it ended, or at 0 in a new block).
    private var ends: [(block: Int32, end: Int32)] = []

    mutating func append(_ line: String) {
        let count = line.utf8.count
        if blocks.isEmpty || blocks[blocks.count - 1].count + count > Self.blockSize {
            blocks.append([])
            blocks[blocks.count - 1].reserveCapacity(max(Self.blockSize, count))
        }
        blocks[blocks.count - 1].append(contentsOf: line.utf8)
        ends.append((Int32(blocks.count - 1), Int32(blocks[blocks.count - 1].count)))
    }

    var lines: [String] {
        var previous: (block: Int32, end: Int32) = (0, 0)
        return ends.map { current in
            defer { previous = current }
            let start = current.block == previous.block ? Int(previous.end) : 0
            return String(decoding: blocks[Int(current.block)][start..<Int(current.end)], as: UTF8.self)
        }
    }
}

/// How events write times.
public enum EventFormat {
    /// "15 min", "2.5 min". Minutes reach here checked (a phase lasts at most a day), but this
    /// holds for any value: one too large for `Int`, or not a number, is written as Swift writes it.
    public static func minutes(_ m: Double) -> String {
        guard m.magnitude < 1e9 else { return "\(m) min" }
        return (m.rounded() == m ? String(Int(m)) : String(format: "%.1f", m)) + " min"
    }
}
