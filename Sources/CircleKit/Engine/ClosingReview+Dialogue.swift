extension ClosingReview {
    /// "What leaves the room": shows the record the session would keep, lets the
    /// facilitator keep, edit (scrubbed again) or drop each item, or file it under
    /// another theme, then saves the record, or its theme counts only, or nothing at all.
    /// A session ended (`/end`) before completing any phase — a false start — keeps nothing and
    /// asks nothing. Returns the record kept, or nil.
    @discardableResult
    public func decide(_ engine: SessionEngine, with console: FacilitatorConsole, in store: ThemeStore) throws -> ThemeRecord? {
        guard engine.phasesCompleted > 0 || engine.ranToEnd else {
            console.tell("Nothing leaves the room: the session ended before any phase was completed, so it is not counted as a session.")
            return nil
        }
        console.tell("What leaves the room — nothing is kept until you decide:\n"
            + ThemeRecord(engine: engine).summary.map { "  " + $0 }.joined(separator: "\n"))
        var items: [Draft] = []
        for var draft in drafts(from: engine) {
            while true {
                var detail = ["\(draft.kind)\(draft.theme.map { " (#\($0))" } ?? ""): \(draft.text)"]
                if !draft.flagged.isEmpty {
                    detail.append("removed as possible names: \(draft.flagged.joined(separator: ", ")) (restore one that is not a name)")
                }
                var choices: [ConsoleQuestion.Choice] = [.init("k", "Keep"), .init("e", "Edit"), .init("d", "Drop")]
                if !draft.flagged.isEmpty { choices.append(.init("r", "Restore a word")) }
                let answer = (console.ask(ConsoleQuestion(
                    "Keep, edit or drop it?", detail: detail,
                    choices: choices, typed: "#theme to file it under another theme")) ?? "d").lowercased()
                if answer.hasPrefix("#") {
                    let tag = String(answer.dropFirst())
                    if let theme = ThemeID(rawValue: tag) {
                        if let refusal = codebook?.refusal(of: theme) { console.tell(refusal) } else { draft.theme = theme }
                    } else {
                        console.tell(ThemeID.refusal(of: tag, as: "#"))
                    }
                    continue
                }
                if answer.hasPrefix("k") { items.append(draft); break }
                if answer.hasPrefix("d") { break }
                if answer.hasPrefix("r") && !draft.flagged.isEmpty {
                    let word = console.ask(ConsoleQuestion(
                        "Which removed word is not a name?", detail: detail,
                        choices: draft.flagged.enumerated().map { .init(String($0.offset + 1), $0.element) }, typed: "the word"))
                    let picked = word.flatMap { Int($0) }.flatMap { draft.flagged.indices.contains($0 - 1) ? draft.flagged[$0 - 1] : nil } ?? word
                    if let picked, draft.flagged.contains(where: { $0.lowercased() == picked.lowercased() }) {
                        draft = restoring(picked, in: draft)
                    } else {
                        console.tell("Only a removed word can be restored: \(draft.flagged.joined(separator: ", ")).")
                    }
                    continue
                }
                if answer.hasPrefix("e") {
                    let wording = console.ask(ConsoleQuestion("The new wording:", detail: detail, typed: "the new wording"))
                    draft = self.draft(kind: draft.kind, text: wording ?? draft.text, theme: draft.theme)
                }
            }
        }
        let kept = items.isEmpty ? "" : " and its \(items.count) item\(items.count == 1 ? "" : "s")"
        let question = ConsoleQuestion(
            "Keep this record in the theme store? y: the record\(kept); n: its counts only (how many took part, phases, "
                + "themes), no items; x: nothing at all from this session, not counted as a session.",
            choices: [.init("y", "Keep the record"), .init("n", "Theme counts only"), .init("x", "Keep nothing from this session")])
        let answer = (console.ask(question) ?? "n").lowercased()
        if answer.hasPrefix("x") {
            console.tell("Nothing from this session was kept: it is not in the theme store and is not counted.")
            return nil
        }
        let approved = answer.hasPrefix("y")
        let record = try keep(engine, items: items, approved: approved, in: store)
        console.tell(approved ? "Kept in \(store.path)." : "Kept the record's counts only (\(record.themes.count) themes, no items) in \(store.path).")
        return record
    }
}
