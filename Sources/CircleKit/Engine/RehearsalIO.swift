import Foundation
import Yams

/// A rehearsal: the answers of a whole session, in order, in a YAML file, played
/// without a person. Each answer may say which step it is for (`expect:`, matched
/// against the participant's handle or the start of the prompt), so a rehearsal
/// that has drifted from its format is reported at the exact answer.
///
/// ```yaml
/// participants: 4
/// seed: 7
/// team: T1
/// minutes_per_answer: 1
/// carried: { actions: ["P2: ring the school"] }   # what last session carried forward
/// organisation: ../../examples/organisation.yaml   # s.organisation (relative to this file); none if absent
/// responses:                                        # s.responses: what senior leaders did ("you said, we did")
///   - { theme: workload, quarter: 2026-Q3, text: "Caseloads capped at 18 from October" }
/// answers:
///   - "Tired but glad to be here #workload"
///   - pass
///   - { expect: "Who will present", answer: "2" }
/// ```
public final class RehearsalIO: SessionIO {
    public struct Answer: Equatable, Sendable {
        public let text: String
        public let expect: String?
        public let line: Int
    }

    public let path: String
    public let participants: Int
    public let seed: Int64
    public let team: TeamCode?
    /// Case material named in the file (`scenario:`), used when none is given on the command line.
    public let scenario: String?
    /// What the previous session of this set carried forward (`carried:` in the file).
    public let carried: [String: [String]]
    /// The organisation file named in the rehearsal (`organisation:`, relative to the rehearsal),
    /// nil when it names none: a rehearsal never picks one up from the environment, so it plays the same everywhere.
    public let organisation: Organisation?
    /// Senior leaders' responses the session reads (`responses:` in the file), as a facilitator would have imported them.
    public let responses: [LeadersResponse]
    public let answers: [Answer]
    let secondsPerAnswer: Double
    private var next = 0
    private var elapsed: Double = 0

    public init(path: String) throws {
        self.path = path
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw CircleError(.rehearsal, "\(path): cannot read the rehearsal file")
        }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text), case .mapping(let mapping) = node else {
                throw CircleError(.rehearsal, "\(path): a rehearsal must be a YAML mapping with participants: and answers:")
            }
            root = .mapping(mapping)
        } catch let error as CircleError { throw error } catch {
            throw CircleError(.rehearsal, "\(path): not valid YAML (\(error))")
        }
        func field(_ name: String) -> Node? { root.mapping?[Node(name)] }
        guard let count = field("participants")?.int, count >= 1 else {
            throw CircleError(.rehearsal, "\(path): 'participants' must be the number of people in the rehearsed group, e.g. participants: 4")
        }
        participants = count
        seed = Int64(field("seed")?.int ?? 1)
        do { team = try field("team")?.string.map(TeamCode.init(_:)) } catch { throw CircleError(.rehearsal, "\(path): 'team': \(error)") }
        scenario = field("scenario")?.string
        let minutesPerAnswer = field("minutes_per_answer")?.float ?? 1
        guard minutesPerAnswer >= 0, minutesPerAnswer <= HostLimits.minutes else {
            throw CircleError(.rehearsal, "\(path): 'minutes_per_answer' must be a number of minutes from 0 to \(Int(HostLimits.minutes)), e.g. minutes_per_answer: 1")
        }
        secondsPerAnswer = minutesPerAnswer * 60
        var carried: [String: [String]] = [:]
        for (key, value) in field("carried")?.mapping ?? [:] {
            carried[key.string ?? ""] = value.sequence?.compactMap(\.string) ?? value.string.map { [$0] } ?? []
        }
        self.carried = carried
        if let named = field("organisation")?.string {
            let file = named.hasPrefix("/") ? named : ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(named)
            do { organisation = try Organisation.load(path: file) } catch let error as CircleError {
                throw CircleError(.rehearsal, "\(path): 'organisation': \(error.description)")
            }
        } else {
            organisation = nil
        }
        responses = try (field("responses")?.sequence ?? []).enumerated().map { index, node in
            let line = node.mark?.line ?? 0
            guard let entry = node.mapping, let id = entry[Node("theme")]?.string, let theme = ThemeID(rawValue: id),
                let text = entry[Node("text")]?.string, let quarter = entry[Node("quarter")]?.string.flatMap({ Quarter($0) })
            else {
                throw CircleError(.rehearsal, "\(path):\(line): response \(index + 1) must be { theme: workload, quarter: 2026-Q3, text: \"what was done\" }")
            }
            return LeadersResponse(
                id: UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", index))!.uuidString, theme: theme, text: text,
                quarter: quarter, recorded: quarter.cutOff)
        }.sorted(by: LeadersResponse.newestFirst)
        guard let list = field("answers")?.sequence else {
            throw CircleError(.rehearsal, "\(path): 'answers' must be a list of the answers, in order")
        }
        answers = try list.enumerated().map { index, node in
            let line = (node.mark?.line ?? 0)
            if let scalar = node.scalar { return Answer(text: scalar.string, expect: nil, line: line) }
            if let mapping = node.mapping, let answer = mapping[Node("answer")]?.string {
                return Answer(text: answer, expect: mapping[Node("expect")]?.string, line: line)
            }
            throw CircleError(.rehearsal, "\(path):\(line): answer \(index + 1) must be text, or { answer: ..., expect: ... }")
        }
    }

    /// A rehearsal's output is the engine's transcript; nothing is shown as it goes.
    /// The session this rehearsal plays: its group size, team, seed and carried records.
    public func setup(formatPath: String, library: String?, scenarioPath: String?) -> SessionEngine.Setup {
        var setup = SessionEngine.Setup(
            formatPath: formatPath, library: library, participants: participants, team: team, scenarioPath: scenarioPath,
            seed: seed, id: "rehearsal")
        setup.carried = carried
        setup.organisation = organisation
        setup.responses = responses
        return setup
    }

    public func show(_ event: SessionEvent) {}

    public func line(for request: SessionRequest, context: TurnContext) throws -> String? {
        guard next < answers.count else {
            throw CircleError(
                .rehearsal, "\(path): the rehearsal has \(answers.count) answers, but the format still asks for more: step \(context.step) \(Self.describe(request))\(Self.where(context))")
        }
        let answer = answers[next]
        if let expect = answer.expect, !Self.matches(expect, request) {
            throw CircleError(
                .rehearsal, "\(path):\(answer.line): answer \(next + 1) expects “\(expect)”, but the format asks \(Self.describe(request)) at step \(context.step)\(Self.where(context))")
        }
        next += 1
        elapsed += secondsPerAnswer
        return answer.text
    }

    public func reject(_ message: String, context: TurnContext) throws {
        throw CircleError(.rehearsal, "\(path):\(answers[max(0, next - 1)].line): answer \(next) was not accepted at step \(context.step): \(message)")
    }

    public func clock() -> Double { elapsed }

    /// Throws if answers are left over once the session has finished.
    public func checkAllUsed() throws {
        guard next == answers.count else {
            throw CircleError(.rehearsal, "\(path):\(answers[next].line): the session finished with \(answers.count - next) answers left over, from answer \(next + 1) on")
        }
    }

    static func matches(_ expect: String, _ request: SessionRequest) -> Bool {
        switch request {
        case .ask(let person, let prompt, _, _): return person == expect || prompt.hasPrefix(expect)
        case .write(let prompt, _, _), .choose(let prompt, _), .confirm(let prompt), .pause(let prompt): return prompt.hasPrefix(expect)
        default: return false
        }
    }

    static func describe(_ request: SessionRequest) -> String {
        switch request {
        case .ask(let person, let prompt, _, _): return "\(person): “\(prompt)”"
        case .write(let prompt, _, _): return "a written contribution: “\(prompt)”"
        case .choose(let prompt, let options): return "to choose: “\(prompt)” (\(options.joined(separator: ", ")))"
        case .confirm(let prompt): return "to confirm: “\(prompt)”"
        case .pause(let text): return "to pause: “\(text)”"
        default: return request.key
        }
    }

    static func `where`(_ context: TurnContext) -> String {
        context.phase.map { ", phase '\($0)'" } ?? ""
    }
}
