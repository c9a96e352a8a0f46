/// What one session may take from the host in all: requests, bytes of text, records and
/// theme mentions. The defaults keep a live session, lint and rehearsals bounded; real
/// formats stay far inside them. A session that needs more on purpose (the replay
/// benchmark's 100,000 turns) sets its own in `SessionEngine.Setup.limits`.
public struct SessionLimits: Sendable, Equatable {
    /// Requests one session may make of the host (every `s:` call that reaches it).
    public var requests = 50_000
    /// Bytes of format text one session may hand the host (said, asked, recorded).
    public var bytes = 8 << 20
    /// `s:record` calls in one session.
    public var records = 1_000
    /// `s:theme` calls in one session.
    public var themeMentions = 10_000

    public init() {}
}

/// A session's use of its `SessionLimits`. The instruction budget stops a loop between two
/// requests; this stops a loop that keeps making them, so lint, rehearsals, the phase count
/// and a live session all end, and the host holds a bounded transcript.
struct SessionBudget {
    let limits: SessionLimits
    private var requests = 0
    private var bytes = 0
    private var records = 0
    private var themes = 0

    init(_ limits: SessionLimits) { self.limits = limits }

    /// Charges `request`; returns why the session must stop when it is over a limit.
    mutating func charge(_ request: SessionRequest) -> String? {
        requests += 1
        bytes += request.bytes
        if requests > limits.requests {
            return "the session made more than \(limits.requests) requests of the host (a loop that never ends?)"
        }
        if bytes > limits.bytes {
            return "the session handed the host more than \(limits.bytes >> 20) MiB of text (a loop that never ends?)"
        }
        switch request {
        case .record:
            records += 1
            if records > limits.records { return "the session kept more than \(limits.records) records with s:record" }
        case .theme:
            themes += 1
            if themes > limits.themeMentions { return "the session tagged more than \(limits.themeMentions) themes with s:theme" }
        default: break
        }
        return nil
    }
}
