import Foundation
@testable import CircleKit

/// Paths to test fixtures and scratch files.
enum Fixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    static func scratch(_ name: String = UUID().uuidString) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("circle-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent(name).path
    }

    /// Writes a file into a fresh scratch directory and returns its path.
    static func write(_ name: String, _ text: String) throws -> String {
        let path = try scratch(name)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The test format with one change to its source.
    static func checkIn(replacing old: String, with new: String) throws -> String {
        let source = try String(contentsOfFile: path("reflective_check_in.lua"), encoding: .utf8)
        precondition(source.contains(old), "fixture does not contain \(old)")
        return try write("reflective_check_in.lua", source.replacingOccurrences(of: old, with: new))
    }
}

/// Input given line by line, as a facilitator would type it.
final class ScriptedIO: SessionIO {
    var lines: [String]
    var shown: [SessionEvent] = []
    var rejected: [String] = []
    private var elapsed: Double = 0

    init(_ lines: [String]) { self.lines = lines }

    func show(_ event: SessionEvent) { shown.append(event) }

    func line(for request: SessionRequest, context: TurnContext) throws -> String? {
        elapsed += 60
        return lines.isEmpty ? nil : lines.removeFirst()
    }

    func reject(_ message: String, context: TurnContext) { rejected.append(message) }

    func clock() -> Double { elapsed }
}

/// The answers of the fixture rehearsal, as plain lines.
func rehearsalLines() throws -> [String] {
    try RehearsalIO(path: Fixture.path("reflective_check_in.yaml")).answers.map(\.text)
}
