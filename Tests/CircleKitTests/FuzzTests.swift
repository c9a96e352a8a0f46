import Foundation
import PropertyBased
import Testing
@testable import CircleKit

/// Damaged inputs of every kind Circle reads: each parser must answer with a clear
/// `CircleError` (or accept the input), never crash or hang: each test has a minute.
@Suite(.timeLimit(.minutes(1))) struct FuzzTests {
    /// Deterministic damage to a text, chosen by `seed`: truncation, flipped and
    /// inserted bytes, deleted and repeated runs, and hostile values spliced in.
    static func damage(_ text: String, seed: Int64) -> Data {
        let s = UInt64(bitPattern: seed)
        var random = Xoshiro(seed: (s, s ^ 0x9E37_79B9_7F4A_7C15, s &+ 1, ~s))
        var bytes = [UInt8](text.utf8)
        let hostile = ["null", "-1", "99999999999999999999", "\"\"", "{", "]", "\u{0}", "💥", "\"step\":", "- ", ": :", "\t", "\\"]
        for _ in 0..<(1 + Int(random.next() % 4)) where !bytes.isEmpty {
            let at = Int(random.next() % UInt64(bytes.count))
            switch random.next() % 6 {
            case 0: bytes.removeSubrange(at...)
            case 1: bytes[at] ^= UInt8(truncatingIfNeeded: random.next() | 1)
            case 2: bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: at)
            case 3: bytes.removeSubrange(at..<min(bytes.count, at + Int(random.next() % 40)))
            case 4: bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + Int(random.next() % 40))], at: at)
            default: bytes.insert(contentsOf: Array(hostile[Int(random.next() % UInt64(hostile.count))].utf8), at: at)
            }
        }
        return Data(bytes)
    }

    /// Parses damaged copies of `valid`; anything but success or a CircleError fails.
    func fuzz(_ name: String, valid: String, count: Int = 300, parse: @escaping @Sendable (String) throws -> Void) async throws {
        let directory = try Fixture.scratch("fuzz")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        await propertyCheck(count: count, input: Gen.int64()) { seed in
            let path = directory + "/\(name)-\(seed)"
            try Self.damage(valid, seed: seed).write(to: URL(fileURLWithPath: path))
            do { try parse(path) } catch is CircleError {} catch {
                Issue.record("\(name) seed \(seed): not a clear error: \(error)")
            }
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    @Test func bundles() async throws {
        let key = BundleSigningKey()
        let bundle = try ExchangeBundle(records: StoreFixture.sample(), created: "2026-W50").signed(with: key)
        try await fuzz("bundle", valid: String(decoding: bundle, as: UTF8.self)) { path in _ = try ExchangeBundle.read(path, trusting: [key.publicKey]) }
    }

    @Test func journals() async throws {
        let path = try Fixture.scratch("valid.jsonl")
        let engine = try SessionEngine(
            setup: .init(formatPath: Fixture.path("reflective_check_in.lua"), library: nil, participants: 3, seed: 4),
            io: ScriptedIO(Array(try rehearsalLines().prefix(8))), journalPath: path)
        _ = try engine.run()
        try await fuzz("journal", valid: try String(contentsOfFile: path, encoding: .utf8)) { path in _ = try Journal(path: path) }
    }

    @Test func rehearsals() async throws {
        let valid = try String(contentsOfFile: Fixture.path("reflective_check_in.yaml"), encoding: .utf8)
        try await fuzz("rehearsal", valid: valid) { path in _ = try RehearsalIO(path: path) }
    }

    @Test func formatMetadata() async throws {
        let valid = try String(contentsOfFile: Fixture.path("reflective_check_in.lua"), encoding: .utf8)
        try await fuzz("format", valid: valid, count: 200) { path in
            _ = try LoadedFormat(path: path, library: nil, seed: 1)
        }
    }
}
