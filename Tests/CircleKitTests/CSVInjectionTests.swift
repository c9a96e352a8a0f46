import Foundation
import Testing

@testable import CircleKit

/// A CSV report never holds a cell a spreadsheet would run as a formula: OWASP's CSV injection
/// guidance names cells starting with = + - @, a tab or a carriage return. Team codes cannot start
/// so any more, but a theme's label comes from an organisation's codebook or a format's `themes`.
@Suite struct CSVInjectionTests {
    static let formulas = [#"=HYPERLINK("http://example.org/x","Open")"#, "+1+1", "-2+3", "@SUM(A1:A9)", "\t=1", "\r=1", "\r\n=1"]

    @Test(arguments: formulas)
    func aCellThatStartsLikeAFormulaIsWrittenAsText(cell: String) {
        let field = CSVReport.field(cell)
        #expect(field == "\"'" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"", "\(field.debugDescription)")
    }

    @Test func ordinaryCellsAreUnchanged() {
        #expect(CSVReport.field("Workload and caseload") == "Workload and caseload")
        #expect(CSVReport.field("2026-Q4") == "2026-Q4")
        // A fall in share is a number, not a formula; a number followed by anything is not.
        #expect(CSVReport.field("-25") == "-25")
        #expect(CSVReport.field("-25%") == "\"'-25%\"")
        #expect(CSVReport.field("Pay, conditions") == "\"Pay, conditions\"")
        #expect(CSVReport.field("a\rb") == "\"a\rb\"")
    }

    @Test func aFormulaLabelInTheCodebookIsTextInTheReport() async throws {
        let store = try StoreFixture.store()
        try store.add(StoreFixture.quarter())
        var labels = try Codebook.load(path: StoreFixture.codebook).labels
        labels["workload"] = ThemeLabel(label: Self.formulas[0], group: "wellbeing")
        let report = try await ReportCompiler(store: store, labels: labels, organisation: StoreFixture.organisation).compile(date: StoreFixture.date)
        let csv = try ReportFormat.csv.render(report)
        #expect(csv.contains(#""'=HYPERLINK(""http://example.org/x"",""Open"")""#), "the label is in the report, as text")
        for line in csv.split(separator: "\n") {
            #expect(!line.hasPrefix("=") && !line.contains(",=") && !line.contains(",+") && !line.contains(",@"), "\(line)")
        }
    }
}
