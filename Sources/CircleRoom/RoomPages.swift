import CircleKit
import Foundation

/// The room display's HTML: whole pages, and the live parts the server sends as the
/// session moves on, rendered from the Mustache templates in `Templates/`. Those
/// escape every value they show (with `Markup.escape`, see `RoomTemplates`), so text
/// from the session, the facilitator or a participant is always text; pages load no
/// script, style or font from anywhere but this server.
enum RoomPages {
    /// Where a shared room's participants join.
    struct Links {
        let room: String
        let join: String?
    }

    /// A whole page: `live` is the part the server replaces as the session moves on.
    static func page(
        title: String, role: String, stream: String, live: String, facilitatorForms: FacilitatorForms? = nil, joinForm: JoinForm? = nil,
        after: Bool = false
    ) -> String {
        RoomTemplates.render(
            "page",
            Page(title: title, role: role, stream: stream, live: live, facilitatorForms: facilitatorForms, joinForm: joinForm, after: after))
    }

    /// What everyone in the room sees: calm, large, and no more names than the facilitator typed.
    static func room(_ s: RoomState, links: Links) -> String {
        var view = RoomView(bar: Bar(s), finished: s.finished)
        view.agreement = s.agreement
        view.prompt = s.prompt
        view.turn = s.turn.map(s.who)
        view.nextUp = s.nextUp.map(s.who)
        view.passed = s.passed.isEmpty ? nil : s.passed.joined(separator: ", ")
        if let round = s.writing, !round.revealed {
            view.writing = .init(count: round.shown)
        } else if !s.written.isEmpty {
            let heading = s.writtenPrompt.flatMap { $0 == s.prompt ? nil : $0 }.map { "Written: \($0)" } ?? "Written"
            view.written = .init(heading: heading, items: s.written)
        }
        if s.reading {
            view.reading = .init(lines: s.phaseSaid)
        } else {
            view.said = s.agreement == nil ? s.lastSaid : nil
        }
        if s.writing != nil || s.agreement != nil, let link = links.join {
            view.joinLink = .init(link: link, joinQR: QRCode.drawing(of: link).map { .init(side: $0.side, path: $0.path) })
        }
        return RoomTemplates.render("room", view)
    }

    /// The facilitator's controls for the step being answered, the log, and the links.
    static func facilitator(_ s: RoomState, links: Links) -> String {
        var view = FacilitatorView(bar: Bar(s), notice: s.notice, questionID: s.questionID, log: Array(s.log.suffix(14)), roomLink: links.room, joinLink: links.join)
        switch s.question {
        case .turn(let request)?:
            view.controls = .init(buttons: [
                Button("/skip", "Skip to the next phase"), Button("/extend 5", "Extend the phase by 5 minutes"),
                Button("/pause", "Pause (carry on later)"), Button("/end", "End the session", confirm: true),
            ])
            switch request {
            case .ask(let person, let prompt, let canPass, _):
                view.ask = .init(person: s.who(person), prompt: prompt, buttons: canPass ? [Button("pass", "\(s.who(person)) passes")] : [])
            case .write(let prompt, let people, let perDevice):
                let devices = s.writing.map { round in
                    WriteStep.Devices(
                        count: round.pending.count, fromDevices: perDevice == 1 ? nil : round.devices.count, people: people,
                        each: perDevice == 1 ? "one each" : "up to \(perDevice) each",
                        cards: round.pending.map { .init(id: $0.id, text: $0.text) },
                        preview: !round.pending.isEmpty,
                        few: round.pending.count < Room.minimumToReveal ? round.pending.count : nil)
                }
                let buttons = (devices == nil ? [Button("/done", "All are in")] : []) + [Button("/aloud", "Go round the group aloud instead")]
                view.write = .init(prompt: prompt, devices: devices, buttons: buttons)
            case .choose(let prompt, let options):
                view.choose = .init(prompt: prompt, buttons: options.enumerated().map { Button(String($0.offset + 1), s.who($0.element)) })
            case .confirm(let prompt):
                view.plain = .init(prompt: prompt, buttons: [Button("y", "Yes"), Button("n", "No")])
            case .pause(let text):
                view.plain = .init(prompt: text, buttons: [Button("", "Continue")])
            default:
                break
            }
        case .reading?:
            view.plain = .init(
                prompt: "The room is reading this phase (it asks nothing). Move on when everyone has read it.", buttons: [Button("", "Next")])
        case .closing(let question)?:
            view.closing = .init(
                prompt: question.text, details: question.detail, buttons: question.choices.map { Button($0.line, $0.label) }, typed: question.typed)
        case nil:
            view.waiting = s.finished ?? "Working…"
        }
        return RoomTemplates.render("facilitator", view)
    }

    /// A participant's page: the written round's question, if one is open. No names, nothing else.
    static func join(_ s: RoomState) -> String {
        let open = s.writing.flatMap { $0.revealed ? nil : JoinView.Open(prompt: $0.prompt, round: $0.number, perDevice: $0.perDevice) }
        return RoomTemplates.render("join", JoinView(ended: s.finished != nil, open: open))
    }

    /// A participant's page for a code that is wrong, or whose session has ended: what to do next.
    static func joinProblem(ended: Bool) -> String {
        RoomTemplates.render("join", JoinView(ended: ended, open: nil, unknown: !ended))
    }

    /// "9:59", or "+1:05" over time.
    static func clock(_ seconds: Double) -> String {
        let s = Int(abs(seconds).rounded())
        return (seconds < 0 ? "+" : "") + "\(s / 60):" + String(format: "%02d", s % 60)
    }

    // MARK: What the templates are given

    struct Page {
        let title: String
        let role: String
        let stream: String
        /// Already rendered from a template (and so escaped): the one value shown as it is.
        let live: String
        let facilitatorForms: FacilitatorForms?
        let joinForm: JoinForm?
        let after: Bool
    }

    /// The facilitator page's fixed part: the answer box, a note, a theme to tag.
    struct FacilitatorForms {
        struct Theme {
            let id: String
            let label: String
        }
        let lineLimit = Room.lineLimit
        let themes: [Theme]

        init(themes: [(id: String, label: String)]) {
            self.themes = themes.map { Theme(id: $0.id, label: $0.label) }
        }
    }

    /// The participant page's form (it works without scripts too).
    struct JoinForm {
        let joinCode: String
        /// The room's form token, in a hidden field (`Room.formToken`).
        let token: String
        /// This page's own random token (`Room.deviceToken()`), so it writes once per round; kept
        /// nowhere but the page and, for the round, the room's memory.
        let device: String
        let contributionLimit = Room.contributionLimit
    }

    /// The header every live part starts with: the title, the phase and its clock.
    struct Bar {
        struct Phase {
            let index: Int
            let of: Int?
            let name: String
        }
        struct Clock {
            let left: Int
            let shown: String
        }
        let title: String
        let phase: Phase?
        let clock: Clock?

        init(_ s: RoomState) {
            title = s.title.isEmpty ? "Circle" : s.title
            phase = s.phase.map { Phase(index: s.phaseIndex, of: s.phaseTotal, name: $0) }
            clock = s.secondsLeftNow.map { Clock(left: Int($0.rounded()), shown: RoomPages.clock($0)) }
        }
    }

    struct Button {
        let line: String
        let label: String
        let confirm: Bool
        init(_ line: String, _ label: String, confirm: Bool = false) {
            self.line = line
            self.label = label
            self.confirm = confirm
        }
    }

    struct RoomView {
        struct Writing { let count: Int }
        struct Written {
            let heading: String
            let items: [String]
        }
        let bar: Bar
        let finished: String?
        var agreement: String?
        var prompt: String?
        var turn: String?
        /// Whose turn follows in the round, when the format says.
        var nextUp: String?
        var passed: String?
        var writing: Writing?
        var written: Written?
        var said: String?
        /// A read-aloud phase's lines, while the room reads them.
        var reading: Reading?
        struct Reading { let lines: [String] }
        var joinLink: JoinLink?

        /// The join link, in words and as a QR code (nil if the link were too long for one).
        struct JoinLink {
            struct QR {
                let side: Int
                let path: String
            }
            let link: String
            let joinQR: QR?
        }
    }

    struct FacilitatorView {
        struct Step {
            let prompt: String
            let buttons: [Button]
        }
        struct AskStep {
            let person: String
            let prompt: String
            let buttons: [Button]
        }
        struct WriteStep {
            struct Devices {
                struct Card {
                    let id: String
                    let text: String
                }
                let count: Int
                /// How many pages have written, when one may send more than one (else it is `count`).
                let fromDevices: Int?
                let people: Int
                /// "one each", or "up to 3 each".
                let each: String
                /// What has been written, for the facilitator to look over (and hide one) before the reveal.
                let cards: [Card]
                let preview: Bool
                /// The count, when it is under `Room.minimumToReveal`: revealing then asks to be confirmed.
                let few: Int?
            }
            let prompt: String
            let devices: Devices?
            let buttons: [Button]
        }
        struct ClosingStep {
            let prompt: String
            let details: [String]
            let buttons: [Button]
            let typed: String?
        }
        struct Controls { let buttons: [Button] }

        let bar: Bar
        let notice: String?
        let questionID: Int
        let log: [String]
        let roomLink: String
        let joinLink: String?
        var ask: AskStep?
        var write: WriteStep?
        var choose: Step?
        var plain: Step?
        var closing: ClosingStep?
        var waiting: String?
        var controls: Controls?
    }
    typealias WriteStep = FacilitatorView.WriteStep

    struct JoinView {
        struct Open {
            let prompt: String
            /// The round's number: the page shows its form again only for a round it has not written in.
            let round: Int
            /// How many contributions the page may send in this round.
            let perDevice: Int
            /// "one", or "up to 3" (stored: templates see stored values only).
            let allowance: String

            init(prompt: String, round: Int, perDevice: Int) {
                self.prompt = prompt
                self.round = round
                self.perDevice = perDevice
                allowance = perDevice == 1 ? "one" : "up to \(perDevice)"
            }
        }
        let ended: Bool
        let open: Open?
        /// The code matches no session here.
        var unknown = false
    }
}
