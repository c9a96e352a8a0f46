import Foundation
import Testing
@testable import CircleKit

@Suite struct SandboxTrialTests {
    func file(_ source: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("trial-\(UUID().uuidString).lua").path
        try source.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func showsWhatTheScriptReturns() throws {
        let outcome = SandboxTrial().run(file: try file("return { 'first line', 'second line' }, 42"))
        #expect(outcome.failed == false)
        #expect(outcome.lines == ["first line\nsecond line", "42"])
    }

    @Test func namesTheKindOfFailureAndTheLine() throws {
        let path = try file("local x = 1\nreturn io.open('/etc/passwd')")
        let outcome = SandboxTrial().run(file: path)
        #expect(outcome.failed)
        #expect(outcome.lines == ["refused by the sandbox: \(path):2: 'io' is not available in Circle's sandbox"])
        let loop = SandboxTrial().run(file: try file("while true do end"))
        #expect(loop.lines.first?.hasPrefix("stopped (instruction budget):") == true)
    }

    @Test func theShippedTourRunsAndRefusesWhatItShould() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let outcome = SandboxTrial().run(file: root.appendingPathComponent("Scripts/examples/sandbox_tour.lua").path)
        #expect(outcome.failed == false)
        let lines = outcome.lines.joined(separator: "\n").split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("allowed") }.count == 3)
        #expect(lines.filter { $0.hasPrefix("refused") }.count == 8)
    }
}
