import LuaKit

/// What a format asks the host for at one step (one value yielded by `run`).
public enum SessionRequest: Equatable, Sendable {
    case say(String)
    case ask(person: String, prompt: String, canPass: Bool)
    /// One anonymous written contribution to a written round (no author), until `/done`;
    /// `/aloud` goes round the `people` in turn instead.
    case write(prompt: String, people: Int)
    case choose(prompt: String, options: [String])
    case confirm(prompt: String)
    case pause(String)
    case phase(name: String, minutes: Double?)
    case phaseEnd(name: String, skipped: Bool)
    case assign(role: String, person: String)
    case theme(id: ThemeID, note: String?)
    case record(key: String, value: [String], carry: Bool)
    case flag(rule: String, text: String)

    /// Whether the step waits for the facilitator's input.
    public var isInteractive: Bool {
        switch self {
        case .ask, .write, .choose, .confirm, .pause: true
        default: false
        }
    }

    /// The question put to the group at a turn of a round or a written round.
    public var groupPrompt: String? {
        switch self {
        case .ask(_, let prompt, _), .write(let prompt, _): prompt
        default: nil
        }
    }

    /// Identifies an interactive step in the journal, so replay can tell when the format changed.
    var key: String {
        switch self {
        case .ask(let person, let prompt, _): "ask \(person): \(prompt)"
        case .write(let prompt, _): "write: \(prompt)"
        case .choose(let prompt, let options): "choose: \(prompt) [\(options.joined(separator: " | "))]"
        case .confirm(let prompt): "confirm: \(prompt)"
        case .pause(let text): "pause: \(text)"
        default: ""
        }
    }

    /// Decodes what the prelude yielded, field by field where it lies on the coroutine's
    /// stack; anything else is the format's mistake.
    init(yielded values: LuaStackValues) throws {
        guard values.count == 1, let t = values.table(1), let op = t.string("op") else {
            let shown = (try? values.values())?.map(\.description).joined(separator: ", ") ?? "\(values.count) values"
            throw CircleError(.format, "the format yielded \(shown) to the host; call the s: functions instead of coroutine.yield")
        }
        func text(_ key: String) -> String { t.string(key) ?? "" }
        switch op {
        case "say": self = .say(text("text"))
        case "ask": self = .ask(person: text("person"), prompt: text("prompt"), canPass: t.boolean("pass") != false)
        case "write": self = .write(prompt: text("prompt"), people: Int(t.number("people") ?? 0))
        case "choose": self = .choose(prompt: text("prompt"), options: t.strings("options") ?? [])
        case "confirm": self = .confirm(prompt: text("prompt"))
        case "pause": self = .pause(text("text"))
        case "phase": self = .phase(name: text("name"), minutes: t.number("minutes"))
        case "phase_end": self = .phaseEnd(name: text("name"), skipped: t.boolean("skipped") == true)
        case "assign": self = .assign(role: text("role"), person: text("person"))
        case "theme": self = .theme(id: try ThemeID(text("id")), note: t.string("note"))
        case "record":
            self = .record(
                key: text("key"), value: t.string("value").map { [$0] } ?? t.strings("value") ?? [],
                carry: t.boolean("carry") == true)
        case "flag": self = .flag(rule: text("rule"), text: text("text"))
        default: throw CircleError(.format, "the format yielded an unknown request '\(op)' to the host")
        }
    }
}
