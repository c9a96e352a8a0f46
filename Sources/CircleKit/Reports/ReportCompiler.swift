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

/// `circle compile`: builds the `Report` of one grouping (the organisation, a service area or a
/// team) for one closed quarter. Every figure comes from the quarter's ``QuarterRelease``, which
/// depends only on the sessions that count in the quarter and the organisation file: compiling
/// again, or in another store fed the same bundles, gives the same report, and nothing is kept
/// about reports compiled before. The store is either kind of ``ThemeRepository``.
public struct ReportCompiler: Sendable {
    public let store: any ThemeRepository
    public let labels: [String: ThemeLabel]
    public let organisation: Organisation?

    public init(store: any ThemeRepository, labels: [String: ThemeLabel], organisation: Organisation? = nil) {
        self.store = store
        self.labels = labels
        self.organisation = organisation
    }

    /// The middle leaders' questions (PSDP middle leaders' sheet) the report answers,
    /// with the themes that speak to each.
    static let workloadThemes = ["workload", "demands", "out-of-hours", "remote-working", "control"]
    static let resilienceThemes = [
        "moral-distress", "secondary-trauma", "anxiety", "self-care", "supervision-quality", "manager-support",
        "blame-culture", "bullying", "discrimination", "change",
    ]

    /// The report of `grouping` for `quarter` (default: the latest quarter closed by `date`).
    public func compile(_ grouping: Grouping = .organisation, quarter: Quarter? = nil, date: Date = Date()) async throws -> Report {
        let quarter = quarter ?? Quarter.latestClosed(on: date)
        guard quarter.isClosed(on: date) else {
            throw CircleError(
                .report, "\(quarter) is not closed yet: its reports can be compiled after week \(quarter.cutOff), once every bundle made for it has arrived (a report of a quarter still filling up could be compared with a later one)")
        }
        if case .service(let name) = grouping, organisation?.teams.contains(where: { $0.service == name }) != true {
            let known = Set(organisation?.teams.compactMap(\.service) ?? []).sorted()
            throw CircleError(
                .input, known.isEmpty ? "no organisation file names service areas, so there is no report of \"\(name)\""
                    : "\"\(name)\" is not a service area of \(organisation!.name); they are \(known.joined(separator: ", "))")
        }
        try await checkVisible(grouping)
        let release = try await self.release(quarter)
        guard release.holders.first?.grouping == .organisation else {
            throw CircleError(.report, "fewer than \(DisclosureRule.threshold) sessions count in \(quarter), so it has no report: a figure from so few could be traced to one session")
        }
        guard let index = release.shown[grouping] else {
            throw CircleError(
                .report, "\(grouping) has no report of its own for \(quarter): it had fewer than \(DisclosureRule.threshold) sessions, or its figures would let another grouping's be worked out. Its sessions are counted in the reports of the groupings above it")
        }
        let holder = release.holders[index]
        let sessions = DisclosureRule.shown(holder.sessions)!

        // The quarters of the trend: up to three before this one in which the grouping had a
        // report, each from its own quarter's release (so each column is that quarter's report).
        var quarters: [(quarter: Quarter, release: QuarterRelease, holder: Int)] = []
        var earlier = quarter.previous.previous.previous
        while earlier < quarter {
            let past = try await self.release(earlier)
            if let i = past.shown[grouping] { quarters.append((earlier, past, i)) }
            earlier = earlier.next
        }
        let previous = quarters.last.flatMap { $0.quarter == quarter.previous ? $0 : nil }
        quarters.append((quarter, release, index))
        func share(_ key: String, in period: (quarter: Quarter, release: QuarterRelease, holder: Int)) -> Int? {
            guard let n = period.release.figure(key, in: period.holder), let total = DisclosureRule.shown(period.release.holders[period.holder].sessions) else { return nil }
            return DisclosureRule.share(n, of: total)
        }

        /// The figure of `key` (a theme, or a set of themes), nil when withheld for the grouping.
        func figureOf(_ key: String, strengths: String, concerns: String, id: String, label: String, group: String) -> Report.ThemeFigure? {
            guard let n = release.figure(key, in: index) else { return nil }
            let now = DisclosureRule.share(n, of: sessions)
            let before = previous.flatMap { share(key, in: $0) }
            return Report.ThemeFigure(
                id: id, label: label, group: group, sessions: .count(n), share: now, previousShare: before, change: before.map { now - $0 },
                strengths: release.holders[index].cells[strengths] ?? .suppressed, concerns: release.holders[index].cells[concerns] ?? .suppressed)
        }
        func figure(_ id: String) -> Report.ThemeFigure? {
            figureOf(
                FigureKey.theme(id), strengths: FigureKey.theme(id, .strength), concerns: FigureKey.theme(id, .concern), id: id,
                label: labels[id]?.label ?? id, group: labels[id]?.group ?? "other")
        }
        let themes = holder.cells.keys.filter { ThemeID.isValid($0) }.compactMap(figure).sorted { ($1.sessions.value!, $0.id) < ($0.sessions.value!, $1.id) }
        let hse = HSEStandard.all.compactMap { standard in
            figureOf(
                FigureKey.set(standard.id), strengths: FigureKey.set(standard.id, .strength), concerns: FigureKey.set(standard.id, .concern),
                id: standard.id, label: standard.label, group: "hse")
        }
        let changed = themes.filter { $0.change != nil && $0.change != 0 }
        let rose = Array(changed.filter { $0.change! > 0 }.sorted { ($1.change!, $0.label) < ($0.change!, $1.label) }.prefix(3))
        let fell = Array(changed.filter { $0.change! < 0 }.sorted { ($0.change!, $0.label) < ($1.change!, $1.label) }.prefix(3))

        let items = Dictionary(grouping: holder.items) { $0.theme!.rawValue }.map { theme, items in
            Report.ItemGroup(
                theme: theme, label: labels[theme]?.label ?? theme, learningPoints: items.filter { $0.kind == "learning-point" }.map(\.text),
                feedbackUp: items.filter { $0.kind == "feedback-up" }.map(\.text))
        }.sorted { ($0.label, $0.theme) < ($1.label, $1.theme) }
        func itemsUnder(_ ids: [String], kind: String?) -> [String] {
            items.filter { ids.contains($0.theme) }.flatMap { group in
                kind == "feedback-up" ? group.feedbackUp : kind == "learning-point" ? group.learningPoints : group.feedbackUp + group.learningPoints
            }
        }
        let strengths = labels.filter { $0.value.group == "strengths" }.keys.sorted()
        let questions = [
            Report.Question(question: "Are there common themes?", themes: Array(themes.prefix(6)), items: []),
            Report.Question(
                question: "How are workloads in our teams?", themes: Self.workloadThemes.compactMap(figure),
                items: itemsUnder(Self.workloadThemes, kind: nil)),
            Report.Question(
                question: "What do we need to feedback to senior leaders about resilience in our teams?",
                themes: Self.resilienceThemes.compactMap(figure), items: items.flatMap(\.feedbackUp)),
            Report.Question(
                question: "What have we done well?", themes: strengths.compactMap(figure), items: itemsUnder(strengths, kind: "learning-point")),
        ]
        let partHolders = holder.parts.map { release.holders[$0] }
        let kinds = Set(partHolders.compactMap { part -> String? in
            switch part.grouping { case .team: "team"; case .service: "service area"; default: nil }
        })
        let parts = Report.CrossTable(
            dimension: kinds.count == 1 ? kinds.first! : "team or service area", columns: partHolders.map(\.label),
            columnTotals: partHolders.map { DisclosureRule.cell($0.sessions) },
            rows: themes.map { theme in
                Report.CrossTable.Row(theme: theme.id, label: theme.label, cells: holder.parts.map { release.holders[$0].cells[theme.id] ?? .suppressed })
            })

        let trend = Report.Trend(
            periods: quarters.map { period in
                let h = period.release.holders[period.holder]
                return Report.TrendPeriod(period: period.quarter.description, sessions: DisclosureRule.cell(h.sessions), teams: h.teams.compactMap { $0 }.count)
            },
            rows: themes.map { theme in
                let shares = quarters.map { share(theme.id, in: $0) }
                return Report.TrendRow(
                    theme: theme.id, label: theme.label, cells: quarters.map { $0.release.holders[$0.holder].cells[theme.id] ?? .suppressed },
                    shares: shares, change: theme.change)
            })

        let k = DisclosureRule.threshold
        let legend = [
            "Figures count sessions, not people, rounded to the nearest \(DisclosureRule.rounding). Shares are of the quarter's sessions, worked out from the rounded figures.",
            "“withheld”: fewer than \(k) sessions raised it, or showing it would let a withheld figure be worked out from the others. A theme not listed may have been raised by a few sessions or by none.",
            previous.map { "Change is in percentage points of share since \($0.quarter)." }
                ?? "There is no change to show: this \(Self.noun(grouping)) had no report in \(quarter.previous).",
            "Strength and concern: sessions in which a theme was tagged as raised as a strength (#theme+) or as a concern (#theme-); the other sessions tagged it without saying which.",
        ]
        var notes = [
            "Every figure counts sessions that raised a theme, not people, rounded to the nearest \(DisclosureRule.rounding). A figure from fewer than \(k) sessions is withheld, and a theme withheld for this grouping is not listed at all, so a theme that is missing may have been raised by a few sessions or by none.",
            "Where a withheld figure could be worked out from a total, another figure is withheld too, so “withheld” does not always mean fewer than \(k).",
            "This report covers \(quarter): the sessions of weeks \(quarter.weeks.first) to \(quarter.weeks.last) brought by bundles made by week \(quarter.cutOff). Compiled again, in this store or any other fed the same bundles, it gives the same figures.",
            "Each earlier quarter's figures are that quarter's own report, so no figure is a difference of two sets of sessions that overlap.",
            "The HSE Management Standards count the sessions that raised any theme filed under a standard (Circle's mapping: docs/middle-leaders.md).",
            "Learning points and feedback appear only under a theme shown for this grouping.",
        ]
        if partHolders.contains(where: { $0.grouping == nil }) {
            notes.append("“Other teams” gathers the teams that have no figures of their own this quarter: too few sessions, or figures that would let another team's be worked out.")
        }
        let week = ThemeRecord.isoWeek(date)
        var report = Report(
            title: "Themes from group reflective supervision", compiled: week,
            grouping: Self.heading(grouping, organisation: holder.label), period: quarter.description,
            weeks: "\(quarter.weeks.first) to \(quarter.weeks.last)", threshold: k, rounding: DisclosureRule.rounding, sessions: sessions,
            teams: holder.teams.compactMap { $0 }.count, previousPeriod: previous?.quarter.description, legend: legend, rose: rose, fell: fell,
            themes: themes, hse: hse, questions: questions, parts: parts, trend: trend, items: items, notes: notes)
        report.responses = try await responses(to: quarter.previous)
        return report
    }

    /// What a grouping is called in a sentence.
    static func noun(_ grouping: Grouping) -> String {
        switch grouping {
        case .organisation: "organisation"
        case .service: "service area"
        case .team: "team"
        }
    }

    /// How a report names its grouping: the organisation's name, "Service area …" or "Team …".
    static func heading(_ grouping: Grouping, organisation: String) -> String {
        switch grouping {
        case .organisation: organisation
        case .service(let name): "Service area \(name)"
        case .team(let code): "Team \(code)"
        }
    }

    /// Refuses a grouping the store does not show whole: a service's role on an organisation's
    /// PostgreSQL store sees only its service areas' sessions, so its "whole organisation" would be
    /// one service under the organisation's name.
    func checkVisible(_ grouping: Grouping) async throws {
        guard let seen = try await store.visibleServices() else { return }
        let service: String? = switch grouping {
        case .organisation: nil
        case .service(let name): name
        case .team(let code): organisation?.team(code)?.service
        }
        if let service, seen.contains(service) { return }
        let yours = seen.isEmpty ? "no service area's sessions" : "only the sessions of " + seen.joined(separator: ", ")
        throw CircleError(
            .input, "\(store.location): your role sees \(yours), so it cannot compile the report of \(grouping): compile "
                + (seen.first.map { "--service \"\($0)\"" } ?? "on a role granted a service area")
                + " (the organisation's report is compiled on the directorate's role: docs/organisation.md)")
    }

    /// Every figure of `quarter`.
    func release(_ quarter: Quarter) async throws -> QuarterRelease {
        QuarterRelease(quarter: quarter, counts: try await store.quarterCounts(quarter, sets: HSEStandard.sets), organisation: organisation)
    }
}

extension Codebook {
    /// Labels and groups for a report.
    public var labels: [String: ThemeLabel] {
        Dictionary(themes.map { ($0.id.rawValue, ThemeLabel(label: $0.label, group: $0.group)) }, uniquingKeysWith: { first, _ in first })
    }
}
