/// A grouping a report can be asked for: the fixed groupings of the organisation file.
public enum Grouping: Sendable, Hashable, CustomStringConvertible {
    case organisation
    /// A service area, as the organisation file names it.
    case service(String)
    case team(TeamCode)

    public var description: String {
        switch self {
        case .organisation: "the whole organisation"
        case .service(let name): "service area \(name)"
        case .team(let code): "team \(code)"
        }
    }
}

/// Every figure of one quarter, for every grouping at once, decided together so that every report
/// of the quarter shows the same figure for the same grouping and theme, and no figure can be
/// worked out from others.
///
/// 1. **Groupings.** The organisation holds its service areas, a service area its teams (from the
///    organisation file; a team with no service area, or with no file, sits directly under the
///    organisation). A grouping with fewer than ``DisclosureRule/threshold`` sessions gets no
///    figures of its own. Then, for every grouping shown, the sessions of the groupings inside it
///    that are shown must leave a rest of none or at least the threshold: otherwise the smallest
///    of them is not shown either, until they do. The rest is shown as "other teams". So any
///    difference between shown groupings is a set of at least the threshold's number of sessions.
/// 2. **Figures.** Every count is withheld (7 or fewer) or rounded (``DisclosureRule``).
/// 3. **Secondary suppression.** A grouping's figure for a theme (and for a theme as a strength or
///    a concern) is the sum of its parts' figures, and a set of themes counted together (an HSE
///    standard) is at most the sum of its themes'. Where exactly one of them is withheld, the
///    smallest shown part is withheld too (repeated until none is alone), so no withheld figure is
///    the difference of shown ones. Every figure is a ``FigureKey``.
/// 4. **Items.** A learning point or feedback item appears in a grouping's report only under a
///    theme shown for that grouping; one filed under no theme never appears.
struct QuarterRelease: Sendable {
    /// A set of sessions that has figures: a grouping, or the rest of one ("other teams").
    struct Holder: Sendable {
        var grouping: Grouping?
        var label: String
        /// The teams whose sessions it holds (nil: sessions without a team code).
        var teams: Set<TeamCode?>
        var sessions: Int
        var raised: [String: Int]
        /// The holders that add up to it (empty when it has no shown parts).
        var parts: [Int] = []
        var cells: [String: Cell] = [:]
        var items: [ThemeRecord.Item] = []
    }

    let quarter: Quarter
    private(set) var holders: [Holder] = []
    /// The shown groupings' holders.
    private(set) var shown: [Grouping: Int] = [:]

    init(quarter: Quarter, counts: QuarterCounts, organisation: Organisation?) {
        self.quarter = quarter
        let k = DisclosureRule.threshold
        // The tree of groupings with sessions this quarter.
        struct Node { var grouping: Grouping; var label: String; var parent: Int?; var teams: Set<TeamCode?>; var sessions: Int }
        var nodes = [Node(grouping: .organisation, label: organisation?.name ?? "All teams", parent: nil, teams: Set(counts.sessions.keys), sessions: counts.sessions.values.reduce(0, +))]
        var serviceNode: [String: Int] = [:]
        for code in counts.sessions.keys.compactMap({ $0 }).sorted() {
            var parent = 0
            if let service = organisation?.team(code)?.service {
                if serviceNode[service] == nil {
                    serviceNode[service] = nodes.count
                    nodes.append(Node(grouping: .service(service), label: service, parent: 0, teams: [], sessions: 0))
                }
                parent = serviceNode[service]!
                nodes[parent].teams.insert(code)
                nodes[parent].sessions += counts.sessions[code]!
            }
            nodes.append(Node(grouping: .team(code), label: code.rawValue, parent: parent, teams: [code], sessions: counts.sessions[code]!))
        }
        func isAncestor(_ a: Int, of b: Int) -> Bool {
            var p = nodes[b].parent
            while let q = p { if q == a { return true }; p = nodes[q].parent }
            return false
        }
        var published = nodes.map { $0.sessions >= k }
        func maximal(below n: Int) -> [Int] {
            nodes.indices.filter { d in
                published[d] && isAncestor(n, of: d)
                    && !nodes.indices.contains { m in published[m] && isAncestor(n, of: m) && isAncestor(m, of: d) }
            }
        }
        var settled = false
        while !settled {
            settled = true
            for n in nodes.indices where published[n] {
                let inside = maximal(below: n)
                let rest = nodes[n].sessions - inside.map { nodes[$0].sessions }.reduce(0, +)
                if rest > 0 && rest < k, let smallest = inside.min(by: { (nodes[$0].sessions, nodes[$0].label) < (nodes[$1].sessions, nodes[$1].label) }) {
                    published[smallest] = false
                    settled = false
                    break
                }
            }
        }
        // Holders: the shown groupings, then the rests.
        func raised(_ teams: Set<TeamCode?>) -> [String: Int] {
            var sum: [String: Int] = [:]
            for team in teams { for (theme, n) in counts.raised[team] ?? [:] { sum[theme, default: 0] += n } }
            return sum
        }
        var holderOf: [Int: Int] = [:]
        for n in nodes.indices where published[n] {
            holderOf[n] = holders.count
            shown[nodes[n].grouping] = holders.count
            holders.append(Holder(grouping: nodes[n].grouping, label: nodes[n].label, teams: nodes[n].teams, sessions: nodes[n].sessions, raised: raised(nodes[n].teams)))
        }
        for n in nodes.indices where published[n] {
            let inside = maximal(below: n)
            guard !inside.isEmpty else { continue }
            var parts = inside.sorted { nodes[$0].label < nodes[$1].label }.map { holderOf[$0]! }
            let rest = nodes[n].teams.subtracting(inside.flatMap { nodes[$0].teams })
            let restSessions = rest.map { counts.sessions[$0] ?? 0 }.reduce(0, +)
            if restSessions > 0 {
                parts.append(holders.count)
                holders.append(Holder(grouping: nil, label: "other teams", teams: rest, sessions: restSessions, raised: raised(rest)))
            }
            holders[holderOf[n]!].parts = parts
        }
        suppress(sets: counts.sets)
        for h in holders.indices {
            var seen: Set<String> = []
            var texts: [ThemeRecord.Item] = []
            for team in holders[h].teams {
                for item in counts.items[team] ?? [] where holders[h].cells[item.theme?.rawValue ?? ""]?.value != nil {
                    if seen.insert("\(item.theme?.rawValue ?? "")\u{0}\(item.kind)\u{0}\(item.text)").inserted { texts.append(item) }
                }
            }
            holders[h].items = texts.sorted { ($0.theme?.rawValue ?? "", $0.kind, $0.text) < ($1.theme?.rawValue ?? "", $1.kind, $1.text) }
        }
    }

    /// Primary suppression and rounding of every figure, then secondary suppression along every
    /// sum until none has exactly one withheld figure. The sums: a holder's figure and its parts'
    /// (for every theme, and every theme as a strength or a concern), and a set of themes counted
    /// together and its themes in the same holder. A set counts a session once however many of its
    /// themes it raised, so it is at most the sum of its themes; were exactly one of them withheld,
    /// the set less the others would still bound it from below, so it is treated as a sum too.
    private mutating func suppress(sets: [String: [String]]) {
        let keys = Set(holders.flatMap(\.raised.keys))
        for h in holders.indices {
            for key in keys { holders[h].cells[key] = DisclosureRule.cell(holders[h].raised[key] ?? 0) }
        }
        typealias Entry = (holder: Int, key: String)
        var sums: [(total: Entry, parts: [Entry])] = []
        for key in keys.sorted() {
            for h in holders.indices where !holders[h].parts.isEmpty { sums.append(((h, key), holders[h].parts.map { (holder: $0, key: key) })) }
        }
        for (name, themes) in sets.sorted(by: { $0.key < $1.key }) {
            for direction in [nil] + ThemeDirection.allCases.map(Optional.some) {
                let members = themes.map { FigureKey.theme($0, direction) }
                for h in holders.indices { sums.append(((h, FigureKey.set(name, direction)), members.map { (holder: h, key: $0) })) }
            }
        }
        // A figure never raised has no cell: it is withheld.
        func isShown(_ entry: Entry) -> Bool { holders[entry.holder].cells[entry.key]?.value != nil }
        var settled = false
        while !settled {
            settled = true
            for sum in sums where ([sum.total] + sum.parts).filter({ !isShown($0) }).count == 1 {
                let shownParts = sum.parts.filter(isShown)
                let pick = shownParts.min { a, b in
                    (holders[a.holder].raised[a.key] ?? 0, a.holder, a.key) < (holders[b.holder].raised[b.key] ?? 0, b.holder, b.key)
                } ?? sum.total
                holders[pick.holder].cells[pick.key] = .suppressed
                settled = false
            }
        }
    }

    /// The shown figure of `theme` for a holder: nil when withheld.
    func figure(_ theme: String, in holder: Int) -> Int? { holders[holder].cells[theme]?.value }
}
