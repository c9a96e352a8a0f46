import Foundation
import Testing
@testable import CircleKit

/// A middle leader turned attacker: from one store, and from a fresh store fed the same bundles in
/// another order, they compile every report they can ask for, then try to work out any one
/// session's themes or items by subtracting figures. They fail.
@Suite struct AttackerTests {
    static let organisation = Organisation(name: "Northshire Children's Services", teams: [
        .init(code: "CFS-EAST", service: "Children and Families"), .init(code: "CFS-WEST", service: "Children and Families"),
        .init(code: "CFS-SOUTH", service: "Children and Families"), .init(code: "EH-NORTH", service: "Early Help"),
        .init(code: "EH-SOUTH", service: "Early Help"), .init(code: "CIC-1", service: "Children in Care"), .init(code: "LADO"),
    ])
    static let themes: [ThemeID] = ["workload", "peer-support", "moral-distress", "successes", "bullying", "demands", "manager-support"]

    /// Three quarters of sessions, a signed bundle per team and quarter, from 0 to 16 sessions each.
    static func bundles(key: BundleSigningKey) throws -> [String] {
        var random = SystemRandomNumberGenerator.Seeded(seed: 13)
        var paths: [String] = []
        var n = 0
        for team in Self.organisation.teams.map(\.code) as [TeamCode?] + [nil] {
            for quarter in 0..<3 {
                var records: [ThemeRecord] = []
                for _ in 0..<random.next(upTo: 17) {
                    n += 1
                    let week = String(format: "2026-W%02d", 1 + quarter * 13 + random.next(upTo: 13))
                    let themes = Self.themes.filter { _ in random.next(upTo: 3) == 0 }
                    var items: [ThemeRecord.Item] = []
                    if let theme = themes.first, random.next(upTo: 2) == 0 {
                        items.append(.init(kind: random.next(upTo: 2) == 0 ? "learning-point" : "feedback-up", text: "Item \(n).", theme: theme))
                    }
                    if random.next(upTo: 4) == 0 { items.append(.init(kind: "learning-point", text: "Untagged \(n).")) }
                    records.append(StoreFixture.record(n, team: team, week: week, themes: themes, items: items))
                }
                // Made in the quarter's last week, as a facilitator would at the end of each quarter.
                let created = String(format: "2026-W%02d", 13 + quarter * 13)
                let path = try Fixture.scratch("\(team?.rawValue ?? "none")-\(quarter).json")
                try ExchangeBundle(records: records, created: created).signed(with: key).write(to: URL(fileURLWithPath: path))
                paths.append(path)
            }
        }
        return paths
    }

    /// A figure the attacker sees: the sessions it counts (they know which teams and which quarter
    /// a report and each of its columns covers), the theme, and what it could be.
    struct Observation {
        var sessions: Set<String>
        var theme: String
        var range: ClosedRange<Int>
    }

    @Test func subtractionRecoversNoSessionsThemesOrItems() async throws {
        let key = BundleSigningKey()
        let paths = try Self.bundles(key: key)
        let date = ISO8601DateFormatter().date(from: "2026-12-07T09:00:00Z")!
        var reportsByStore: [[String: Report]] = []
        var records: [ThemeRecord] = []
        for order in [paths, paths.reversed()] {
            let store = try StoreFixture.store()
            for path in order {
                let bundle = try ExchangeBundle.read(path, trusting: [key.publicKey]).bundle
                try store.add(bundle.records, received: bundle.created)
            }
            records = try store.records()
            let compiler = ReportCompiler(store: store, labels: StoreFixture.labels, organisation: Self.organisation)
            // Every request a middle leader can make: every quarter of the year, every grouping.
            var reports: [String: Report] = [:]
            let groupings: [Grouping] = [.organisation] + Set(Self.organisation.teams.compactMap(\.service)).sorted().map(Grouping.service)
                + Self.organisation.teams.map { Grouping.team($0.code) }
            for quarter in (1...4).map({ Quarter("2026-Q\($0)")! }) {
                for grouping in groupings {
                    if let report = try? await compiler.compile(grouping, quarter: quarter, date: date) { reports["\(quarter) \(grouping)"] = report }
                }
            }
            reportsByStore.append(reports)
        }
        // The fresh store, fed the same bundles in another order, gives exactly the same reports.
        #expect(reportsByStore[0] == reportsByStore[1])
        let reports = reportsByStore[0]
        #expect(reports.count >= 8, "too few reports to attack: \(reports.keys.sorted())")
        #expect(!reports.keys.contains { $0.hasPrefix("2026-Q4") })

        // What each report and column covers, as the attacker knows it.
        func sessions(quarter: String, teams: Set<TeamCode?>) -> Set<String> {
            Set(records.filter { Quarter(week: $0.week)?.description == quarter && teams.contains($0.team) }.map(\.id))
        }
        func teams(of label: String) -> Set<TeamCode?> {
            if label == Self.organisation.name { return Set(Self.organisation.teams.map(\.code) as [TeamCode?] + [nil]) }
            if let code = try? TeamCode(label), Self.organisation.team(code) != nil { return [code] }
            return Set(Self.organisation.teams.filter { $0.service == label }.map(\.code))
        }
        var observations: [Observation] = []
        var shownItems: [String] = []
        for (name, report) in reports {
            let quarter = String(name.prefix(7))
            let whole = teams(of: report.grouping.hasPrefix("Team ") ? String(report.grouping.dropFirst(5))
                : report.grouping.hasPrefix("Service area ") ? String(report.grouping.dropFirst(13)) : report.grouping)
            let all = sessions(quarter: quarter, teams: whole)
            var named: Set<TeamCode?> = []
            var columns: [(Set<String>, Int)] = []
            for (index, label) in report.parts.columns.enumerated() where label != "other teams" {
                named.formUnion(teams(of: label))
                columns.append((sessions(quarter: quarter, teams: teams(of: label)), index))
            }
            if let index = report.parts.columns.firstIndex(of: "other teams") {
                columns.append((sessions(quarter: quarter, teams: whole.subtracting(named)), index))
            }
            for theme in Self.themes.map(\.rawValue) {
                let shown = report.themes.first { $0.id == theme }?.sessions.value
                observations.append(Observation(sessions: all, theme: theme, range: Self.range(shown, of: all.count)))
                if let row = report.parts.rows.first(where: { $0.theme == theme }) {
                    for (set, index) in columns {
                        observations.append(Observation(sessions: set, theme: theme, range: Self.range(row.cells[index].value, of: set.count)))
                    }
                }
            }
            for group in report.items {
                #expect(report.themes.contains { $0.id == group.theme }, "an item under a theme not shown in \(name)")
                for text in group.learningPoints + group.feedbackUp {
                    #expect(!text.hasPrefix("Untagged"), "an untagged item reached \(name)")
                    shownItems.append(text)
                }
            }
        }

        #expect(Set(observations.map(\.sessions)).count > 10, "too few published sets to attack")
        let findings = Self.attack(observations)
        #expect(findings.isEmpty, "\(findings.prefix(5))")

        // The same attack on the exact counts of every team, service area and the organisation,
        // without the disclosure rules, does recover sessions' themes: the attack has teeth.
        var exact: [Observation] = []
        for quarter in (1...3).map({ "2026-Q\($0)" }) {
            let groups = [Set(Self.organisation.teams.map(\.code) as [TeamCode?] + [nil])]
                + Set(Self.organisation.teams.compactMap(\.service)).map { service in Set(Self.organisation.teams.filter { $0.service == service }.map(\.code) as [TeamCode?]) }
                + Self.organisation.teams.map { [$0.code] as Set<TeamCode?> }
            for group in groups {
                let members = records.filter { Quarter(week: $0.week)?.description == quarter && group.contains($0.team) }
                for theme in Self.themes {
                    let n = members.filter { $0.themes[theme] != nil }.count
                    exact.append(Observation(sessions: Set(members.map(\.id)), theme: theme.rawValue, range: n...n))
                }
            }
        }
        #expect(!Self.attack(exact).isEmpty)

        // Items: a text in one report and not in the report of a set inside it lies in their
        // difference, never fewer than k sessions (checked above for every pair); no item is
        // untagged or under a theme the report does not show (checked report by report).
        #expect(!shownItems.isEmpty)
    }

    /// Subtraction: every published set minus one or two disjoint published sets inside it must
    /// leave no sessions or at least k; and no pair of figures may pin down the count of a theme in
    /// fewer than k sessions. What it finds, described.
    static func attack(_ observations: [Observation]) -> [String] {
        let k = DisclosureRule.threshold
        var findings: [String] = []
        let sets = Array(Set(observations.map(\.sessions))).filter { !$0.isEmpty }
        for whole in sets {
            let inside = sets.filter { $0 != whole && $0.isSubset(of: whole) }
            for (i, a) in inside.enumerated() {
                for b in [Set<String>()] + inside[(i + 1)...].filter({ $0.isDisjoint(with: a) }) {
                    let rest = whole.subtracting(a).subtracting(b)
                    if !rest.isEmpty && rest.count < k { findings.append("a difference isolates \(rest.count) session(s)") }
                }
            }
        }
        for (theme, seen) in Dictionary(grouping: observations, by: \.theme) {
            for whole in seen {
                for part in seen where part.sessions.isSubset(of: whole.sessions) && part.sessions != whole.sessions {
                    let rest = whole.sessions.count - part.sessions.count
                    let low = max(0, whole.range.lowerBound - part.range.upperBound)
                    let high = min(rest, whole.range.upperBound - part.range.lowerBound)
                    if rest < k && low == high { findings.append("\(theme): \(low) of \(rest) session(s) worked out") }
                }
            }
        }
        return findings
    }

    /// What a shown count (or a withheld one) says about the true count of a set of `size` sessions.
    static func range(_ shown: Int?, of size: Int) -> ClosedRange<Int> {
        guard let shown else { return 0...size }
        let half = DisclosureRule.rounding / 2
        return max(0, shown - half)...min(size, shown + half)
    }
}

extension SystemRandomNumberGenerator {
    /// A small seeded generator (SplitMix64), so the attacked store is the same each run.
    struct Seeded {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next(upTo bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E4B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }
}
