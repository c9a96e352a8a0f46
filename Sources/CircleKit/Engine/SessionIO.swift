/// Where a session's input comes from and where its events go: the terminal, a
/// rehearsal file, simulated participants — and later a room display. The engine
/// knows nothing else about them.
public protocol SessionIO: AnyObject {
    /// Shows an event as it happens (replayed events of a resumed session are not shown).
    func show(_ event: SessionEvent)
    /// The facilitator's next line for `request`, or nil when input has ended
    /// (the session is then paused: everything so far is in the journal).
    func line(for request: SessionRequest, context: TurnContext) throws -> String?
    /// Tells the facilitator a line was not understood, or shows help; an input
    /// with no person behind it (a rehearsal) throws instead.
    func reject(_ message: String, context: TurnContext) throws
    /// Seconds since this run of the session began.
    func clock() -> Double
}

/// Where the session is when the host asks for input: for the screen.
public struct TurnContext: Equatable, Sendable {
    public let title: String
    public let step: Int
    public let phase: String?
    public let phaseIndex: Int
    public let phaseTotal: Int?
    /// Seconds left in the phase's time box (negative when over), if it has one.
    public let secondsLeft: Double?

    public init(title: String, step: Int, phase: String?, phaseIndex: Int, phaseTotal: Int?, secondsLeft: Double?) {
        self.title = title
        self.step = step
        self.phase = phase
        self.phaseIndex = phaseIndex
        self.phaseTotal = phaseTotal
        self.secondsLeft = secondsLeft
    }
}
