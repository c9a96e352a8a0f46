import CircleKit
import Foundation
import Synchronization

/// A session's room display: one more `SessionIO` (and `FacilitatorConsole`) for the
/// engine, which knows nothing else about it. Events update what the room sees; each
/// step waits for a line from the facilitator's page (or the terminal, through
/// `enter`); written rounds collect anonymous contributions from participants'
/// devices and reveal them together, shuffled. Everything is in memory and ends
/// with the session.
public final class Room: SessionIO, FacilitatorConsole, Sendable {
    /// The facilitator page's key: every facilitator action must carry it.
    public let secret: String
    /// The one-time pass in the facilitator link circle prints first: the page trades it for `secret`
    /// (by POST, once), so the key itself is never in an address, a browser's history or its session files.
    public let facilitatorPass: String
    /// The token the participants' form carries (a hidden field), so a form posted from another site is refused.
    let formToken: String
    /// The pass the page may still trade for the key: the newest one given out, until it is used.
    private let unusedPass: Mutex<String?>
    /// The code participants join with, when the room is shared.
    public let joinCode: String?
    /// Themes the facilitator can tag from the page (codebook and format).
    public let themes: [(id: String, label: String)]
    /// The longest line the facilitator may send, and the longest written contribution.
    public static let lineLimit = 4000
    public static let contributionLimit = 1000

    /// What the pages show, the lines waiting to be read, and who to tell of a change.
    private struct Inner {
        var state = RoomState()
        var lines: [String] = []
        var listeners: [@Sendable () -> Void] = []
        /// The engine's thread, parked in `next()` until a line arrives or the room closes.
        var waiting: DispatchSemaphore?

        /// Wakes the engine's thread, if it is waiting.
        mutating func wake() {
            waiting?.signal()
            waiting = nil
        }
    }
    private let inner: Mutex<Inner>
    private let started = Date()

    /// Where the room keeps what a crash must not lose (`RoomSave`), if anywhere.
    private let savePath: String?
    /// A written round's contributions from before a crash, given back when the round is asked again.
    private let restoredRound: RoomSave.Round?
    /// Serialises saves; true once the save is forgotten, so a late change cannot write it again.
    private let saving = Mutex(false)

    /// `names` are what the facilitator typed for P1, P2…; `share` opens written rounds to participants' devices.
    /// With `savePath`, the join code, key and unrevealed contributions are kept there as they change;
    /// `saved` (read from it on resume) gives them back.
    public init(
        names: [String: String] = [:], share: Bool = false, themes: [(id: String, label: String)] = [], saved: RoomSave? = nil,
        savePath: String? = nil
    ) {
        self.themes = themes
        var inner = Inner()
        inner.state.names = names
        inner.state.writtenRounds = saved?.round?.number ?? 0
        self.inner = Mutex(inner)
        secret = saved?.secret ?? Secrets.token(bytes: 24)
        facilitatorPass = Secrets.token(bytes: 24)
        unusedPass = Mutex(facilitatorPass)
        formToken = Secrets.token(bytes: 16)
        joinCode = share ? saved?.joinCode ?? Secrets.joinCode() : nil
        self.savePath = savePath
        restoredRound = saved?.round
    }

    /// Keeps the join code, key, `port` and the open round's unrevealed contributions at `savePath`.
    func save(port: Int) {
        guard let savePath else { return }
        saving.withLock { forgotten in
            guard !forgotten else { return }
            let state = snapshot
            let round = state.writing.flatMap { $0.revealed ? nil : RoomSave.Round(prompt: $0.prompt, number: $0.number, cards: $0.pending.map(\.text)) }
            try? RoomSave(joinCode: joinCode, secret: secret, port: port, round: round).write(to: savePath)
        }
    }

    /// Removes the saved state: the session has ended, and what it held goes with it.
    public func forgetSave() {
        guard let savePath else { return }
        saving.withLock { forgotten in
            forgotten = true
            _ = try? FileManager.default.removeItem(atPath: savePath)
        }
    }

    /// The facilitator's key for the one-time `pass`; nil if the pass is wrong, already used or
    /// replaced by a newer one.
    func exchange(_ pass: String) -> String? {
        unusedPass.withLock { unused in
            guard let current = unused, Secrets.same(pass, current) else { return nil }
            unused = nil
            return secret
        }
    }

    /// A new one-time pass, for when the facilitator's page was closed or lost (`/link` at the
    /// terminal); a pass given out before and not yet used stops working.
    public func reissuePass() -> String {
        let pass = Secrets.token(bytes: 24)
        unusedPass.withLock { $0 = pass }
        return pass
    }

    /// Calls `listener` after every change of what the pages show, in the order listeners were
    /// added (the server's are added when it opens).
    public func onChange(_ listener: @escaping @Sendable () -> Void) {
        inner.withLock { $0.listeners.append(listener) }
    }

    /// A copy of what the pages show now.
    var snapshot: RoomState { inner.withLock { $0.state } }

    /// How many contributions the open written round holds, not yet revealed (the facilitator's
    /// exact count); nil when no written round is open on devices.
    public var contributionsWaiting: Int? {
        inner.withLock { inner in inner.state.writing.flatMap { $0.revealed ? nil : $0.pending.count } }
    }

    // MARK: SessionIO

    /// Shows `event`. After a phase that only said lines (no question), it waits for the
    /// facilitator to move on ("Next" on their page, or Enter at the terminal), so the room has
    /// time to read it: the engine, the journal and a session without the room are unchanged.
    /// Any other line typed meanwhile moves on too, and then answers the next step.
    public func show(_ event: SessionEvent) {
        let reading = change { state -> Bool in
            state.apply(event)
            guard state.reading else { return false }
            state.question = .reading
            state.questionID += 1
            return true
        }
        guard reading else { return }
        let line = next()
        changeInner { inner in
            inner.state.reading = false
            inner.state.secondsLeft = nil
            if let line, !line.trimmingCharacters(in: .whitespaces).isEmpty { inner.lines.insert(line, at: 0) }
        }
    }

    /// Whether `event` will hold the session until the facilitator moves on (see `show`): the
    /// terminal says so.
    public func holds(after event: SessionEvent) -> Bool {
        inner.withLock { $0.state.holdsToRead(after: event) }
    }

    public func line(for request: SessionRequest, context: TurnContext) throws -> String? {
        change { state in
            state.question = .turn(request)
            state.questionID += 1
            state.phaseAsked = true
            state.title = context.title  // a resumed session's replayed events were not shown
            state.phase = context.phase
            state.phaseIndex = context.phaseIndex
            state.phaseTotal = context.phaseTotal
            state.secondsLeft = context.secondsLeft
            state.clockSet = Date()
            if case .write(let prompt, let people, let perDevice) = request {
                if joinCode != nil, state.writing?.prompt != prompt {
                    if let restored = restoredRound, restored.prompt == prompt, restored.number == state.writtenRounds {
                        // The round open when the session stopped: what was written comes back.
                        var round = RoomState.WrittenRound(prompt: prompt, people: people, perDevice: perDevice, number: restored.number)
                        round.pending = restored.cards.map { .init(id: Secrets.token(bytes: 8), text: $0) }
                        round.shown = round.pending.count
                        state.writing = round
                    } else {
                        state.writtenRounds += 1
                        state.writing = .init(prompt: prompt, people: people, perDevice: perDevice, number: state.writtenRounds)
                    }
                }
            } else {
                state.writing = nil
            }
        }
        return next()
    }

    public func reject(_ message: String, context: TurnContext) throws {
        change { $0.notice = message }
    }

    public func clock() -> Double { Date().timeIntervalSince(started) }

    // MARK: FacilitatorConsole

    public func tell(_ text: String) {
        change { $0.log.append(contentsOf: text.split(separator: "\n").map(String.init)) }
    }

    public func ask(_ question: ConsoleQuestion) -> String? {
        change { state in
            state.question = .closing(question)
            state.questionID += 1
            state.writing = nil
        }
        return next()
    }

    // MARK: Input

    /// What happened to a line or contribution sent from a page.
    public enum Outcome: Equatable, Sendable {
        case accepted
        /// The question was already answered, or has moved on.
        case stale
        /// No written round is open (or the room is not shared, or the session has ended).
        case closed
        /// This page has already sent as many as the round takes from one page (its `perDevice`).
        case alreadyWritten(perDevice: Int)
        /// Fewer than `minimumToReveal` contributions, and the facilitator has not confirmed.
        case tooFew(Int)
        /// No contribution has that id (already hidden, or revealed).
        case unknownCard
        /// The round already holds `cardsPerRound` contributions.
        case roundFull
    }

    /// The most contributions one written round holds (a room of 100 several times over): page
    /// tokens can be made up, so without a cap a script could grow the room without bound.
    public static let cardsPerRound = 500

    /// Contributions a reveal needs before it goes ahead without the facilitator confirming:
    /// with one or two, the room can often tell who wrote which.
    public static let minimumToReveal = 3
    /// The room view's count moves when this many more have arrived, or at the next `tick()`.
    public static let countBatch = 3

    /// A line from the facilitator's page answering question number `question`.
    public func submit(_ line: String, question: Int) -> Outcome {
        let line = Self.clean(line, limit: Self.lineLimit)
        return inner.withLock { inner in
            guard !inner.state.closed else { return .closed }
            guard inner.state.question != nil, question == inner.state.questionID, inner.lines.isEmpty else { return .stale }
            inner.lines.append(line)
            inner.wake()
            return .accepted
        }
    }

    /// A line typed at the terminal, which answers whatever is asked when it arrives.
    public func enter(_ line: String) {
        inner.withLock { inner in
            inner.lines.append(line)
            inner.wake()
        }
    }

    /// A participant's written contribution from the page that made up `device` (a random token,
    /// new each time the page loads): kept with no author and no address until revealed, one per
    /// page per round unless the format allows more (`per_device`). The room view's count moves
    /// in batches, not on each send.
    public func contribute(_ text: String, device: String) -> Outcome {
        let text = Self.clean(text, limit: Self.contributionLimit)
        guard !text.isEmpty else { return .stale }
        return change { state in
            guard !state.closed, var round = state.writing, !round.revealed else { return .closed }
            guard round.pending.count < Self.cardsPerRound else { return .roundFull }
            guard round.devices[device, default: 0] < round.perDevice else { return .alreadyWritten(perDevice: round.perDevice) }
            round.devices[device, default: 0] += 1
            round.pending.append(.init(id: Secrets.token(bytes: 8), text: text))
            if round.pending.count - round.shown >= Self.countBatch { round.shown = round.pending.count }
            state.writing = round
            return .accepted
        }
    }

    /// Brings the room view's count up to date, if contributions arrived since it last moved;
    /// the server calls this every few seconds.
    func tick() {
        guard inner.withLock({ $0.state.writing.map { $0.shown != $0.pending.count && !$0.revealed } ?? false }) else { return }
        change { state in
            guard var round = state.writing else { return }
            round.shown = round.pending.count
            state.writing = round
        }
    }

    /// A new page's own token (`device` in `contribute`).
    static func deviceToken() -> String { Secrets.token(bytes: 16) }

    /// Whether `text` has the shape of a token `deviceToken()` makes.
    static func isDeviceToken(_ text: String) -> Bool {
        text.utf8.count == 32 && text.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0) }
    }

    /// Hides one contribution before the reveal (say, one that names someone in the room): it is
    /// never shown, journaled or kept.
    public func hide(card: String, question: Int) -> Outcome {
        change { state in
            guard !state.closed, var round = state.writing, !round.revealed else { return .closed }
            guard question == state.questionID else { return .stale }
            guard let index = round.pending.firstIndex(where: { Secrets.same($0.id, card) }) else { return .unknownCard }
            round.pending.remove(at: index)
            round.shown = min(round.shown, round.pending.count)
            state.writing = round
            state.log.append("(one written contribution hidden before the reveal)")
            return .accepted
        }
    }

    /// Reveals the written round's contributions together, in shuffled order: each
    /// becomes a written contribution to the session (as literal text: no commands,
    /// no tags), then the round is done. With fewer than `minimumToReveal`, only when `confirmed`.
    public func reveal(question: Int, confirmed: Bool = false) -> Outcome {
        changeInner { inner in
            guard !inner.state.closed, var round = inner.state.writing, !round.revealed else { return .closed }
            guard inner.state.question != nil, question == inner.state.questionID, inner.lines.isEmpty else { return .stale }
            guard confirmed || round.pending.count >= Self.minimumToReveal else { return .tooFew(round.pending.count) }
            inner.lines.append(contentsOf: round.pending.shuffled().map { "\\" + $0.text })
            inner.lines.append("/done")
            round.pending = []
            round.devices = [:]
            round.revealed = true
            inner.state.writing = round
            inner.wake()
            return .accepted
        }
    }

    /// Ends the room: pages say so (with `message`, unless the session said how it ended), the
    /// join code stops working, and a step still waiting gets no line.
    public func close(_ message: String = "The session has ended.") {
        changeInner { inner in
            inner.state.finished = inner.state.finished ?? message
            inner.state.closed = true
            inner.state.writing = nil
            inner.state.question = nil
            inner.wake()
        }
    }

    /// Waits for the next line; nil once the room is closed.
    private func next() -> String? {
        while let parked = inner.withLock({ inner -> DispatchSemaphore? in
            guard inner.lines.isEmpty, !inner.state.closed else { return nil }
            inner.waiting = DispatchSemaphore(value: 0)
            return inner.waiting
        }) {
            parked.wait()
        }
        return inner.withLock { inner in
            guard !inner.lines.isEmpty else { return nil }
            inner.state.question = nil
            inner.state.notice = nil
            inner.state.agreement = nil  // read out and heard: the session has moved on
            return inner.lines.removeFirst()
        }
    }

    /// Combining marks kept on one character: enough for any script's accents, too few to draw over the room.
    static let marksPerCharacter = 2

    /// One line of text: control characters (line breaks among them) become spaces, combining
    /// marks past `marksPerCharacter` in a row are dropped, and it is cut at `limit` characters.
    static func clean(_ text: String, limit: Int) -> String {
        var out = String.UnicodeScalarView()
        var marks = 0
        for scalar in text.unicodeScalars.prefix(limit) {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark:
                marks += 1
                if marks <= marksPerCharacter { out.append(scalar) }
            case .control:
                marks = 0
                out.append(" ")
            default:
                marks = 0
                out.append(scalar)
            }
        }
        return String(out).trimmingCharacters(in: .whitespaces)
    }

    // MARK: Changes

    /// Changes the state, then tells the listeners (outside the lock).
    @discardableResult
    private func change<T: Sendable>(_ body: (inout RoomState) -> T) -> T {
        changeInner { body(&$0.state) }
    }

    private func changeInner<T: Sendable>(_ body: (inout Inner) -> T) -> T {
        let (result, listeners) = inner.withLock { inner in (body(&inner), inner.listeners) }
        for listener in listeners { listener() }
        return result
    }
}
