import CircleKit
import Foundation

/// What the room display shows at one moment, built from the session's events and
/// the step the facilitator is answering. It lives in memory only: nothing here is
/// written anywhere, and it ends with the session.
struct RoomState: Sendable {
    /// What the facilitator is being asked now, and its number (answers name the number they answer).
    enum Question: Sendable {
        case turn(SessionRequest)
        case closing(ConsoleQuestion)
        /// A read-aloud phase has ended: the room is reading its lines until the facilitator moves on.
        case reading
    }

    /// A written round open on participants' devices.
    struct WrittenRound: Sendable {
        /// One contribution waiting to be revealed: its text and a random id the facilitator's
        /// page hides it by. No author, no address, no device.
        struct Card: Sendable, Equatable {
            let id: String
            let text: String
        }

        let prompt: String
        let people: Int
        /// Contributions one page may send in this round (the format's `per_device`; 1 by default).
        var perDevice = 1
        /// Which written round of the session this is (1, 2…): a page that wrote in it knows it has.
        let number: Int
        /// Contributions received and not yet revealed (hidden ones are gone).
        var pending: [Card] = []
        /// The pages that have written in this round (random tokens each page made up when it
        /// loaded) and how many each has sent, so none sends more than `perDevice`; forgotten
        /// when the round ends.
        var devices: [String: Int] = [:]
        /// The count the room view shows: it moves in batches (see `Room.countBatch`), so the
        /// room cannot tell who just sent from when the number went up.
        var shown = 0
        var revealed = false
    }

    /// What the facilitator typed for P1, P2…
    var names: [String: String] = [:]
    var title = ""
    var agreement: String?
    var phase: String?
    var phaseIndex = 0
    var phaseTotal: Int?
    /// Seconds left in the phase's time box when `clockSet` was taken.
    var secondsLeft: Double?
    var clockSet = Date()
    var prompt: String?
    var lastSaid: String?
    /// What the phase has said so far, and whether it has asked anything: a phase that only says
    /// lines is held on the room view, all its lines up, until the facilitator moves on (`Room.show`).
    var phaseSaid: [String] = []
    var phaseAsked = false
    /// The room is reading a read-aloud phase's lines (`phaseSaid`).
    var reading = false
    var passed: [String] = []
    /// The last written round's contributions (and its question), shown until the phase ends or another written round begins.
    var written: [String] = []
    var writtenPrompt: String?
    var writing: WrittenRound?
    /// Written rounds opened so far.
    var writtenRounds = 0
    var question: Question?
    var questionID = 0
    var notice: String?
    /// The facilitator's running log (with names): the facilitator page only.
    var log: [String] = []
    var finished: String?
    var closed = false

    /// Takes in one event of the session.
    mutating func apply(_ event: SessionEvent) {
        switch event {
        case .started(let title, _, let agreement, _):
            self.title = title
            self.agreement = agreement
        case .phase(let index, let total, let name, let minutes):
            // The agreement stays up through the first phase's opening, until the facilitator answers a step.
            if phaseIndex > 0 { agreement = nil }
            phase = name
            phaseIndex = index
            phaseTotal = total
            secondsLeft = minutes.map { $0 * 60 }
            clockSet = Date()
            prompt = nil
            lastSaid = nil
            phaseSaid = []
            phaseAsked = false
            passed = []
            written = []
        case .phaseEnded:
            // A phase that only said lines waits for the facilitator, its clock still up.
            reading = holdsToRead(after: event)
            if !reading { secondsLeft = nil }
        case .say(let text):
            lastSaid = text
            phaseSaid.append(text)
        case .asked(let text):
            prompt = text
            passed = []
        case .passed(let person): passed.append(who(person))
        case .written(let text, _):
            if writtenPrompt != prompt { written = [] }
            writtenPrompt = prompt
            written.append(text)
        case .finished:
            finished = event.transcript.trimmingCharacters(in: CharacterSet(charactersIn: "= "))
            prompt = nil
            secondsLeft = nil
        default: break
        }
        log.append(logLine(event))
        if log.count > 40 { log.removeFirst(log.count - 40) }
    }

    /// The person whose turn it is, when the current step is someone's turn.
    var turn: String? {
        if case .turn(.ask(let person, _, _, _)) = question { return person }
        return nil
    }

    /// Whether `event` ends a phase that said lines and asked nothing: the room then holds it up
    /// until the facilitator moves on (`Room.show`).
    func holdsToRead(after event: SessionEvent) -> Bool {
        guard case .phaseEnded(_, let skipped) = event else { return false }
        return !skipped && !phaseAsked && !phaseSaid.isEmpty && !closed
    }

    /// Whose turn follows in the round, when the format says.
    var nextUp: String? {
        if case .turn(.ask(_, _, _, let next)) = question { return next }
        return nil
    }

    /// Seconds left now, counting down from when the clock was last set.
    var secondsLeftNow: Double? { secondsLeft.map { $0 - Date().timeIntervalSince(clockSet) } }

    /// "Amira" for P1 when the facilitator typed names, else the handle.
    func who(_ handle: String) -> String { names[handle] ?? handle }

    private func logLine(_ event: SessionEvent) -> String {
        switch event {
        case .contribution(let person, let text, let themes):
            return "\(who(person)): \(text)" + themes.map { "  #\($0)" }.joined()
        case .passed(let person): return "\(who(person)) passes"
        case .assigned(let role, let person): return "[role] \(role): \(who(person))"
        case .chosen(let prompt, let option): return "\(prompt) → \(who(option))"
        default: return event.transcript
        }
    }
}
