import Foundation

/// A theme's label and group, from the codebook.
public struct ThemeLabel: Sendable, Equatable {
    public let label: String
    public let group: String

    public init(label: String, group: String) {
        self.label = label
        self.group = group
    }
}

/// `circle compile`: reads the theme store and builds a `Report`, withholding every
/// figure that fewer than `minSessions` sessions lie behind.
public struct ReportCompiler: Sendable {
    /// How trends are grouped in time.
    public enum Periods: String, Sendable {
        case month, quarter
    }

    public let store: ThemeStore
    public let labels: [String: ThemeLabel]

    public init(store: ThemeStore, labels: [String: ThemeLabel]) {
        self.store = store
        self.labels = labels
    }

    /// The middle leaders' questions (PSDP middle leaders' sheet) the report answers,
    /// with the themes that speak to each.
    static let workloadThemes = ["workload", "demands", "out-of-hours", "remote-working", "control"]
    static let resilienceThemes = [
        "moral-distress", "secondary-trauma", "anxiety", "self-care", "supervision-quality", "manager-support",
        "blame-culture", "bullying", "discrimination", "change",
    ]

    public func compile(
        filter: ThemeStore.Filter = ThemeStore.Filter(), minSessions: Int = 3, periods: Periods = .quarter, date: Date = Date()
    ) throws -> Report {
        guard minSessions >= 2 else {
            throw CircleError(.report, "the minimum number of sessions behind a figure must be at least 2 (a figure from one session could identify it)")
        }
        let k = minSessions
        let counts = try store.aggregates(filter)
        guard counts.sessions >= k else {
            throw CircleError(
                .report, "only \(counts.sessions) session\(counts.sessions == 1 ? "" : "s") match\(counts.sessions == 1 ? "es" : ""); a report needs at least \(k) so that nothing in it can be traced to one session")
        }
        let week = ThemeRecord.isoWeek(date)
        let ids = try store.sessionIDs(filter)
        for earlier in try store.compiledSessionSets() {
            let difference = ids.symmetricDifference(earlier.sessions).count
            if difference > 0 && difference < k {
                throw CircleError(
                    .report, "this report would differ from one compiled in \(earlier.compiledAt) by only \(difference) session\(difference == 1 ? "" : "s"): comparing the two could reveal \(difference == 1 ? "it" : "them"). Widen or narrow the filters by at least \(k) sessions, or wait until \(k) new sessions have been imported")
            }
        }

        let raised = counts.raised
        func figure(_ id: String) -> Report.ThemeFigure {
            let n = raised[id] ?? 0
            let shown = n == 0 || n >= k
            return Report.ThemeFigure(
                id: id, label: labels[id]?.label ?? id, group: labels[id]?.group ?? "other",
                sessions: shown ? .count(n) : .suppressed,
                share: shown ? Int((Double(n) * 100 / Double(counts.sessions)).rounded()) : nil)
        }
        let ordered = raised.keys.sorted { (raised[$1]!, $0) < (raised[$0]!, $1) }
        let themes = ordered.map(figure)
        let shownThemes = ordered.filter { (raised[$0] ?? 0) >= k }
        let hse = labels.filter { $0.value.group == "hse" }.keys.sorted { labels[$0]!.label < labels[$1]!.label }.map(figure)

        func table(_ dimension: String, other: String, merge: Bool, split: Aggregates.Split) -> Report.CrossTable {
            let columns = split.totals.keys.sorted()
            let suppressed = SuppressedTable(
                rows: shownThemes, columns: columns,
                counts: shownThemes.map { theme in columns.map { split.counts[theme]?[$0] ?? 0 } },
                columnTotals: columns.map { split.totals[$0]! }, k: k, mergeSmall: merge, other: other)
            return Report.CrossTable(
                dimension: dimension, columns: suppressed.columns, columnTotals: suppressed.columnTotals,
                rows: suppressed.rows.map { Report.CrossTable.Row(theme: $0.id, label: labels[$0.id]?.label ?? $0.id, cells: $0.cells) })
        }
        let byTeam = table("team", other: "other teams", merge: true, split: counts.byTeam)
        let byFormat = table("format", other: "other formats", merge: true, split: counts.byFormat)
        let byPeriod = table(periods.rawValue, other: "", merge: false, split: periods == .month ? counts.byMonth : Self.quarters(counts.byMonth))

        var groups: [String: Report.ItemGroup] = [:]
        var withheld = 0
        for item in counts.items {
            let theme = item.theme?.rawValue ?? "general"
            if theme != "general" && (raised[theme] ?? 0) < k {
                withheld += 1
                continue
            }
            var group = groups[theme] ?? Report.ItemGroup(theme: theme, label: labels[theme]?.label ?? "General", learningPoints: [], feedbackUp: [])
            if item.kind == "feedback-up" { group.feedbackUp.append(item.text) } else { group.learningPoints.append(item.text) }
            groups[theme] = group
        }
        let items = groups.values.map { group in
            var merged = group
            merged.feedbackUp = Self.merge(group.feedbackUp, k: k)
            merged.learningPoints = Self.merge(group.learningPoints, k: k)
            return merged
        }.sorted { ($0.theme == "general" ? 1 : 0, $0.label) < ($1.theme == "general" ? 1 : 0, $1.label) }
        func itemsUnder(_ themes: [String], kind: String?) -> [String] {
            items.filter { themes.contains($0.theme) }.flatMap { group in
                kind == "feedback-up" ? group.feedbackUp : kind == "learning-point" ? group.learningPoints : group.feedbackUp + group.learningPoints
            }
        }
        let strengths = labels.filter { $0.value.group == "strengths" }.keys.sorted()
        let questions = [
            Report.Question(question: "Are there common themes?", themes: Array(themes.filter { $0.sessions != .suppressed }.prefix(6)), items: []),
            Report.Question(
                question: "How are workloads in our teams?", themes: Self.workloadThemes.map(figure),
                items: itemsUnder(Self.workloadThemes, kind: nil)),
            Report.Question(
                question: "What do we need to feedback to senior leaders about resilience in our teams?",
                themes: Self.resilienceThemes.filter { raised[$0] != nil }.map(figure),
                items: items.flatMap(\.feedbackUp)),
            Report.Question(
                question: "What have we done well?", themes: strengths.filter { raised[$0] != nil }.map(figure),
                items: itemsUnder(strengths, kind: "learning-point")),
        ]
        var notes = [
            "Every figure counts sessions that raised a theme, not people. Figures from fewer than \(k) sessions are withheld; where a withheld figure could be worked out from a total, another figure is withheld too, so “withheld” does not always mean fewer than \(k).",
            "Teams and formats with fewer than \(k) sessions are grouped together, so that none can be singled out.",
        ]
        if withheld > 0 {
            notes.append("\(withheld) learning point\(withheld == 1 ? " was" : "s were") withheld because \(withheld == 1 ? "its theme was" : "their themes were") raised in fewer than \(k) sessions.")
        }
        let report = Report(
            title: "Themes from group reflective supervision", compiled: week, filters: Self.describe(filter), minSessions: k,
            sessions: counts.sessions, weeks: "\(counts.firstWeek) to \(counts.lastWeek)", themes: themes, hse: hse,
            questions: questions, byTeam: byTeam, byFormat: byFormat, byPeriod: byPeriod, items: items, notes: notes)
        try store.recordCompiled(sessions: ids, at: week)
        return report
    }

    /// Months added up into quarters (each session lies in one month).
    static func quarters(_ months: Aggregates.Split) -> Aggregates.Split {
        var quarters = Aggregates.Split()
        for (month, n) in months.totals { quarters.totals[Period.quarter(ofMonth: month), default: 0] += n }
        for (theme, byMonth) in months.counts {
            for (month, n) in byMonth { quarters.counts[theme, default: [:]][Period.quarter(ofMonth: month), default: 0] += n }
        }
        return quarters
    }

    /// The same words from several sessions once, in first-seen order; how many
    /// sessions said them only when that figure is at least k.
    static func merge(_ texts: [String], k: Int) -> [String] {
        var counts: [String: Int] = [:]
        for text in texts { counts[text, default: 0] += 1 }
        var seen: Set<String> = []
        return texts.compactMap { text in
            guard seen.insert(text).inserted else { return nil }
            let n = counts[text]!
            return n >= k ? "\(text) (raised in \(n) sessions)" : text
        }
    }

    static func describe(_ filter: ThemeStore.Filter) -> String {
        var parts: [String] = []
        if let since = filter.since { parts.append("from \(since)") }
        if let until = filter.until { parts.append("to \(until)") }
        if let team = filter.team { parts.append("team \(team)") }
        if let format = filter.format { parts.append("format \(format)") }
        return parts.isEmpty ? "all sessions in the store" : parts.joined(separator: ", ")
    }
}

extension Codebook {
    /// Labels and groups for a report.
    public var labels: [String: ThemeLabel] {
        Dictionary(themes.map { ($0.id.rawValue, ThemeLabel(label: $0.label, group: $0.group)) }, uniquingKeysWith: { first, _ in first })
    }
}
