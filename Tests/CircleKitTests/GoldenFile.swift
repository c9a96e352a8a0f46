import Foundation
import Testing

@testable import CircleKit

/// Expected output kept in the repository (`Tests/CircleKitTests/Golden`), compared with
/// what the code produces now. `CIRCLE_UPDATE_GOLDEN=1` rewrites a golden file from the
/// output first — never on CI (where `CI` is set), which only compares.
enum GoldenFile {
    /// Checks `text` against the golden file at `path`, after rewriting the file when the environment asks for it.
    static func check(_ text: String, _ path: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if try mayUpdate(ProcessInfo.processInfo.environment) { try text.write(toFile: path, atomically: true, encoding: .utf8) }
        #expect(text == (try String(contentsOfFile: path, encoding: .utf8)), sourceLocation: sourceLocation)
    }

    /// Whether golden files are to be rewritten: `CIRCLE_UPDATE_GOLDEN=1`, refused when `CI` is set.
    static func mayUpdate(_ environment: [String: String]) throws -> Bool {
        guard environment["CIRCLE_UPDATE_GOLDEN"] == "1" else { return false }
        if let ci = environment["CI"], !ci.isEmpty {
            throw CircleError(.files, "CIRCLE_UPDATE_GOLDEN=1 is refused where CI is set (CI=\(ci)): on CI golden files are only compared; refresh them locally and commit them")
        }
        return true
    }
}

@Suite struct GoldenFileTests {
    @Test func updatingIsRefusedOnCI() throws {
        #expect(try GoldenFile.mayUpdate(["CIRCLE_UPDATE_GOLDEN": "1"]))
        #expect(try !GoldenFile.mayUpdate([:]))
        #expect(try !GoldenFile.mayUpdate(["CIRCLE_UPDATE_GOLDEN": "0", "CI": "true"]))
        #expect(throws: CircleError.self) { try GoldenFile.mayUpdate(["CIRCLE_UPDATE_GOLDEN": "1", "CI": "true"]) }
    }
}
