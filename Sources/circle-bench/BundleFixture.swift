import CircleKit
import Foundation

/// Signed exchange bundles as facilitators make them, for the import benchmark: `count` files,
/// each holding one to four sessions' records (five codebook themes each, a fifth of them tagged as
/// a strength), over 40 teams and the weeks of 2026, signed with a key made for the run.
struct BundleFixture {
    let directory: String
    let count: Int
    let themes: [ThemeID]

    static let teams = (0..<40).map { try! TeamCode(String(format: "CFS-%02d", $0)) }
    static let formats: [FormatID] = ["peer-check-in", "action-learning-set", "schwartz-round-style", "strengths-based-team-meeting"]

    /// Writes the bundles and the key pair; returns the bundle paths and the public key to trust.
    func write() throws -> (paths: [String], keys: [BundlePublicKey], sessions: Int) {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let key = try BundleSigningKey.create(signingPath: "\(directory)/signing.key", publicPath: "\(directory)/public.key")
        var paths: [String] = []
        var sessions = 0
        for n in 0..<count {
            let records = (0..<(1 + n % 4)).map { k in record(n * 4 + k) }
            sessions += records.count
            let week = records.map(\.week).max()!
            let path = String(format: "\(directory)/bundle-%05d.circle", n)
            guard FileManager.default.createFile(atPath: path, contents: try ExchangeBundle(records: records, created: week).signed(with: key)) else {
                throw BenchError("cannot write \(path)")
            }
            paths.append(path)
        }
        return (paths, try BundlePublicKey.load(path: "\(directory)/public.key"), sessions)
    }

    /// Session `n`'s record: a fixed id, week, team and format, and five distinct themes.
    func record(_ n: Int) -> ThemeRecord {
        let picked = (0..<5).map { themes[(n * 7 + $0 * 3) % themes.count] }
        var record = ThemeRecord(
            id: String(format: "00000000-0000-4000-8000-%012d", n), format: Self.formats[n % Self.formats.count], formatVersion: 1,
            week: String(format: "2026-W%02d", 1 + (n * 13) % 52), team: Self.teams[(n * 7919) % Self.teams.count], participants: 3 + n % 8,
            phasesCompleted: 3 + n % 4, themes: Dictionary(uniqueKeysWithValues: picked.map { ($0, 1 + n % 3) }), items: [])
        if n % 5 == 0 { record.directions[picked[0]] = .init(strength: 1) }
        return record
    }
}
