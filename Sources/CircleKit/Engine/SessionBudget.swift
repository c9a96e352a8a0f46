/// What one session may take from the host in all (`HostLimits`): requests, bytes of text,
/// records and theme mentions. The instruction budget stops a loop between two requests;
/// this stops a loop that keeps making them, so lint, rehearsals, the phase count and a
/// live session all end, and the host holds a bounded transcript.
struct SessionBudget {
    private var steps = 0
    private var bytes = 0
    private var records = 0
    private var themes = 0

    /// Charges `request`; returns why the session must stop when it is over a limit.
    mutating func charge(_ request: SessionRequest) -> String? {
        steps += 1
        bytes += request.bytes
        if steps > HostLimits.steps {
            return "the session made more than \(HostLimits.steps) requests of the host (a loop that never ends?)"
        }
        if bytes > HostLimits.sessionBytes {
            return "the session handed the host more than \(HostLimits.sessionBytes >> 20) MiB of text (a loop that never ends?)"
        }
        switch request {
        case .record:
            records += 1
            if records > HostLimits.records { return "the session kept more than \(HostLimits.records) records with s:record" }
        case .theme:
            themes += 1
            if themes > HostLimits.themeMentions { return "the session tagged more than \(HostLimits.themeMentions) themes with s:theme" }
        default: break
        }
        return nil
    }
}
