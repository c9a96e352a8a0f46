/// How a store (SQLite or PostgreSQL) fills in ``QuarterCounts`` from the rows it counted, so that
/// every store names the figures alike (``FigureKey``).
extension QuarterCounts {
    /// No counts yet, for the sets of themes counted together (name → theme ids).
    public init(sets: [String: [String]]) {
        self.init()
        self.sets = sets
    }

    /// `team` (nil: sessions without one) held `count` sessions that count in the quarter.
    public mutating func setSessions(_ count: Int, team: TeamCode?) { sessions[team] = count }

    /// Of `team`'s sessions, `count` raised `theme`, `strengths` of them as a strength and `concerns` as a concern.
    public mutating func addTheme(_ theme: ThemeID, team: TeamCode?, count: Int, strengths: Int, concerns: Int) {
        add(FigureKey.theme(theme.rawValue), team: team, count: count, strengths: strengths, concerns: concerns)
    }

    /// Of `team`'s sessions, `count` raised any theme of the set `name` (each session once).
    public mutating func addSet(_ name: String, team: TeamCode?, count: Int, strengths: Int, concerns: Int) {
        add(FigureKey.set(name), team: team, count: count, strengths: strengths, concerns: concerns)
    }

    /// An item filed under a theme, from one of `team`'s sessions.
    public mutating func addItem(_ item: ThemeRecord.Item, team: TeamCode?) { items[team, default: []].append(item) }

    /// A figure's count, and its strength and concern figures when there are any (a figure of 0 is absent).
    private mutating func add(_ key: String, team: TeamCode?, count: Int, strengths: Int, concerns: Int) {
        raised[team, default: [:]][key, default: 0] += count
        for (direction, n) in [(ThemeDirection.strength, strengths), (.concern, concerns)] where n > 0 {
            raised[team, default: [:]][key + String(direction.mark), default: 0] += n
        }
    }
}
