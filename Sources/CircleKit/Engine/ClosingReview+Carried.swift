import Foundation

extension ClosingReview {
    /// The records a session carries to the group's next meeting (an action learning set's
    /// actions), through the anonymiser and the facilitator like every other text that is kept:
    /// each is shown scrubbed, with the words to check, to keep, edit (scrubbed again) or drop.
    /// No answer drops it. A leading handle ("Cedar: …") is kept as it is: it is Circle's own.
    public func decideCarried(_ engine: SessionEngine, with console: FacilitatorConsole) -> [String: [String]] {
        guard !engine.carryForward.isEmpty else { return [:] }
        console.tell("Carried to this group's next meeting, kept on this laptop only — nothing is kept until you decide:")
        var kept: [String: [String]] = [:]
        for (key, values) in engine.carryForward.sorted(by: { $0.key < $1.key }) {
            kept[key] = []
            for value in values {
                var draft = carried(value, handles: engine.handles)
                while true {
                    var detail = ["\(key): \(draft.text)"]
                    if !draft.flagged.isEmpty { detail.append("check these are not names: \(draft.flagged.joined(separator: ", "))") }
                    let answer = (console.ask(ConsoleQuestion(
                        "Carry it to the next meeting?", detail: detail,
                        choices: [.init("k", "Keep"), .init("e", "Edit"), .init("d", "Drop")])) ?? "d").lowercased()
                    if answer.hasPrefix("k") { kept[key, default: []].append(draft.text); break }
                    if answer.hasPrefix("d") { break }
                    if answer.hasPrefix("e"), let wording = console.ask(ConsoleQuestion("The new wording:", detail: detail, typed: "the new wording")) {
                        draft = carried(wording, handles: engine.handles)
                    }
                }
            }
        }
        return kept
    }

    /// A carried text scrubbed, its leading handle (one of `handles`, then ": ") left as it is.
    func carried(_ text: String, handles: [Handle]) -> (text: String, flagged: [String]) {
        let handle = handles.first { text.hasPrefix($0.rawValue + ": ") }
        let rest = handle.map { String(text.dropFirst($0.rawValue.count + 2)) } ?? text
        let scrubbed = anonymiser.scrub(rest)
        return ((handle.map { $0.rawValue + ": " } ?? "") + scrubbed.text, scrubbed.flagged)
    }
}
