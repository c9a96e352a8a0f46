import Foundation
import Testing
@testable import CircleKit

/// The report's new sections (strength and concern, HSE standards, change since the last quarter)
/// go through the same disclosure control as every figure: these tests try to work a withheld
/// figure out by subtraction, between sections and between periods, and find none.
@Suite struct ReportDisclosureTests {
    /// `StoreFixture.quarter()` with directions: workload as a concern in sessions where n % 3 != 0
    /// (CFS-EAST 10, CFS-WEST 6: the service area's 16 is shown, so one part alone withheld would
    /// give it away), peer-support as a strength wherever it was raised.
    static func records() -> [ThemeRecord] {
        StoreFixture.quarter().enumerated().map { i, record in
            var record = record
            let n = i + 1
            if n % 3 != 0 { record.directions["workload"] = .init(concern: 1) }
            if record.themes["peer-support"] != nil { record.directions["peer-support"] = .init(strength: 1) }
            return record
        }
    }

    func compiler() throws -> ReportCompiler {
        let store = try StoreFixture.store()
        try store.add(Self.records())
        return ReportCompiler(store: store, labels: StoreFixture.labels, organisation: StoreFixture.organisation)
    }

    /// Every figure of a report by (theme, what): nil where it is withheld; a theme not listed has none.
    static func figures(_ report: Report) -> [String: Int?] {
        var out: [String: Int?] = [:]
        for f in report.themes {
            out.updateValue(f.sessions.value, forKey: f.id)
            out.updateValue(f.strengths.value, forKey: f.id + "+")
            out.updateValue(f.concerns.value, forKey: f.id + "-")
        }
        return out
    }

    @Test func noWithheldFigureIsTheDifferenceOfShownOnes() async throws {
        let compiler = try compiler()
        let date = StoreFixture.date
        var reports: [String: Report] = [:]
        for grouping: Grouping in [.organisation, .service("Children and Families"), .team("CFS-EAST"), .team("CFS-WEST")] {
            reports[try await compiler.compile(grouping, date: date).grouping] = try await compiler.compile(grouping, date: date)
        }
        let service = try #require(reports["Service area Children and Families"])
        #expect(service.parts.columns == ["CFS-EAST", "CFS-WEST"])
        // Workload as a concern: 16 in the service area (shown), 6 in CFS-WEST (withheld), so
        // CFS-EAST's 10 must be withheld too, or 15 − 10 would give CFS-WEST's away.
        #expect(service.themes.first { $0.id == "workload" }?.concerns == .count(15))
        #expect(reports["Team CFS-WEST"]!.themes.first { $0.id == "workload" }?.concerns == .suppressed)
        #expect(reports["Team CFS-EAST"]!.themes.first { $0.id == "workload" }?.concerns == .suppressed)

        // The attack, for every figure: a whole less all but one of its parts.
        var tried = 0
        for (whole, parts) in [(service, ["Team CFS-EAST", "Team CFS-WEST"])] {
            let total = Self.figures(whole)
            let shares = parts.map { Self.figures(reports[$0]!) }
            for key in Set(total.keys).union(shares.flatMap(\.keys)) {
                let known = [total[key] ?? nil] + shares.map { $0[key] ?? nil }
                #expect(known.filter { $0 == nil }.count != 1, "\(key): \(known)")
                tried += 1
            }
        }
        #expect(tried == 6)  // workload and peer support, each in all, as a strength and as a concern
        // A standard less all but one of its themes (a session counts once under a standard, so the
        // difference bounds the last theme from below): never exactly one theme unknown.
        for report in reports.values {
            let shown = Set(report.themes.map(\.id))
            for standard in HSEStandard.all where report.hse.contains(where: { $0.id == standard.id }) && standard.themes.count > 1 {
                #expect(standard.themes.filter { !shown.contains($0) }.count != 1, "\(report.grouping): \(standard.label)")
            }
        }
    }

    /// Two quarters: 2026-Q2 with 20 sessions (workload in 10: 50%, peer support in 15: 75%), 2026-Q3
    /// with 30 (workload in 20: 67%, peer support in 15: 50%).
    static func twoQuarters() -> [ThemeRecord] {
        var records: [ThemeRecord] = []
        for n in 0..<20 {
            var themes: [ThemeID] = []
            if n < 10 { themes.append("workload") }
            if n < 15 { themes.append("peer-support") }
            records.append(StoreFixture.record(100 + n, team: n % 2 == 0 ? "CFS-EAST" : "CFS-WEST", week: String(format: "2026-W%02d", 14 + n % 12), themes: themes))
        }
        for n in 0..<30 {
            var themes: [ThemeID] = []
            if n < 20 { themes.append("workload") }
            if n >= 15 { themes.append("peer-support") }
            let items: [ThemeRecord.Item] = n == 3 ? [.init(kind: "feedback-up", text: "Caseload numbers are not sustainable.", theme: "workload")] : []
            var record = StoreFixture.record(200 + n, team: n % 3 == 0 ? "CFS-WEST" : "CFS-EAST", week: String(format: "2026-W%02d", 27 + n % 13), themes: themes, items: items)
            if n < 10 { record.directions["workload"] = .init(concern: 1) }
            if n >= 15 && n < 25 { record.directions["peer-support"] = .init(strength: 1) }
            records.append(record)
        }
        return records
    }

    @Test func changesAreSharesAndEachQuarterIsItsOwnReport() async throws {
        let store = try StoreFixture.store()
        try store.add(Self.twoQuarters())
        let compiler = ReportCompiler(store: store, labels: StoreFixture.labels, organisation: StoreFixture.organisation)
        let q3 = try await compiler.compile(date: StoreFixture.date)
        #expect(q3.previousPeriod == "2026-Q2")
        #expect(q3.sessions == 30 && q3.teams == 2)
        let workload = try #require(q3.themes.first { $0.id == "workload" })
        #expect((workload.previousShare, workload.share, workload.change) == (50, 67, 17))
        #expect(workload.concerns == .count(10) && workload.strengths == .suppressed)
        #expect(q3.rose.map(\.id) == ["workload"])
        #expect(q3.fell.map(\.id) == ["peer-support"])
        #expect(q3.fell.first?.change == -25)
        #expect(q3.themes.first { $0.id == "peer-support" }?.strengths == .count(10))
        // The trend's earlier column is the earlier quarter's own report, figure for figure.
        let q2 = try await compiler.compile(quarter: Quarter("2026-Q2"), date: StoreFixture.date)
        let column = try #require(q3.trend.periods.firstIndex { $0.period == "2026-Q2" })
        #expect(q3.trend.periods[column].sessions == .count(q2.sessions))
        #expect(q3.trend.periods.map(\.teams) == [2, 2])
        for row in q3.trend.rows {
            #expect(row.cells[column] == (q2.themes.first { $0.id == row.theme }?.sessions ?? .suppressed))
            #expect(row.shares[column] == q2.themes.first { $0.id == row.theme }?.share)
        }
        // Demands (workload) and Support (peer support) among the six standards.
        #expect(q3.hse.map(\.label) == ["Demands", "Support"])
        #expect(q3.hse.first?.sessions == .count(20))

        // Every form says the same: the change, the direction, the feedback under its theme.
        let markdown = try ReportFormat.md.render(q3)
        #expect(markdown.contains("- Workload and caseload: 50% → 67% (+17 points)"))
        #expect(markdown.contains("### Workload and caseload — 20 sessions (67%), +17 points since 2026-Q2; as a strength: withheld, as a concern: 10\n\n- Caseload numbers are not sustainable."))
        #expect(markdown.contains("| *teams holding sessions* | 2 | 2 | |"))
        let html = try ReportFormat.html.render(q3)
        for text in ["50% → 67% (+17 points)", "Caseload numbers are not sustainable.", "All themes shown", "teams holding sessions", "How to read this report", "<polyline"] {
            #expect(html.contains(text), "\(text)")
        }
        #expect(!html.contains("title=\""))
        let csv = try ReportFormat.csv.render(q3)
        for line in ["themes,change,workload,Workload and caseload,17", "themes,as a concern,workload,Workload and caseload,10",
                     "feedback,,workload,Workload and caseload,Caseload numbers are not sustainable.", "report,teams holding sessions,,,2",
                     "quarter share,2026-Q2,workload,Workload and caseload,50", "hse,sessions,demands,Demands,20"] {
            #expect(csv.contains(line + "\n"), "\(line)")
        }
        let json = try ReportFormat.json.render(q3)
        #expect(try JSONDecoder().decode(Report.self, from: Data(json.utf8)) == q3)
    }
}
