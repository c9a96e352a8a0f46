import CircleKit
import Foundation

/// The room display's HTML: whole pages, and the live parts the server sends as
/// the session moves on. Every piece of text from the session, the facilitator or
/// a participant passes through `h` (HTML-escaped), and pages load no script,
/// style or font from anywhere but this server.
enum RoomPages {
    /// Where a shared room's participants join.
    struct Links {
        let room: String
        let join: String?
    }

    static func h(_ text: String) -> String { Markup.escape(text) }

    /// A whole page: `live` is the part the server replaces as the session moves on.
    static func page(title: String, role: String, stream: String, live: String, extra: String = "", after: Bool = false) -> String {
        """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(h(title))</title><link rel="stylesheet" href="/static/circle.css"><script src="/static/circle.js" defer></script></head>
        <body class="\(role)" data-stream="\(h(stream))"><main>
        <div id="live" aria-live="polite">\(live)</div>\(extra)\(after ? "<div id=\"after\"></div>" : "")
        <p id="connection" class="connection" role="status"></p>
        </main></body></html>
        """
    }

    // MARK: Room view

    /// What everyone in the room sees: calm, large, and no more names than the facilitator typed.
    static func room(_ s: RoomState, links: Links) -> String {
        var out = header(s)
        if let finished = s.finished {
            out += "<section class=\"now\"><p class=\"prompt\">\(h(finished))</p><p class=\"turn\">Thank you.</p></section>"
            return out
        }
        if let agreement = s.agreement {
            out += "<section class=\"agreement\"><h2>Our agreement</h2><p>\(h(agreement))</p></section>"
        }
        out += "<section class=\"now\" aria-label=\"Now\">"
        if let prompt = s.prompt { out += "<p class=\"prompt\">\(h(prompt))</p>" }
        if let person = s.turn { out += "<p class=\"turn\">\(h(s.who(person)))’s turn</p>" }
        if !s.passed.isEmpty { out += "<p class=\"passed\">Passed: \(h(s.passed.joined(separator: ", ")))</p>" }
        out += "</section>"
        if let round = s.writing, !round.revealed {
            let n = round.pending.count
            out += "<section class=\"writing\"><h2>Writing privately</h2><p class=\"count\" data-count=\"\(n)\">\(n) written so far</p></section>"
        } else if !s.written.isEmpty {
            let heading = s.writtenPrompt.flatMap { $0 == s.prompt ? nil : $0 }.map { "Written: \(h($0))" } ?? "Written"
            out += "<section class=\"written\"><h2>\(heading)</h2><ul>" + s.written.map { "<li>\(h($0))</li>" }.joined() + "</ul></section>"
        }
        if let said = s.lastSaid, s.agreement == nil { out += "<p class=\"said\">\(h(said))</p>" }
        if let join = links.join, s.writing != nil || s.agreement != nil {
            out += "<p class=\"join\">Write privately on your phone: <strong>\(h(join))</strong></p>"
        }
        return out
    }

    private static func header(_ s: RoomState) -> String {
        var out = "<header class=\"bar\"><h1>\(h(s.title.isEmpty ? "Circle" : s.title))</h1>"
        if let phase = s.phase {
            let of = s.phaseTotal.map { " of \($0)" } ?? ""
            out += "<p class=\"phase\">Phase \(s.phaseIndex)\(of): \(h(phase))</p>"
        }
        if let left = s.secondsLeftNow {
            out += "<p class=\"clock\" role=\"timer\" aria-live=\"off\" aria-label=\"Time left in this phase\" data-left=\"\(Int(left.rounded()))\">\(clock(left))</p>"
        }
        return out + "</header>"
    }

    /// "9:59", or "+1:05" over time.
    static func clock(_ seconds: Double) -> String {
        let s = Int(abs(seconds).rounded())
        return (seconds < 0 ? "+" : "") + "\(s / 60):" + String(format: "%02d", s % 60)
    }

    // MARK: Facilitator view

    /// The facilitator's controls for the step being answered, the log, and the links.
    static func facilitator(_ s: RoomState, links: Links) -> String {
        var out = header(s)
        if let notice = s.notice { out += "<p class=\"notice\" role=\"alert\">\(h(notice))</p>" }
        out += "<section class=\"question\" data-question=\"\(s.questionID)\" aria-label=\"Now\">"
        switch s.question {
        case .turn(let request)?: out += turn(request, s)
        case .closing(let question)?: out += closing(question)
        case nil:
            out += "<p>\(h(s.finished ?? "Working…"))</p>"
        }
        out += "</section>"
        if case .turn? = s.question {
            out += "<section class=\"controls\" aria-label=\"Session controls\">"
                + button("/skip", "Skip to the next phase") + button("/extend 5", "Extend the phase by 5 minutes")
                + button("/pause", "Pause (carry on later)") + button("/end", "End the session", confirm: true) + "</section>"
        }
        // Shown below the answer box: what has happened, oldest first, and the addresses.
        out += "<div data-after><section class=\"log\" aria-label=\"What has happened\"><h2>So far</h2><ul>"
            + s.log.suffix(14).map { "<li>\(h($0))</li>" }.joined() + "</ul></section>"
        out += "<p class=\"links\">Room view: <a href=\"\(h(links.room))\" target=\"_blank\">\(h(links.room))</a>"
        if let join = links.join { out += " · participants write at <strong>\(h(join))</strong>" }
        return out + "</p></div>"
    }

    private static func turn(_ request: SessionRequest, _ s: RoomState) -> String {
        switch request {
        case .ask(let person, let prompt, let canPass):
            return "<h2><span class=\"person\">\(h(s.who(person)))</span> — \(h(prompt))</h2>"
                + "<p class=\"hint\">Type their contribution below (add #theme tags if you like).</p>"
                + (canPass ? button("pass", "\(s.who(person)) passes") : "")
        case .write(let prompt, let people):
            var out = "<h2>Written round — \(h(prompt))</h2>"
            if let round = s.writing {
                out += "<p class=\"count\" data-count=\"\(round.pending.count)\">\(round.pending.count) written on devices so far (up to \(people) people)</p>"
                    + "<button type=\"button\" data-action=\"reveal\">Reveal them together, shuffled</button>"
            } else {
                out += "<p class=\"hint\">Type each written contribution (from cards) below, one at a time.</p>" + button("/done", "All are in")
            }
            return out + button("/aloud", "Go round the group aloud instead")
        case .choose(let prompt, let options):
            return "<h2>\(h(prompt))</h2><div class=\"options\">"
                + options.enumerated().map { button(String($0.offset + 1), s.who($0.element)) }.joined() + "</div>"
        case .confirm(let prompt):
            return "<h2>\(h(prompt))</h2>" + button("y", "Yes") + button("n", "No")
        case .pause(let text):
            return "<h2>\(h(text))</h2>" + button("", "Continue")
        default:
            return ""
        }
    }

    private static func closing(_ q: ConsoleQuestion) -> String {
        "<h2>\(h(q.text))</h2>" + q.detail.map { "<p class=\"detail\">\(h($0))</p>" }.joined()
            + q.choices.map { button($0.line, $0.label) }.joined()
            + (q.typed.map { "<p class=\"hint\">Or type \(h($0)), below.</p>" } ?? "")
    }

    private static func button(_ line: String, _ label: String, confirm: Bool = false) -> String {
        "<button type=\"button\" data-line=\"\(h(line))\"\(confirm ? " data-confirm=\"1\"" : "")>\(h(label))</button>"
    }

    /// The facilitator page's fixed part: the answer box, a note, a theme to tag.
    static func facilitatorForms(themes: [(id: String, label: String)]) -> String {
        """
        <form id="answer" class="answer"><label for="line">Answer, or a command (/help lists them)</label>
        <input id="line" name="line" maxlength="\(Room.lineLimit)" autocomplete="off" autofocus><button type="submit">Send</button></form>
        <form id="note" class="inline"><label for="note-text">A note for yourself (stays in the room)</label>
        <input id="note-text" maxlength="\(Room.lineLimit)" autocomplete="off"><button type="submit">Keep note</button></form>
        <form id="tag" class="inline"><label for="theme">Tag a theme</label><select id="theme">
        \(themes.map { "<option value=\"\(h($0.id))\">\(h($0.label))</option>" }.joined())
        </select><button type="submit">Tag</button></form>
        """
    }

    // MARK: Participant view

    /// A participant's page: the written round's question, if one is open. No names, nothing else.
    static func join(_ s: RoomState) -> String {
        if s.finished != nil { return "<h1>The session has ended</h1><p>Thank you. This page no longer takes contributions.</p>" }
        guard let round = s.writing, !round.revealed else {
            return "<h1>Nothing to write just now</h1><p>This page changes when the facilitator opens a written round. Keep it open.</p>"
        }
        return "<h1 data-open=\"1\">Write privately</h1><p class=\"prompt\">\(h(round.prompt))</p>"
            + "<p class=\"hint\">Nobody sees who wrote what: contributions are shown together, shuffled, with no name.</p>"
    }

    /// The participant page's form (it works without scripts too).
    static func joinForm(code: String) -> String {
        """
        <form id="write" method="post" action="/j/\(h(code))/write"><label for="text">Your contribution (anonymous)</label>
        <textarea id="text" name="text" rows="5" maxlength="\(Room.contributionLimit)" required></textarea>
        <button type="submit">Send</button></form><p id="sent" class="sent" role="status"></p>
        """
    }
}
