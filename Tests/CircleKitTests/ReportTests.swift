import Foundation
import Testing
@testable import CircleKit

/// Builds stores of theme records for report tests.
enum StoreFixture {
    static let codebook = Fixture.root.appendingPathComponent("Scripts/themes.lua").path

    static func store() throws -> ThemeStore { try ThemeStore(path: try Fixture.scratch("themes.sqlite")) }

    /// A record with a fixed id derived from `n`, so golden reports are stable.
    static func record(_ n: Int, team: TeamCode, format: FormatID = "peer-check-in", week: String, themes: [ThemeID], items: [ThemeRecord.Item] = []) -> ThemeRecord {
        ThemeRecord(
            id: String(format: "00000000-0000-4000-8000-%012d", n), format: format, formatVersion: 1, week: week, team: team,
            participants: 5, phasesCompleted: 3, themes: Dictionary(uniqueKeysWithValues: themes.map { ($0, 1) }), items: items)
    }

    /// Twelve sessions across three teams and two quarters.
    static func sample() -> [ThemeRecord] {
        [
            record(1, team: "EAST", week: "2026-W40", themes: ["workload", "peer-support", "moral-distress"],
                   items: [.init(kind: "feedback-up", text: "Vacancies are pushing caseloads past what is safe.", theme: "workload")]),
            record(2, team: "EAST", week: "2026-W41", themes: ["workload", "demands"]),
            record(3, team: "EAST", week: "2026-W42", themes: ["workload", "successes", "peer-support"],
                   items: [.init(kind: "learning-point", text: "Joint visits helped a new worker feel held.", theme: "peer-support")]),
            record(4, team: "EAST", week: "2026-W44", themes: ["supervision-quality", "workload"]),
            record(5, team: "NORTH", format: "action-learning-set", week: "2026-W40", themes: ["workload", "manager-support"]),
            record(6, team: "NORTH", format: "action-learning-set", week: "2026-W43", themes: ["peer-support", "successes"]),
            record(7, team: "NORTH", format: "action-learning-set", week: "2026-W45", themes: ["workload", "moral-distress"],
                   items: [.init(kind: "feedback-up", text: "Out-of-hours cover leaves no time to recover.", theme: "out-of-hours")]),
            record(8, team: "NORTH", week: "2026-W46", themes: ["peer-support", "celebration"]),
            record(9, team: "WEST", format: "parallel-process-case-discussion", week: "2026-W47", themes: ["parallel-process", "containment", "workload"]),
            record(10, team: "WEST", format: "parallel-process-case-discussion", week: "2026-W48", themes: ["containment", "peer-support"]),
            record(11, team: "SOUTH", week: "2026-W48", themes: ["bullying", "workload"]),
            record(12, team: "WEST", week: "2026-W49", themes: ["workload", "successes"]),
        ]
    }

    static let date = ISO8601DateFormatter().date(from: "2026-12-07T09:00:00Z")!
}

@Suite struct ReportTests {
    func compiled(_ records: [ThemeRecord], filter: ThemeStore.Filter = .init(), k: Int = 3) throws -> Report {
        let store = try StoreFixture.store()
        try store.add(records)
        return try ReportCompiler(store: store, labels: try Codebook.load(path: StoreFixture.codebook).labels)
            .compile(filter: filter, minSessions: k, date: StoreFixture.date)
    }

    @Test func goldenMarkdownAndJSON() throws {
        let report = try compiled(StoreFixture.sample())
        for form in [ReportFormat.md, .json] {
            let golden = Fixture.root.appendingPathComponent("Tests/CircleKitTests/Golden/report.\(form.rawValue)").path
            let text = try form.render(report)
            try GoldenFile.check(text, golden)
        }
    }

    @Test func noShownFigureComesFromFewerThanKSessions() throws {
        let report = try compiled(StoreFixture.sample())
        #expect(report.sessions == 12)
        for figure in report.themes + report.hse { if let n = figure.sessions.value { #expect(n == 0 || n >= 3) } }
        for table in [report.byTeam, report.byFormat, report.byPeriod] {
            for row in table.rows {
                for cell in row.cells { if let n = cell.value { #expect(n == 0 || n >= 3) } }
                // A row never has exactly one withheld cell.
                #expect(row.cells.filter { $0 == .suppressed }.count != 1)
            }
            #expect(table.columnTotals.filter { $0 == .suppressed }.count != 1)
        }
        // SOUTH has one session: it is put under "other teams", which is withheld, and so is a second total.
        #expect(report.byTeam.columns == ["EAST", "NORTH", "WEST", "other teams"])
        #expect(report.byTeam.columnTotals.filter { $0 == .suppressed }.count == 2)
        #expect(report.themes.first { $0.id == "bullying" }?.sessions == .suppressed)
    }

    @Test func tooFewSessionsIsRefused() throws {
        let error = #expect(throws: CircleError.self) { _ = try compiled(Array(StoreFixture.sample().prefix(2))) }
        #expect(error?.description.contains("only 2 sessions match; a report needs at least 3") == true)
        let low = #expect(throws: CircleError.self) { _ = try compiled(StoreFixture.sample(), k: 1) }
        #expect(low?.description.contains("at least 2") == true)
    }

    @Test func aDifferencingAttackRecoversNothing() throws {
        let store = try StoreFixture.store()
        try store.add(StoreFixture.sample())
        let compiler = ReportCompiler(store: store, labels: try Codebook.load(path: StoreFixture.codebook).labels)
        // Two filters whose difference is one session (week 49's): the second report is refused.
        #expect(try compiler.compile(filter: .init(until: "2026-W48"), date: StoreFixture.date).sessions == 11)
        for filter in [ThemeStore.Filter(until: "2026-W49"), ThemeStore.Filter(since: "2026-W40"), ThemeStore.Filter()] {
            let error = #expect(throws: CircleError.self) { _ = try compiler.compile(filter: filter, date: StoreFixture.date) }
            #expect(error?.description.contains("differ from one compiled in 2026-W50 by only 1 session") == true)
        }
        // Within a team too: all of EAST, then EAST less one session.
        #expect(try compiler.compile(filter: .init(team: "EAST"), date: StoreFixture.date).sessions == 4)
        let team = #expect(throws: CircleError.self) {
            _ = try compiler.compile(filter: .init(until: "2026-W42", team: "EAST"), date: StoreFixture.date)
        }
        #expect(team?.description.contains("by only 1 session") == true)
        // The same sessions again are fine (the figures are the same); so is a difference of three or more.
        #expect(try compiler.compile(filter: .init(until: "2026-W48"), date: StoreFixture.date).sessions == 11)
        try store.add((13...15).map { StoreFixture.record($0, team: "EAST", week: "2026-W50", themes: ["workload"]) })
        #expect(try compiler.compile(filter: .init(), date: StoreFixture.date).sessions == 15)
    }

    @Test func complementarySuppressionProtectsEveryRowTotal() throws {
        let table = SuppressedTable(
            rows: ["a", "b"], columns: ["X", "Y", "Z"], counts: [[5, 1, 4], [3, 0, 6]], columnTotals: [8, 3, 9], k: 3,
            mergeSmall: false, other: "")
        #expect(table.rows[0].cells == [.count(5), .suppressed, .suppressed])
        #expect(table.rows[1].cells == [.count(3), .count(0), .count(6)])
        let merged = SuppressedTable(
            rows: ["a"], columns: ["X", "Y", "Z"], counts: [[5, 1, 1]], columnTotals: [9, 1, 1], k: 3, mergeSmall: true, other: "other")
        #expect(merged.columns == ["X", "other"])
        #expect(merged.columnTotals == [.suppressed, .suppressed])  // "other" is 2 sessions; 9 would reveal it
    }

    @Test func allFormsRenderAndHTMLStandsAlone() throws {
        let report = try compiled(StoreFixture.sample())
        let html = try ReportFormat.html.render(report)
        #expect(html.hasPrefix("<!doctype html>"))
        #expect(!html.contains("<script"))
        let outside = html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
        #expect(!outside.contains("http://") && !outside.contains("https://") && !outside.contains("src="))
        #expect(html.contains("<svg"))
        let csv = try ReportFormat.csv.render(report)
        #expect(csv.hasPrefix("table,column,theme,label,sessions\n"))
        #expect(csv.contains("team,other teams,,sessions,"))
    }
}

@Suite struct ExchangeTests {
    @Test func exportImportIsIdempotentAndAllOrNothing() throws {
        let records = StoreFixture.sample()
        let bundlePath = try Fixture.scratch("bundle.json")
        try ExchangeBundle(records: records, created: "2026-W50").encoded().write(to: URL(fileURLWithPath: bundlePath))
        let store = try StoreFixture.store()
        #expect(try store.add(ExchangeBundle.read(bundlePath).records) == 12)
        #expect(try store.add(ExchangeBundle.read(bundlePath).records) == 0)
        #expect(try store.records().count == 12)
        #expect(try store.records() == records.sorted { ($0.week, $0.id) < ($1.week, $1.id) })

        let text = try String(contentsOfFile: bundlePath, encoding: .utf8)
        let cases: [(String, String)] = [
            (String(text.prefix(text.count / 2)), "not a Circle bundle, or cut short"),
            (text.replacingOccurrences(of: "Vacancies", with: "Vacancy"), "the checksum does not match"),
            (text.replacingOccurrences(of: "\"circleBundle\" : 1", with: "\"circleBundle\" : 7"), "bundle version 7 is newer"),
            ("{\"circleBundle\": 1, \"records\": 5}", "the bundle is damaged"),
            ("garbage", "not a Circle bundle"),
        ]
        for (content, message) in cases {
            let path = try Fixture.write("bad.json", content)
            let error = #expect(throws: CircleError.self) { _ = try ExchangeBundle.read(path) }
            #expect(error?.description.contains(message) == true, "\(error?.description ?? "")")
            #expect(error?.description.hasSuffix("nothing imported") == true)
        }
    }

    @Test func endToEndRehearseExportImportCompile() throws {
        let formats = Fixture.root.appendingPathComponent("Scripts/formats").path
        let source = try StoreFixture.store()
        var week = 40
        for stem in ShippedFormatTests.stems {
            for team: TeamCode in ["EAST", "NORTH"] {
                let io = try RehearsalIO(path: Fixture.root.appendingPathComponent("Scenarios/rehearsals/\(stem).yaml").path)
                var setup = io.setup(
                    formatPath: "\(formats)/\(stem).lua", library: ShippedFormatTests.formats.library,
                    scenarioPath: io.scenario.map { Fixture.root.appendingPathComponent($0).path })
                setup.team = team
                let engine = try SessionEngine(setup: setup, io: io, journalPath: nil)
                _ = try engine.run()
                week += 1
                try source.add([ThemeRecord(engine: engine, date: Period.thursday(of: "2026-W\(week)")!)])
            }
        }
        let bundle = try Fixture.scratch("e2e.json")
        try ExchangeBundle(records: try source.records(), created: "2026-W52").encoded().write(to: URL(fileURLWithPath: bundle))
        let fresh = try StoreFixture.store()
        #expect(try fresh.add(ExchangeBundle.read(bundle).records) == ShippedFormatTests.stems.count * 2)
        let report = try ReportCompiler(store: fresh, labels: try Codebook.load(path: StoreFixture.codebook).labels).compile()
        #expect(report.sessions == ShippedFormatTests.stems.count * 2)
        #expect(report.themes.first?.sessions.value ?? 0 >= 3)
        let everything = try ReportFormat.allCases.map { try $0.render(report) }.joined()
        for handle in ["P1", "P2", "Keisha", "Callum"] { #expect(!everything.contains(handle)) }
    }
}
