import Foundation
import Testing
@testable import CircleKit

/// The report a director reads: 40 sessions over three teams and two quarters, compiled to HTML
/// and printed to PDF through headless Chromium, read back with pdftotext.
enum DirectorFixture {
    static let organisation = Organisation(name: "Northshire Children's Services", teams: [
        .init(code: "CFS-EAST", service: "Children and Families"), .init(code: "CFS-WEST", service: "Children and Families"),
        .init(code: "EH-NORTH", service: "Early Help"),
    ])

    /// 2026-Q2: 20 sessions (CFS-EAST 8, CFS-WEST 6, EH-NORTH 6); 2026-Q3: 20 (CFS-EAST 9, CFS-WEST 6,
    /// EH-NORTH 5). Workload rises from 10 to 15 sessions (50% to 75%), peer support falls from 14 to 10 (75% to 50%), and
    /// the feedback items sit under the theme they were tagged with.
    static func records() -> [ThemeRecord] {
        let teams: [TeamCode] = ["CFS-EAST", "CFS-WEST", "EH-NORTH"]
        var records: [ThemeRecord] = []
        for (quarter, firstWeek, split) in [(2, 14, [8, 6, 6]), (3, 27, [9, 6, 5])] {
            var i = 0
            for (team, count) in zip(teams, split) {
                for _ in 0..<count {
                    let n = records.count + 1
                    let q3 = quarter == 3
                    var themes: [ThemeID: Int] = [:]
                    var directions: [ThemeID: ThemeRecord.Directions] = [:]
                    var items: [ThemeRecord.Item] = []
                    if i < (q3 ? 15 : 10) { themes["workload"] = 1 + i % 2; if q3 && i < 10 { directions["workload"] = .init(concern: 1) } }
                    if i >= (q3 ? 10 : 6) { themes["peer-support"] = 1; if i % 3 != 0 { directions["peer-support"] = .init(strength: 1) } }
                    if i % 2 == 0 { themes["moral-distress"] = 1 }
                    if i % 3 == 0 { themes["supervision-quality"] = 1 }
                    if i >= (q3 ? 8 : 12) { themes["out-of-hours"] = 1 }
                    if i % 4 == 1 { themes["successes"] = 1 }
                    if q3 && i == 2 { items.append(.init(kind: "feedback-up", text: "Caseload numbers are not sustainable with two vacancies unfilled since May.", theme: "workload")) }
                    if q3 && i == 5 { items.append(.init(kind: "feedback-up", text: "Duty weeks leave no time for direct work with families.", theme: "workload")) }
                    if q3 && i == 12 { items.append(.init(kind: "feedback-up", text: "Keep the buddy pairings for new starters: they are working.", theme: "peer-support")) }
                    if q3 && i == 15 { items.append(.init(kind: "feedback-up", text: "Evening visits are routine now; we need a rota.", theme: "out-of-hours")) }
                    if q3 && i == 9 { items.append(.init(kind: "learning-point", text: "Naming the anxiety in the room made the case discussion easier.", theme: "moral-distress")) }
                    records.append(ThemeRecord(
                        id: String(format: "00000000-0000-4000-8000-%012d", n), format: "peer-check-in", formatVersion: 1,
                        week: String(format: "2026-W%02d", firstWeek + i % 13), team: team, participants: 5, phasesCompleted: 3,
                        themes: themes, items: items, directions: directions))
                    i += 1
                }
            }
        }
        return records
    }

    static func compiler() throws -> ReportCompiler {
        let store = try StoreFixture.store()
        try store.add(records())
        return ReportCompiler(store: store, labels: StoreFixture.labels, organisation: organisation)
    }
}

@Suite struct DirectorReportTests {
    @Test func theFirstScreenSaysWhatChangedAndWhatTeamsAsked() async throws {
        let report = try await DirectorFixture.compiler().compile(date: StoreFixture.date)
        #expect(report.sessions == 20 && report.teams == 3 && report.previousPeriod == "2026-Q2")
        #expect(report.rose.first?.id == "workload" && report.rose.first.map(Report.shareChange) == "50% → 75% (+25 points)")
        #expect(report.fell.first?.id == "peer-support")
        #expect(report.feedback.map(\.group.theme) == ["workload", "out-of-hours", "peer-support"])  // most sessions first
        #expect(report.hse.map(\.label) == ["Demands", "Support"])
    }

    /// `circle compile -o report.pdf`'s path: the HTML printed by headless Chromium, read back.
    @Test func thePDFHoldsTheReport() async throws {
        let report = try await DirectorFixture.compiler().compile(date: StoreFixture.date)
        let pdf = try Fixture.scratch("report.pdf")
        try ReportFormat.pdf.write(report, to: pdf)
        let text = try Self.pdftotext(pdf)
        for expected in ["Themes from group reflective supervision", "Northshire Children's Services", "How to read this report",
                         "Since 2026-Q2", "Workload and caseload", "50% → 75% (+25 points)", "What teams asked senior leaders to hear",
                         "Caseload numbers are not sustainable", "HSE Management Standards", "Demands", "All themes shown",
                         "teams holding sessions", "withheld", "About these figures"] {
            #expect(text.contains(expected), "the PDF lacks \(expected)")
        }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: pdf))
        #expect(bytes.starts(with: Data("%PDF".utf8)))
    }

    @Test func withoutChromiumThePDFIsAClearError() async throws {
        let report = try await DirectorFixture.compiler().compile(date: StoreFixture.date)
        let pdf = try Fixture.scratch("report.pdf")
        var printer = PDFPrinter(environment: ["PATH": "/nonexistent"])
        printer.environment["CHROMIUM_PATH"] = nil
        let error = #expect(throws: CircleError.self) { try printer.chromium() }
        #expect(error?.description.contains("install it (on Debian: apt-get install chromium) or set CHROMIUM_PATH") == true)
        let named = #expect(throws: CircleError.self) { try PDFPrinter(environment: ["CHROMIUM_PATH": "/nonexistent/chromium"]).print(html: "x", to: pdf) }
        #expect(named?.description.contains("CHROMIUM_PATH=/nonexistent/chromium is not a program") == true)
        #expect(!FileManager.default.fileExists(atPath: pdf))
        _ = report
    }

    /// The text of a PDF, by poppler-utils' pdftotext.
    static func pdftotext(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = [path, "-"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // Words as they read, whatever the line breaks.
        return String(decoding: data, as: UTF8.self).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
