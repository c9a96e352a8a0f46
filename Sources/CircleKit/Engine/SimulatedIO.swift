/// Simulated participants, for `circle lint` and for counting a format's phases.
///
/// Each person speaks the first time a prompt reaches them and passes after that
/// (so rounds that repeat until everyone passes end); choices follow a plan that
/// lets `Linter` take every option of every `s:choose` across runs.
final class SimulatedIO: SessionIO {
    /// Which option to take at each choice prompt, given how often each was taken.
    private let pick: (_ prompt: String, _ options: [String]) -> Int
    private let confirmYes: Bool
    private var spoken: Set<String> = []
    private var written: [String: Int] = [:]
    private var elapsed: Double = 0
    private(set) var choices: [(prompt: String, options: [String], taken: Int)] = []
    private(set) var phases: [String] = []
    /// The phases' time boxes added up.
    private(set) var minutes: Double = 0

    init(confirmYes: Bool = true, pick: @escaping (_ prompt: String, _ options: [String]) -> Int = { _, _ in 1 }) {
        self.pick = pick
        self.confirmYes = confirmYes
    }

    func show(_ event: SessionEvent) {
        if case .phase(_, _, let name, let boxed) = event {
            phases.append(name)
            minutes += boxed ?? 0
        }
    }

    func line(for request: SessionRequest, context: TurnContext) throws -> String? {
        elapsed += 60
        switch request {
        case .ask(let person, let prompt, let canPass, _):
            let first = spoken.insert(person + "\u{1}" + prompt).inserted
            return first || !canPass ? "simulated contribution from \(person)" : "pass"
        case .write(let prompt, let people, _):
            // Half the group writes something, then the round is done.
            written[prompt, default: 0] += 1
            return written[prompt]! > max(1, people / 2) ? "/done" : "simulated written contribution"
        case .choose(let prompt, let options):
            let index = pick(prompt, options)
            choices.append((prompt, options, index))
            return String(index)
        case .confirm:
            return confirmYes ? "y" : "n"
        default:
            return ""
        }
    }

    func reject(_ message: String, context: TurnContext) throws {
        throw CircleError(.format, "simulation: an answer was refused at step \(context.step): \(message)")
    }

    func clock() -> Double { elapsed }
}
