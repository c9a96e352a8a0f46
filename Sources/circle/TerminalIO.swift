import CircleKit
import Foundation

/// The facilitator's terminal: shows events, asks at each turn, reads a line.
/// Names appear only here, on the facilitator's screen; the engine sees handles.
final class TerminalIO: SessionIO, FacilitatorConsole {
    let names: [String: String]
    let colour: Bool
    private let started = Date()
    let alarm = PhaseAlarm()

    init(names: [String: String]) {
        self.names = names
        colour = isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    func show(_ event: SessionEvent) {
        switch event {
        case .started(let title, let version, let agreement, let participants):
            say(style("\(title) (version \(version))", "1"))
            say("With " + participants.map(who).joined(separator: ", "))
            say(style("Agreement — read this out: ", "1") + agreement)
        case .phase:
            say("")
            say(style(event.transcript, "1;36"))
        case .contribution(let person, let text, let themes):
            say("  \(who(person)): \(text)" + (themes.isEmpty ? "" : style("  " + themes.map { "#\($0)" }.joined(separator: " "), "2")))
        case .passed(let person): say(style("  \(who(person)) passes", "2"))
        case .written(let text, let themes):
            say("  ✎ \(text)" + (themes.isEmpty ? "" : style("  " + themes.map { "#\($0)" }.joined(separator: " "), "2")))
        case .assigned(let role, let person): say(style("  [role] \(role): \(who(person))", "2"))
        case .chosen(let prompt, let option): say(style("  \(prompt) → \(who(option))", "2"))
        case .say(let text): say(style("Say: ", "1") + text)
        case .asked: break  // each turn shows its question
        case .timer, .extended: say(style(event.transcript, "33"))
        case .flag(let text): say(style("⚑ " + text, "35"))
        case .reminder(let text): say(style("For you only, not to read out: ", "1;35") + text)
        case .finished: say(""); say(style(event.transcript, "1"))
        default: say(style("  " + event.transcript, "2"))
        }
    }

    func line(for request: SessionRequest, context: TurnContext) throws -> String? {
        prompt(for: request, context: context)
        FileHandle.standardOutput.write(Data("> ".utf8))
        armAlarm(context)
        defer { alarm.disarm() }
        return readLine(strippingNewline: true).map { answer($0, to: request) }
    }

    /// Says "time is up" if the phase's time runs out before this step is answered (`alarm.disarm()` after it).
    func armAlarm(_ context: TurnContext) {
        let colour = colour
        alarm.arm(context) { text in say(colour ? "\u{1B}[33m\(text)\u{1B}[0m" : text) }
    }

    /// Shows what the step asks.
    func prompt(for request: SessionRequest, context: TurnContext) {
        say(style(status(context), "2"))
        switch request {
        case .ask(let person, let prompt, let canPass, _):
            say("\(style(who(person), "1")) — \(prompt)" + (canPass ? style("  (or: pass)", "2") : ""))
        case .write(let prompt, let people, _):
            say(style("Written round (anonymous, \(people) may write)", "1") + " — \(prompt)")
            say(style("  type each written contribution as a line; /done when all are in, or /aloud to go round the group", "2"))
        case .choose(let prompt, let options):
            say(style(prompt, "1"))
            for (i, option) in options.enumerated() { say("  \(i + 1). \(who(option))") }
        case .confirm(let prompt): say(style(prompt, "1") + " (y/n)")
        case .pause(let text): say(style(text, "1") + style("  (press Enter to continue)", "2"))
        default: break
        }
    }

    /// A choice may be given by name; the journal gets its number, never the name.
    func answer(_ line: String, to request: SessionRequest) -> String {
        if case .choose(_, let options) = request,
            let index = options.firstIndex(where: { names[$0]?.caseInsensitiveCompare(line.trimmingCharacters(in: .whitespaces)) == .orderedSame })
        {
            return String(index + 1)
        }
        return line
    }

    func reject(_ message: String, context: TurnContext) { say(style(message, "33")) }

    /// Whether a person is at the keyboard (standard input is a terminal).
    static var interactive: Bool { isatty(STDIN_FILENO) == 1 }

    func tell(_ text: String) { say("\n" + text) }

    /// A question outside a session turn, answered at a "> " prompt (nil at end of input).
    func ask(_ question: ConsoleQuestion) -> String? {
        show(question)
        FileHandle.standardOutput.write(Data("> ".utf8))
        return readLine(strippingNewline: true)?.trimmingCharacters(in: .whitespaces)
    }

    /// Shows a question outside a session turn, with what may be typed: "(k/e/d, or #theme …)".
    func show(_ question: ConsoleQuestion) {
        for line in question.detail { say("  " + line) }
        var answers = question.choices.map(\.line).joined(separator: "/")
        if let typed = question.typed, !answers.isEmpty { answers += ", or \(typed)" }
        say("  " + question.text + (answers.isEmpty ? "" : " (\(answers))"))
    }

    func clock() -> Double { Date().timeIntervalSince(started) }

    /// "Amira (P1)" when a name was given, else the handle.
    func who(_ handle: String) -> String { names[handle].map { "\($0) (\(handle))" } ?? handle }

    private func status(_ context: TurnContext) -> String {
        var parts = [context.title]
        if let phase = context.phase {
            parts.append("phase \(context.phaseIndex)\(context.phaseTotal.map { "/\($0)" } ?? ""): \(phase)")
        }
        if let left = context.secondsLeft {
            parts.append(left >= 0 ? "\(Int(left) / 60):\(String(format: "%02d", Int(left) % 60)) left" : "over time by \(Int(-left) / 60) min")
        }
        parts.append("/help for commands")
        return "[" + parts.joined(separator: " · ") + "]"
    }

    private func style(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

}
