import Foundation
import LuaKit

/// Runs one session of a format, turn by turn.
///
/// The format's `run` is a coroutine. Each value it yields is a `SessionRequest`;
/// the engine shows events, asks the `SessionIO` for input at interactive steps,
/// writes each accepted line to the journal (fsync'ed) and only then resumes the
/// script. A resumed session replays its journal into a fresh state first, so it
/// continues exactly where it stopped.
public final class SessionEngine {
    /// Everything that defines a session apart from the people's names.
    public struct Setup: Sendable {
        public var formatPath: String
        public var library: String?
        public var participants: Int
        public var team: TeamCode?
        public var scenarioPath: String?
        public var seed: Int64
        public var id: String
        /// Records this team's previous session of the format carried forward (`s.carried`).
        public var carried: [String: [String]] = [:]
        /// Senior leaders' responses the facilitator imported (`s.responses`), newest quarter first.
        public var responses: [LeadersResponse] = []
        /// What the whole session may take from the host.
        public var limits = SessionLimits()
        /// The organisation file's details formats read (`s.organisation`: signposting, who acts on
        /// a safeguarding concern); nil runs without one. Its path goes in the journal's header, so
        /// a resumed session reads the same file.
        public var organisation: Organisation?
        /// The themes a session may tag: the codebook (the format's own `themes` are added). A live
        /// session always has one (see `LiveSession`); nil, for rehearsals and lint without a
        /// codebook, checks theme ids against their pattern only.
        public var codebook: Codebook?
        /// The participants' handles in seating order: pseudonyms for a group that carries records
        /// between meetings (see `LiveSession`); nil: P1, P2, ….
        public var handles: [Handle]?

        public init(
            formatPath: String, library: String?, participants: Int, team: TeamCode? = nil,
            scenarioPath: String? = nil, seed: Int64 = Int64.random(in: 1...Int64(Int32.max)), id: String = RandomID.make()
        ) {
            self.formatPath = formatPath
            self.library = library
            self.participants = participants
            self.team = team
            self.scenarioPath = scenarioPath
            self.seed = seed
            self.id = id
        }
    }

    public enum Outcome: Equatable, Sendable {
        case complete, endedEarly, paused
    }

    public let setup: Setup
    public let definition: FormatDefinition
    /// The session so far as text, a line per event (see `SessionEvent.transcript`).
    public var transcript: [String] { transcriptText.lines }
    /// Themes tagged by the format or the facilitator, with how often.
    public private(set) var themeCounts: [ThemeID: Int] = [:]
    /// How often each theme was tagged as a strength (`#peer-support+`) or a concern (`#workload-`).
    public private(set) var themeDirections: [ThemeID: ThemeRecord.Directions] = [:]
    /// What the format recorded (`s:record`), in order, with the theme an item was filed under (`theme =`).
    public private(set) var records: [(key: String, value: [String], theme: ThemeID?)] = []
    /// Records to carry to this team's next session of the format (`s:record(k, v, { carry = true })`).
    public private(set) var carryForward: [String: [String]] = [:]
    public private(set) var phasesCompleted = 0
    /// Whether the format ran to its end (not ended early with `/end`, nor paused).
    public private(set) var ranToEnd = false
    public private(set) var contributions = 0
    /// The facilitator's private notes, in order: each `/note`, and a reminder to follow up with
    /// each person who stepped out. Shown back to the facilitator when the session closes; never
    /// in the record.
    public private(set) var privateNotes: [String] = []
    /// Who has stepped out (`/step-out`) and not stepped back in, in the order they stepped out.
    public private(set) var away: [Handle] = []
    /// Whether `away` changed since the format last heard (the next answer tells it).
    private var awayChanged = false

    private let format: LoadedFormat
    /// The themes tags may name (see `Setup.codebook`).
    private let themes: Codebook?
    private let io: SessionIO
    private let journal: JournalWriter?
    private let replay: JournalEntries
    private var replayReader: JournalEntries.Reader?
    private let clockOffset: Double
    private let phaseTotal: Int?
    private var replayed = 0
    private var step = 0
    private var now: Double = 0
    private var phase: (name: String, index: Int, started: Double, minutes: Double?, warned: Int)?
    private var phaseIndex = 0
    private var lastPrompt: String?
    private var transcriptText = TranscriptText()
    private var budget: SessionBudget
    /// The texts of the last requests, used again when a request repeats them.
    private var texts = RequestTexts()
    /// The last interactive request and its journal key.
    private var lastKey: (request: SessionRequest, key: String)?
    /// Why the session was stopped, once it is over its budget.
    private var stopped: String?

    /// Prepares a session. `journalPath` nil runs without a journal (rehearsals, lint);
    /// `replay` holds the entries of a journal being resumed (read as they are replayed).
    public init(setup: Setup, io: SessionIO, journalPath: String?, replay: JournalEntries = .none, phaseTotal: Int? = nil)
        throws
    {
        self.setup = setup
        self.io = io
        self.replay = replay
        self.phaseTotal = phaseTotal
        clockOffset = replay.last?.at ?? 0
        budget = SessionBudget(setup.limits)
        guard (1...HostLimits.participants).contains(setup.participants) else {
            throw CircleError(.format, "a session needs between 1 and \(HostLimits.participants) participants (got \(setup.participants))")
        }
        if let handles = setup.handles, handles.count != setup.participants || Set(handles).count != handles.count {
            throw CircleError(.input, "a session of \(setup.participants) needs as many different handles (got \(handles.map(\.rawValue).joined(separator: ", ")))")
        }
        format = try LoadedFormat(path: setup.formatPath, library: setup.library, seed: setup.seed)
        definition = format.definition
        themes = setup.codebook?.adding(definition.themes)
        guard let journalPath else { journal = nil; return }
        let header = JournalHeader(
            id: setup.id, format: definition.id, formatVersion: definition.version, formatFile: setup.formatPath,
            participants: setup.participants, team: setup.team, scenario: setup.scenarioPath, seed: setup.seed,
            started: ISO8601DateFormatter().string(from: Date()), organisation: setup.organisation?.path, handles: setup.handles)
        journal = try JournalWriter(path: journalPath, header: replay.isEmpty && !FileManager.default.fileExists(atPath: journalPath) ? header : nil)
    }

    /// Whether the session is still replaying its journal: an error then means the journal no
    /// longer replays (the format changed), not that the live session went wrong.
    public var isReplaying: Bool { replayed < replay.count }

    /// Handles of the participants in seating order: P1, P2, …, or the group's pseudonyms.
    public var handles: [Handle] { setup.handles ?? (1...setup.participants).map(Handle.init(number:)) }

    public func run() throws -> Outcome {
        let scenario = try setup.scenarioPath.map { try Scenario.load($0) } ?? .nil
        let coroutine = try format.lua.coroutine(format.start)
        replayReader = try replay.reader()
        // The first resume starts `run` with these; every later one answers a request (nil: nothing to answer).
        var start: [LuaValue]? = [
            format.table, .table(LuaTable(array: handles.map { .string(LuaString($0.rawValue)) })), scenario,
            setup.team.map { .string(LuaString($0.rawValue)) } ?? .nil, .table(Self.table(setup.carried)),
            setup.organisation?.luaValue ?? .nil, .table(responsesTable),
        ]
        var resumeWith: LuaRecord?
        emit(.started(title: definition.title, version: definition.version, agreement: definition.agreement, participants: handles.map(\.rawValue)))
        func read(_ values: LuaStackValues) throws -> SessionRequest {
            // A raw `coroutine.yield` (around the prelude) is named at the author's line.
            func failure(_ message: String) -> CircleError {
                CircleError(.format, values.location(skipping: HostPrelude.chunkName).map { "\($0): \(message) (in \(setup.formatPath))" } ?? "\(setup.formatPath): \(message)")
            }
            if let stopped { throw failure("\(stopped), and the format carried on after it was stopped") }
            do { return try SessionRequest(yielded: values, texts: &texts) } catch let error as CircleError { throw failure(error.description) }
        }
        while true {
            let result: LuaCoroutine.Step<SessionRequest>
            do {
                result = try start.map { try coroutine.resume($0, reading: read) } ?? coroutine.resume(with: resumeWith, reading: read)
                start = nil
            } catch let error as LuaError {
                throw CircleError.format(error.cleaned, path: setup.formatPath)
            }
            switch result {
            case .returned(let values):
                if let stopped { throw CircleError(.format, "\(setup.formatPath): \(stopped)") }
                if replayed < replay.count {
                    throw CircleError(.format, "the journal has \(replay.count - replayed) more answers than the format now asks for; the format was changed after the session started")
                }
                let complete = values.first?.stringValue == "complete"
                ranToEnd = complete
                emit(.finished(complete: complete, phases: phasesCompleted, contributions: contributions))
                return complete ? .complete : .endedEarly
            case .yielded(let request):
                if let reason = budget.charge(request) {
                    // The prelude raises it at the author's line (see `request` in prelude.lua).
                    stopped = reason
                    resumeWith = Self.stop(reason)
                } else if case .theme(let id, _) = request, let refusal = themes?.refusal(of: id, as: "") {
                    // Like a budget stop: raised at the author's line, and never counted.
                    let reason = "s:theme(\"\(id)\"): \(refusal); declare it in the format's themes = { ... }"
                    stopped = reason
                    resumeWith = Self.stop(reason)
                } else if request.isInteractive {
                    guard let answer = try answer(request) else { return .paused }
                    resumeWith = answer
                } else {
                    handle(request)
                    resumeWith = nil
                }
            }
        }
    }

    /// The answer that stops the format at its author's line (see `request` in prelude.lua).
    private static func stop(_ reason: String) -> LuaRecord {
        var record = LuaRecord()
        record.set("control", .string("stop"))
        record.set("message", .string(reason))
        return record
    }

    // MARK: Steps

    private func handle(_ request: SessionRequest) {
        switch request {
        case .say(let text):
            lastPrompt = nil
            emit(.say(text))
        case .phase(let name, let minutes):
            lastPrompt = nil
            phaseIndex += 1
            phase = (name, phaseIndex, now, minutes, 0)
            emit(.phase(index: phaseIndex, total: phaseTotal, name: name, minutes: minutes))
        case .phaseEnd(let name, let skipped):
            if !skipped { phasesCompleted += 1 }
            phase = nil
            emit(.phaseEnded(name: name, skipped: skipped))
        case .assign(let role, let person): emit(.assigned(role: role, person: person))
        case .theme(let id, let note):
            themeCounts[id, default: 0] += 1
            emit(.theme(id: id.rawValue, note: note))
        case .record(let key, let value, let carry, let theme):
            records.append((key, value, theme))
            if carry { carryForward[key] = value }
            emit(.record(key: key, value: value))
        case .flag(_, let text): emit(.flag(text))
        case .remind(let text): emit(.reminder(text))
        case .ask, .write, .choose, .confirm, .pause: break
        }
    }

    /// Gets input for an interactive step until it is answered; returns the Lua
    /// table to resume with, or nil if the facilitator paused.
    private func answer(_ request: SessionRequest) throws -> LuaRecord? {
        step += 1
        if let prompt = request.groupPrompt, prompt != lastPrompt {
            lastPrompt = prompt
            emit(.asked(prompt))
        }
        while true {
            guard let (line, live) = try nextLine(for: request) else { return nil }
            var input = FacilitatorInput.parse(line, for: request)
            if case let (known, refusal)? = unknownTags(in: input) {
                // Refused as typed, so never journalled; a journal written before (or under another
                // codebook) replays without the tag.
                input = live ? .invalid(refusal + "; to keep the words as typed, start the line with \\") : known
            }
            if case .invalid(let message) = input, !live {
                throw CircleError(.format, "journal step \(step): '\(line)' is not a valid answer to \(key(of: request)) (\(message))")
            }
            switch input {
            case .invalid(let message):
                try io.reject(message, context: context)
                continue
            case .help:
                try io.reject(FacilitatorInput.helpText, context: context)
                continue
            case .pause:
                return nil
            case .stepOut(let person), .stepIn(let person):
                if let problem = stepProblem(input, person) {
                    if !live { throw CircleError(.format, "journal step \(step): '\(line)' is not a valid answer to \(key(of: request)) (\(problem))") }
                    try io.reject(problem, context: context)
                    continue
                }
            default: break
            }
            if live { try journal?.append(JournalEntry(step: step, key: key(of: request), input: line, at: now)) }
            checkTime()
            switch input {
            case .extend(let minutes):
                if var current = phase {
                    current.minutes = (current.minutes ?? 0) + Double(minutes)
                    current.warned = 0
                    phase = current
                }
                emit(.extended(minutes: minutes))
            case .note(let text):
                privateNotes.append(text)
                emit(.note(text))
            case .stepOut(let person):
                away.append(person)
                awayChanged = true
                privateNotes.append("\(person) stepped out\(phase.map { " during '\($0.name)'" } ?? ""): follow up with them privately.")
                emit(.steppedOut(person: person.rawValue))
                if case .ask(let asked, _, _, _) = request, asked == person.rawValue {
                    var record = awayRecord()
                    record.set("away_turn", .boolean(true))
                    return record
                }
            case .stepIn(let person):
                away.removeAll { $0 == person }
                awayChanged = true
                emit(.steppedIn(person: person.rawValue))
            case .tag(let themes):
                count(themes)
                emit(.tagged(themes.map(\.description)))
            case .answer(let answer): return luaAnswer(answer, to: request)
            case .invalid, .help, .pause: break
            }
        }
    }

    /// For input that tags a theme the codebook does not have: the input without it, and the
    /// refusal of the first such tag. Nil when every tag is a theme (or there is no codebook).
    private func unknownTags(in input: FacilitatorInput) -> (FacilitatorInput, String)? {
        guard let themes else { return nil }
        switch input {
        case .tag(let tags):
            guard let first = themes.unknown(tags.map(\.theme)).first, let refusal = themes.refusal(of: first) else { return nil }
            return (.tag(tags.filter { themes.contains($0.theme) }), refusal)
        case .answer(.text(let text, let tags)):
            guard let first = themes.unknown(tags.map(\.theme)).first, let refusal = themes.refusal(of: first) else { return nil }
            return (.answer(.text(text, themes: tags.filter { themes.contains($0.theme) })), refusal)
        default:
            return nil
        }
    }

    /// The next line: from the journal while replaying, then from the facilitator.
    private func nextLine(for request: SessionRequest) throws -> (String, live: Bool)? {
        if replayed < replay.count {
            guard let entry = try replayReader?.next() else {
                throw CircleError(.format, "\(replay.path): the journal became shorter while the session was being resumed; resume it again")
            }
            guard entry.step == step, entry.key == key(of: request) else {
                throw CircleError(
                    .format, "the journal no longer matches the format at step \(step): the journal answered “\(entry.key)” but the format now asks “\(key(of: request))”; the format was edited after this session started")
            }
            replayed += 1
            now = entry.at
            return (entry.input, false)
        }
        guard let line = try io.line(for: request, context: context) else { return nil }
        now = clockOffset + io.clock()
        return (line, true)
    }

    /// The journal key of `request`, made once while a round asks the same question again.
    private func key(of request: SessionRequest) -> String {
        if let lastKey, lastKey.request == request { return lastKey.key }
        let key = request.key
        lastKey = (request, key)
        return key
    }

    /// Why a `/step-out` or `/step-in` cannot be taken now, or nil when it can.
    private func stepProblem(_ input: FacilitatorInput, _ person: Handle) -> String? {
        guard handles.contains(person) else { return "\(person) is not in this session (P1 to P\(setup.participants))" }
        switch input {
        case .stepOut where away.contains(person): return "\(person) has already stepped out; /step-in \(person) when they are back"
        case .stepIn where !away.contains(person): return "\(person) has not stepped out"
        default: return nil
        }
    }

    /// The start of every answer the format is resumed with: the clock, and who is away when
    /// that changed since the last answer.
    private func awayRecord() -> LuaRecord {
        var record = LuaRecord()
        record.set("clock", .number(now))
        if awayChanged {
            record.set("away", .strings(away.map(\.rawValue)))
            awayChanged = false
        }
        return record
    }

    /// Counts tagged themes, and the direction of those tagged with one.
    private func count(_ mentions: [ThemeMention]) {
        for mention in mentions {
            themeCounts[mention.theme, default: 0] += 1
            switch mention.direction {
            case .strength: themeDirections[mention.theme, default: .init()].strength += 1
            case .concern: themeDirections[mention.theme, default: .init()].concern += 1
            case nil: break
            }
        }
    }

    private func luaAnswer(_ answer: FacilitatorInput.Answer, to request: SessionRequest) -> LuaRecord {
        var record = awayRecord()
        switch (answer, request) {
        case (.text(let text, let themes), .ask(let person, _, _, _)):
            contributions += 1
            count(themes)
            emit(.contribution(person: person, text: text, themes: themes.map(\.description)))
            record.set("text", .string(text))
            record.set("themes", .strings(themes.map(\.theme.rawValue)))
        case (.text(let text, let themes), .write):
            contributions += 1
            count(themes)
            emit(.written(text: text, themes: themes.map(\.description)))
            record.set("text", .string(text))
            record.set("themes", .strings(themes.map(\.theme.rawValue)))
        case (.done, .write):
            record.set("done", .boolean(true))
        case (.aloud, .write):
            record.set("aloud", .boolean(true))
        case (.pass, .ask(let person, _, _, _)):
            emit(.passed(person: person))
            record.set("passed", .boolean(true))
        case (.choice(let index), .choose(let prompt, let options)):
            emit(.chosen(prompt: prompt, option: options[index - 1]))
            record.set("index", .integer(Int64(index)))
        case (.confirm(let yes), .confirm(let prompt)):
            emit(.confirmed(prompt: prompt, yes: yes))
            record.set("yes", .boolean(yes))
        case (.acknowledged, .pause(let text)):
            emit(.paused(text))
        case (.skipPhase, _):
            record.set("control", .string("skip"))
        case (.endSession, _):
            record.set("control", .string("end"))
        default:
            break
        }
        return record
    }

    /// Warns once when a phase's time box is nearly used, and once when it is over.
    private func checkTime() {
        guard var current = phase, let minutes = current.minutes else { return }
        let left = minutes * 60 - (now - current.started)
        guard left.isFinite else { return }
        if left <= 0, current.warned < 2 {
            current.warned = 2
            emit(.timer("time is up for '\(current.name)': /extend N, /skip to move on, or carry on"))
        } else if left <= max(60, minutes * 12), current.warned < 1 {
            current.warned = 1
            emit(.timer("about \(max(1, Int((left / 60).rounded()))) min left in '\(current.name)'"))
        }
        phase = current
    }

    /// `s.responses`: a list of `{ theme, label, text, quarter }`.
    private var responsesTable: LuaTable {
        LuaTable(array: setup.responses.map { response in
            var entry = LuaTable()
            entry["theme"] = .string(LuaString(response.theme.rawValue))
            entry["label"] = .string(LuaString(themes?.theme(response.theme)?.label ?? response.theme.rawValue))
            entry["text"] = .string(LuaString(response.text))
            entry["quarter"] = .string(LuaString(response.quarter))
            return .table(entry)
        })
    }

    private static func table(_ carried: [String: [String]]) -> LuaTable {
        var table = LuaTable()
        for (key, values) in carried { table[key] = .table(LuaTable(array: values.map { .string(LuaString($0)) })) }
        return table
    }

    private var context: TurnContext {
        TurnContext(
            title: definition.title, step: step, phase: phase?.name, phaseIndex: phase?.index ?? phaseIndex,
            phaseTotal: phaseTotal,
            secondsLeft: phase.flatMap { p in p.minutes.map { $0 * 60 - (clockOffset + io.clock() - p.started) } })
    }

    private func emit(_ event: SessionEvent) {
        transcriptText.append(event.transcript)
        if replayed >= replay.count { io.show(event) }
    }
}
