import Foundation
import Yams

/// Runs the built `circle` executable, as a facilitator's shell would.
enum CLI {
    static let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("circle").path
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("Tests/CircleKitTests/Fixtures").path

    struct Result {
        let status: Int32
        let output: String
        let error: String
    }

    /// Runs circle (the built one, or `binary`) with arguments and the given standard input, from
    /// the repository root or `directory`.
    @discardableResult
    static func run(
        _ arguments: [String], input: String = "", environment: [String: String] = [:], binary: String = binary,
        from directory: String? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = directory.map { URL(fileURLWithPath: $0) } ?? root
        process.environment = isolated.merging(environment) { $1 }
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
            error: String(decoding: err, as: UTF8.self))
    }

    /// The environment for a circle process: its theme store in a scratch directory, never the user's.
    static var isolated: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["CIRCLE_STORE"] = FileManager.default.temporaryDirectory
            .appendingPathComponent("circle-cli-store-\(UUID().uuidString)/themes.sqlite").path
        return environment
    }

    static func scratchDirectory() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("circle-cli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    /// A rehearsal file, read with Yams.
    static func rehearsal(_ path: String) throws -> [String: Any] {
        try Yams.load(yaml: try String(contentsOfFile: path, encoding: .utf8)) as? [String: Any] ?? [:]
    }

    /// A rehearsal's answers, one per line as a facilitator would type them (the fixture's by default).
    static func rehearsalAnswers(_ path: String = fixtures + "/reflective_check_in.yaml") throws -> [String] {
        (try rehearsal(path)["answers"] as? [Any] ?? []).map { item in
            if let map = item as? [String: Any] { return "\(map["answer"] ?? "")" }
            return "\(item)"
        }
    }
}
