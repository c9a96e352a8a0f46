import LuaKit

/// What a format asks the host for at one step (one value yielded by `run`).
public enum SessionRequest: Equatable, Sendable {
    case say(String)
    /// `next`: whose turn follows in the round, when the format knows (for the room view's "next up").
    case ask(person: String, prompt: String, canPass: Bool, next: String? = nil)
    /// One anonymous written contribution to a written round (no author), until `/done`;
    /// `/aloud` goes round the `people` in turn instead. A device may send `perDevice` contributions.
    case write(prompt: String, people: Int, perDevice: Int = 1)
    case choose(prompt: String, options: [String])
    case confirm(prompt: String)
    case pause(String)
    case phase(name: String, minutes: Double?)
    case phaseEnd(name: String, skipped: Bool)
    case assign(role: String, person: String)
    case theme(id: ThemeID, note: String?)
    /// `theme`: the theme a learning point or feedback item is filed under, when the format gave one.
    case record(key: String, value: [String], carry: Bool, theme: ThemeID? = nil)
    case flag(rule: String, text: String)
    /// Text for the facilitator alone (`s:remind`): never read out, never on the room view.
    case remind(String)

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
        case .ask(_, let prompt, _, _), .write(let prompt, _, _): prompt
        default: nil
        }
    }

    /// Identifies an interactive step in the journal, so replay can tell when the format changed.
    var key: String {
        switch self {
        case .ask(let person, let prompt, _, _): "ask \(person): \(prompt)"
        case .write(let prompt, _, _): "write: \(prompt)"
        case .choose(let prompt, let options): "choose: \(prompt) [\(options.joined(separator: " | "))]"
        case .confirm(let prompt): "confirm: \(prompt)"
        case .pause(let text): "pause: \(text)"
        default: ""
        }
    }

    /// Decodes what the prelude yielded, field by field where it lies on the coroutine's
    /// stack; anything else is the format's mistake. The prelude has checked its own
    /// requests; this checks again, for values yielded around it, so that no shape, size or
    /// number (NaN, infinities, 1e300) reaches the engine unchecked.
    init(yielded values: LuaStackValues, texts: inout RequestTexts) throws {
        guard values.count == 1, let t = values.table(1), let op = t.string("op") else {
            let shown = (try? values.values())?.prefix(8).map { String($0.description.prefix(80)) }.joined(separator: ", ") ?? "\(values.count) values"
            throw CircleError(.format, "the format yielded \(FormatText.clean(shown)) to the host; call the s: functions instead of coroutine.yield")
        }
        func field(_ key: String, max: Int) throws -> String? {
            try t.bytes(key) { bytes in
                guard bytes.count <= max else {
                    throw CircleError(.format, "the format's '\(op)' request has a '\(key)' of \(bytes.count) bytes; the most the host takes is \(max)")
                }
                return texts.text(of: bytes, field: key)
            } ?? nil
        }
        func text(_ key: String) throws -> String { try field(key, max: HostLimits.text) ?? "" }
        func name(_ key: String) throws -> String { try field(key, max: HostLimits.name) ?? "" }
        func list(_ key: String) throws -> [String]? {
            guard let items = t.strings(key) else { return nil }
            guard items.count <= HostLimits.list, items.allSatisfy({ $0.utf8.count <= HostLimits.text }) else {
                throw CircleError(.format, "the format's '\(op)' request has a '\(key)' list longer than \(HostLimits.list) entries or with an entry over \(HostLimits.text) bytes")
            }
            return items.map(FormatText.clean)
        }
        switch op {
        case "say": self = .say(try text("text"))
        case "ask":
            self = .ask(
                person: try name("person"), prompt: try text("prompt"), canPass: t.boolean("pass") != false, next: try field("next", max: HostLimits.name))
        case "write":
            guard let people = t.number("people"), people.rounded() == people, (0...Double(HostLimits.participants)).contains(people) else {
                throw CircleError(.format, "the format's 'write' request needs 'people', a whole number from 0 to \(HostLimits.participants)")
            }
            let perDevice = t.number("per_device") ?? 1
            guard perDevice.rounded() == perDevice, (1...Double(HostLimits.perDevice)).contains(perDevice) else {
                throw CircleError(.format, "the format's 'write' request has per_device = \(perDevice); a device may send a whole number from 1 to \(HostLimits.perDevice) contributions")
            }
            self = .write(prompt: try text("prompt"), people: Int(people), perDevice: Int(perDevice))
        case "choose":
            guard let options = try list("options"), !options.isEmpty else {
                throw CircleError(.format, "the format's 'choose' request needs a list of at least one option")
            }
            self = .choose(prompt: try text("prompt"), options: options)
        case "confirm": self = .confirm(prompt: try text("prompt"))
        case "pause": self = .pause(try text("text"))
        case "phase":
            let minutes = t.number("minutes")
            if let minutes, !(minutes > 0 && minutes <= HostLimits.minutes) {
                throw CircleError(.format, "the format's 'phase' request has minutes = \(minutes); a phase lasts more than 0 and at most \(Int(HostLimits.minutes)) minutes")
            }
            self = .phase(name: try name("name"), minutes: minutes)
        case "phase_end": self = .phaseEnd(name: try name("name"), skipped: t.boolean("skipped") == true)
        case "assign": self = .assign(role: try name("role"), person: try name("person"))
        case "theme": self = .theme(id: try ThemeID(try name("id")), note: try field("note", max: HostLimits.text))
        case "record":
            self = .record(
                key: try name("key"), value: try field("value", max: HostLimits.text).map { [$0] } ?? list("value") ?? [],
                carry: t.boolean("carry") == true, theme: try field("theme", max: HostLimits.name).map(ThemeID.init(_:)))
        case "flag": self = .flag(rule: try name("rule"), text: try text("text"))
        case "remind": self = .remind(try text("text"))
        default: throw CircleError(.format, "the format yielded an unknown request '\(FormatText.clean(String(op.prefix(40))))' to the host")
        }
    }

    /// Bytes of format text the request hands the host (charged to the session's budget).
    var bytes: Int {
        switch self {
        case .say(let text), .pause(let text), .confirm(let text), .remind(let text): text.utf8.count
        case .ask(let person, let prompt, _, let next): person.utf8.count + prompt.utf8.count + (next?.utf8.count ?? 0)
        case .write(let prompt, _, _): prompt.utf8.count
        case .choose(let prompt, let options): options.reduce(prompt.utf8.count) { $0 + $1.utf8.count }
        case .phase(let name, _), .phaseEnd(let name, _): name.utf8.count
        case .assign(let role, let person): role.utf8.count + person.utf8.count
        case .theme(let id, let note): id.rawValue.utf8.count + (note?.utf8.count ?? 0)
        case .record(let key, let value, _, _): value.reduce(key.utf8.count) { $0 + $1.utf8.count }
        case .flag(let rule, let text): rule.utf8.count + text.utf8.count
        }
    }
}

/// The texts of the requests read last, one per field: a format asks the same prompt of
/// person after person, so a text seen again is taken from here rather than copied,
/// checked and cleaned again (most of a long replay's requests repeat their texts).
struct RequestTexts {
    private var last: [(field: String, raw: String, clean: String)] = []

    /// `bytes` (the request's `field`) as valid UTF-8 cleaned for a terminal (`FormatText`); nil if not UTF-8.
    mutating func text(of bytes: UnsafeRawBufferPointer, field: String) -> String? {
        let slot = last.firstIndex { $0.field == field }
        if let slot, last[slot].raw.hasUTF8(bytes) {
            return last[slot].clean
        }
        guard let raw = String(validating: bytes, as: UTF8.self) else { return nil }
        let clean = FormatText.clean(raw)
        if let slot { last[slot] = (field, raw, clean) } else { last.append((field, raw, clean)) }
        return clean
    }
}
