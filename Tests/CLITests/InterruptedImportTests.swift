import CircleKit
import Foundation
import Testing

/// `kill -9` during `circle import` of a large bundle: the store then holds all of
/// the bundle or none of it, and importing again completes it.
@Suite struct InterruptedImportTests {
    @Test func aKilledImportLeavesAllOrNothing() throws {
        let dir = try CLI.scratchDirectory()
        let facilitator = dir + "/facilitator.sqlite"
        // A bundle of 3,000 records, made through the CLI from a store filled by import of generated records.
        let bundle = dir + "/big.json"
        let key = try BundleSigningKey.create(signingPath: dir + "/signing.key", publicPath: dir + "/public.key")
        try makeBundle(records: 3000, at: bundle, through: facilitator, key: dir + "/signing.key")
        _ = key
        var random = SeededRandom(seed: 7)
        for round in 0..<6 {
            let store = dir + "/leader-\(round).sqlite"
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CLI.binary)
            process.arguments = ["import", bundle, "--store", store, "--public-key", dir + "/public.key"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32(20_000 + random.next() % 400_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let count = try sessions(in: store)
            #expect(count == 0 || count == 3000, "round \(round): \(count) sessions after the kill")
            let again = try CLI.run(["import", bundle, "--store", store, "--public-key", dir + "/public.key"])
            #expect(again.status == 0)
            #expect(try sessions(in: store) == 3000)
        }
    }

    /// Sessions in a store, read with the sqlite3 shell (0 if the store was never created).
    func sessions(in store: String) throws -> Int {
        guard FileManager.default.fileExists(atPath: store) else { return 0 }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [store, "SELECT count(*) FROM session"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    /// Writes a signed bundle of generated records: kept in a facilitator's store, then exported.
    func makeBundle(records: Int, at path: String, through store: String, key: String) throws {
        var random = SeededRandom(seed: 11)
        let themes: [ThemeID] = ["workload", "peer-support", "moral-distress", "successes", "demands"]
        try ThemeStore(path: store).add((0..<records).map { n in
            ThemeRecord(
                id: String(format: "00000000-0000-4000-8000-%012d", n), format: "peer-check-in", formatVersion: 1,
                week: "2026-W\(40 + n % 10)", team: try! TeamCode("T\(n % 7)"), participants: 5, phasesCompleted: 3,
                themes: [themes[Int(random.next() % 5)]: 1], items: [])
        })
        #expect(try CLI.run(["export", "-o", path, "--store", store, "--signing-key", key]).status == 0)
    }
}
