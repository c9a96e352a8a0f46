import Foundation
import Testing
@testable import CircleKit

/// Builds stores of theme records for report tests.
enum StoreFixture {
    static let codebook = Fixture.root.appendingPathComponent("Scripts/themes.lua").path
    static let labels = { try! Codebook.load(path: codebook).labels }()

    static func store() throws -> ThemeStore { try ThemeStore(path: try Fixture.scratch("themes.sqlite")) }

    /// A record with a fixed id derived from `n`, so golden reports are stable.
    static func record(
        _ n: Int, team: TeamCode?, format: FormatID = "peer-check-in", week: String, themes: [ThemeID], items: [ThemeRecord.Item] = []
    ) -> ThemeRecord {
        ThemeRecord(
            id: String(format: "00000000-0000-4000-8000-%012d", n), format: format, formatVersion: 1, week: week, team: team,
            participants: 5, phasesCompleted: 3, themes: Dictionary(uniqueKeysWithValues: themes.map { ($0, 1) }), items: items)
    }

    /// Twelve sessions across three teams and two quarters (for bundles and the store).
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

    /// The organisation of the report tests: two service areas of two teams, one of one.
    static let organisation = Organisation(name: "Northshire Children's Services", teams: [
        .init(code: "CFS-EAST", service: "Children and Families"), .init(code: "CFS-WEST", service: "Children and Families"),
        .init(code: "EH-NORTH", service: "Early Help"), .init(code: "EH-SOUTH", service: "Early Help"),
        .init(code: "CIC-1", service: "Children in Care"),
    ])

    /// 2026-Q3 (weeks 27 to 39): CFS-EAST 14 sessions, CFS-WEST 10, EH-NORTH 9, EH-SOUTH 2,
    /// CIC-1 3 and 2 without a team code; every theme count follows from `n`.
    static func quarter() -> [ThemeRecord] {
        let teams: [(TeamCode?, Int, String)] = [
            ("CFS-EAST", 14, "east"), ("CFS-WEST", 10, "west"), ("EH-NORTH", 9, "north"), ("EH-SOUTH", 2, "south"), ("CIC-1", 3, "care"), (nil, 2, "no team"),
        ]
        var records: [ThemeRecord] = []
        for (team, count, place) in teams {
            for i in 0..<count {
                let n = records.count + 1
                var themes: [ThemeID] = ["workload"]
                if n % 2 == 0 { themes.append("peer-support") }
                if n % 3 == 0 { themes.append("moral-distress") }
                if n % 4 == 0 { themes.append("successes") }
                if n == 7 { themes.append("bullying") }
                var items: [ThemeRecord.Item] = []
                if n % 5 == 0 { items.append(.init(kind: "feedback-up", text: "Caseloads are past what is safe (\(place)).", theme: "workload")) }
                if n == 7 { items.append(.init(kind: "learning-point", text: "Filed under a theme raised once.", theme: "bullying")) }
                if n % 6 == 0 { items.append(.init(kind: "learning-point", text: "Untagged, never shown.")) }
                if n % 8 == 0 { items.append(.init(kind: "learning-point", text: "Celebrate the small wins.", theme: "successes")) }
                records.append(record(n, team: team, week: String(format: "2026-W%02d", 27 + (i * 5 + n) % 13), themes: themes, items: items))
            }
        }
        return records
    }

    /// Early December 2026: 2026-Q3 is closed, 2026-Q4 is not.
    static let date = ISO8601DateFormatter().date(from: "2026-12-07T09:00:00Z")!
    static let q3 = Quarter("2026-Q3")!
}

@Suite struct ReportTests {
    func compiler(_ records: [ThemeRecord] = StoreFixture.quarter()) throws -> ReportCompiler {
        let store = try StoreFixture.store()
        try store.add(records)
        return ReportCompiler(store: store, labels: StoreFixture.labels, organisation: StoreFixture.organisation)
    }

    @Test func goldenMarkdownAndJSON() async throws {
        let report = try await compiler().compile(date: StoreFixture.date)
        #expect(report.period == "2026-Q3")
        for form in [ReportFormat.md, .json] {
            let golden = Fixture.root.appendingPathComponent("Tests/CircleKitTests/Golden/report.\(form.rawValue)").path
            try GoldenFile.check(try form.render(report), golden)
        }
    }

    @Test func everyFigureIsRoundedAndNoWithheldThemeIsListed() async throws {
        let compiler = try compiler()
        let org = try await compiler.compile(date: StoreFixture.date)
        #expect(org.sessions == 40)  // 40 sessions, shown as 40
        for report in [org, try await compiler.compile(.service("Children and Families"), date: StoreFixture.date), try await compiler.compile(.team("CFS-EAST"), date: StoreFixture.date)] {
            for figure in report.themes + report.hse + report.questions.flatMap(\.themes) {
                let n = try #require(figure.sessions.value)
                #expect(n >= 10 && n % 5 == 0)
            }
            let table = report.parts
            for cell in table.columnTotals + table.rows.flatMap(\.cells) + report.trend.periods.map(\.sessions) + report.trend.rows.flatMap(\.cells) {
                if let n = cell.value { #expect(n >= 10 && n % 5 == 0) }
            }
            for row in table.rows {
                // The report's own figure is shown, so none of its parts may be the only one withheld.
                #expect(row.cells.filter { $0 == .suppressed }.count != 1)
            }
            // Bullying came up once: it is not listed anywhere, nor is the item filed under it.
            let text = try ReportFormat.md.render(report)
            #expect(!text.contains("Bullying") && !text.contains("raised once") && !text.contains("Untagged"))
        }
        // EH-SOUTH (2), CIC-1 (3) and the 2 sessions without a team leave 7 outside the two service
        // areas: too few, so EH-NORTH's 9 join them and neither Early Help nor EH-NORTH has a report.
        #expect(org.parts.columns == ["Children and Families", "other teams"])
        for grouping: Grouping in [.service("Early Help"), .team("EH-NORTH"), .team("CIC-1")] {
            let error = await #expect(throws: CircleError.self) { try await compiler.compile(grouping, date: StoreFixture.date) }
            #expect(error?.description.contains("has no report of its own for 2026-Q3") == true)
        }
    }

    @Test func onlyClosedQuartersAndKnownGroupings() async throws {
        let compiler = try compiler()
        let open = await #expect(throws: CircleError.self) { try await compiler.compile(quarter: Quarter("2026-Q4"), date: StoreFixture.date) }
        #expect(open?.description.contains("2026-Q4 is not closed yet: its reports can be compiled after week 2027-W04") == true)
        let unknown = await #expect(throws: CircleError.self) { try await compiler.compile(.service("Adults"), date: StoreFixture.date) }
        #expect(unknown?.description.contains("\"Adults\" is not a service area of Northshire Children's Services") == true)
        let empty = await #expect(throws: CircleError.self) { try await compiler.compile(quarter: Quarter("2026-Q2"), date: StoreFixture.date) }
        #expect(empty?.description.contains("fewer than 8 sessions count in 2026-Q2") == true)
    }

    @Test func quartersCloseFourWeeksAfterTheyEnd() throws {
        #expect(StoreFixture.q3.weeks == ("2026-W27", "2026-W39"))
        #expect(StoreFixture.q3.cutOff == "2026-W44")
        #expect(Quarter("2026-Q4")!.weeks == ("2026-W40", "2026-W53"))
        #expect(Quarter(week: "2026-W53") == Quarter("2026-Q4"))
        #expect(Quarter.latestClosed(on: StoreFixture.date) == StoreFixture.q3)
        for bad in ["2026-Q5", "2026-4", "26-Q1", "2026-Q04"] { #expect(Quarter(bad) == nil) }
    }

    @Test func aSessionBroughtAfterTheCutOffCountsNowhere() async throws {
        // The issue's attack: compile team A and team B, add one session, compile all. Reports now
        // cover a closed quarter; a session arriving after its cut-off changes no figure.
        let store = try StoreFixture.store()
        try store.add(StoreFixture.quarter(), received: "2026-W40")
        let compiler = ReportCompiler(store: store, labels: StoreFixture.labels, organisation: StoreFixture.organisation)
        let before = try await [Grouping.organisation, .team("CFS-EAST"), .team("CFS-WEST")].asyncMap { try await compiler.compile($0, date: StoreFixture.date) }
        let late = StoreFixture.record(999, team: "CFS-EAST", week: "2026-W39", themes: ["workload", "bullying"],
                                       items: [.init(kind: "feedback-up", text: "One late session.", theme: "workload")])
        #expect(try store.add([late], received: "2026-W45") == 1)
        let after = try await [Grouping.organisation, .team("CFS-EAST"), .team("CFS-WEST")].asyncMap { try await compiler.compile($0, date: StoreFixture.date) }
        #expect(before == after)
        // The same session in a bundle made by the cut-off counts (the earliest bundle wins).
        #expect(try store.add([late], received: "2026-W44") == 0)
        #expect(try await compiler.compile(.team("CFS-EAST"), date: StoreFixture.date).items.flatMap(\.feedbackUp).contains("One late session."))
    }

    @Test func itemsAppearOnlyUnderAThemeShownForTheGrouping() async throws {
        let compiler = try compiler()
        let org = try await compiler.compile(date: StoreFixture.date)
        let shown = Set(org.themes.map(\.id))
        #expect(org.items.allSatisfy { shown.contains($0.theme) })
        #expect(org.items.flatMap(\.feedbackUp).contains("Caseloads are past what is safe (no team)."))
        let team = try await compiler.compile(.team("CFS-EAST"), date: StoreFixture.date)
        #expect(!team.items.flatMap(\.feedbackUp).contains("Caseloads are past what is safe (no team)."))
        #expect(team.items.flatMap(\.feedbackUp).contains("Caseloads are past what is safe (east)."))
    }

    @Test func allFormsRenderAndHTMLStandsAlone() async throws {
        let report = try await compiler().compile(date: StoreFixture.date)
        let html = try ReportFormat.html.render(report)
        #expect(html.hasPrefix("<!doctype html>"))
        #expect(!html.contains("<script"))
        let outside = html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
        #expect(!outside.contains("http://") && !outside.contains("https://") && !outside.contains("src="))
        #expect(html.contains("<svg"))
        let csv = try ReportFormat.csv.render(report)
        #expect(csv.hasPrefix("table,column,theme,label,value\n"))
        #expect(csv.contains("service area,other teams,,sessions,15"))
    }
}

@Suite struct ExchangeTests {
    @Test func exportImportIsIdempotentAndAllOrNothing() throws {
        let records = StoreFixture.sample()
        let key = BundleSigningKey()
        let bundlePath = try Fixture.scratch("bundle.json")
        try ExchangeBundle(records: records, created: "2026-W50").signed(with: key).write(to: URL(fileURLWithPath: bundlePath))
        let store = try StoreFixture.store()
        func read(_ path: String) throws -> [ThemeRecord] { try ExchangeBundle.read(path, trusting: [key.publicKey]).bundle.records }
        #expect(try store.add(read(bundlePath), received: "2026-W50") == 12)
        #expect(try store.add(read(bundlePath), received: "2026-W50") == 0)
        #expect(try store.records().count == 12)
        #expect(try store.records() == records.sorted { ($0.week, $0.id) < ($1.week, $1.id) })

        let text = try String(contentsOfFile: bundlePath, encoding: .utf8)
        let cases: [(String, String)] = [
            (String(text.prefix(text.count / 2)), "not a Circle bundle, or cut short"),
            (text.replacingOccurrences(of: "Vacancies", with: "Vacancy"), "the signature does not match"),
            (text.replacingOccurrences(of: "\"circleBundle\" : 2", with: "\"circleBundle\" : 7"), "bundle version 7 is newer"),
            (text + " ", "changed after it was signed"),
            ("{\"circleBundle\": 2, \"records\": 5}", "the bundle has no signature"),
            ("garbage", "not a Circle bundle"),
        ]
        for (content, message) in cases {
            let path = try Fixture.write("bad.json", content)
            let error = #expect(throws: CircleError.self) { _ = try read(path) }
            #expect(error?.description.contains(message) == true, "\(error?.description ?? "")")
            #expect(error?.description.hasSuffix("nothing imported") == true)
        }
    }

    @Test func keysAreKeptOwnerOnlyAndNeverOverwritten() throws {
        let folder = try Fixture.scratch("keys")
        let key = try BundleSigningKey.create(signingPath: folder + "/signing.key", publicPath: folder + "/public.key")
        let mode = try FileManager.default.attributesOfItem(atPath: folder + "/signing.key")[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try BundleSigningKey.load(path: folder + "/signing.key").publicKey == key.publicKey)
        #expect(try BundlePublicKey.load(path: folder + "/public.key") == [key.publicKey])
        let again = #expect(throws: CircleError.self) { try BundleSigningKey.create(signingPath: folder + "/new.key", publicPath: folder + "/public.key") }
        #expect(again?.description.contains("Circle never overwrites a key") == true)
        #expect(!FileManager.default.fileExists(atPath: folder + "/new.key"))
        chmod(folder + "/signing.key", 0o644)
        let open = #expect(throws: CircleError.self) { try BundleSigningKey.load(path: folder + "/signing.key") }
        #expect(open?.description.contains("can be read by others (mode 644); make it yours alone with chmod 600") == true)
    }

    @Test func endToEndRehearseExportImportCompile() async throws {
        let formats = Fixture.root.appendingPathComponent("Scripts/formats").path
        let source = try StoreFixture.store()
        var week = 27
        for stem in ShippedFormatTests.stems {
            for team: TeamCode in ["EAST", "NORTH"] {
                let io = try RehearsalIO(path: Fixture.root.appendingPathComponent("Scenarios/rehearsals/\(stem).yaml").path)
                var setup = io.setup(
                    formatPath: "\(formats)/\(stem).lua", library: ShippedFormatTests.formats.library,
                    scenarioPath: io.scenario.map { Fixture.root.appendingPathComponent($0).path })
                setup.team = team
                let engine = try SessionEngine(setup: setup, io: io, journalPath: nil)
                _ = try engine.run()
                try source.add([ThemeRecord(engine: engine, date: Period.thursday(of: "2026-W\(week)")!)])
                week = week == 39 ? 27 : week + 1
            }
        }
        let key = BundleSigningKey()
        let bundle = try Fixture.scratch("e2e.json")
        try ExchangeBundle(records: try source.records(), created: "2026-W40").signed(with: key).write(to: URL(fileURLWithPath: bundle))
        let fresh = try StoreFixture.store()
        let checked = try ExchangeBundle.read(bundle, trusting: [key.publicKey])
        #expect(try fresh.add(checked.bundle.records, received: checked.bundle.created) == ShippedFormatTests.stems.count * 2)
        let report = try await ReportCompiler(store: fresh, labels: StoreFixture.labels).compile(date: StoreFixture.date)
        #expect(report.sessions == DisclosureRule.shown(ShippedFormatTests.stems.count * 2))
        let everything = try ReportFormat.text.map { try $0.render(report) }.joined()
        for handle in ["P1", "P2", "Keisha", "Callum"] { #expect(!everything.contains(handle)) }
    }
}
