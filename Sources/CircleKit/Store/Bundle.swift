import Foundation

/// An exchange bundle: theme records a facilitator sends to their middle leader, signed with the
/// organisation's ``BundleSigningKey``.
///
/// The signature covers the file's own bytes, not a re-encoding of them: the file is a JSON object
/// whose last member is `"signature"`, and what is signed is every byte before the `,` that
/// introduces it. So a bundle changed in any way after export — one character of a learning point,
/// a re-saved file, a recomputed checksum — is refused whole. On import every text is also scanned
/// again with the anonymiser, and a text in which it still finds something is refused
/// (``FailingItems``).
public struct ExchangeBundle: Equatable, Sendable {
    /// Version 1 carried a plain SHA-256 of its records, which anyone can recompute: no longer read.
    public static let currentVersion = 2

    /// ISO week the bundle was made: a record counts in a quarter's reports only if a bundle made by
    /// the quarter's cut-off week brought it (see ``Quarter``).
    public var created: String
    public var records: [ThemeRecord]
    /// The id of the public key that checks the signature (a bundle being read).
    public private(set) var key: String?

    public init(records: [ThemeRecord], created: String) {
        self.created = created
        self.records = records
    }

    /// What is written before the signature.
    private struct Body: Codable {
        var circleBundle: Int
        var created: String
        var key: String
        var records: [ThemeRecord]
    }

    private struct Signed: Decodable {
        var circleBundle: Int
        var created: String
        var key: String
        var records: [ThemeRecord]
        var signature: String
    }

    /// The bundle file, signed with `key`.
    public func signed(with key: BundleSigningKey) throws -> Data {
        try SignedFile.seal(Body(circleBundle: Self.currentVersion, created: created, key: key.publicKey.id, records: records), with: key)
    }

    /// What to do with a text the anonymiser still finds something in.
    public enum FailingItems: Sendable {
        /// Refuse the whole bundle (the default).
        case refuse
        /// Leave those texts out and keep the rest, sessions' theme counts included.
        case drop
    }

    /// A bundle read and checked, and the texts left out (described by where they were, never by what they say).
    public struct Checked: Sendable {
        public var bundle: ExchangeBundle
        public var dropped: [String]
    }

    /// Reads and checks a bundle: any problem refuses the whole file.
    public static func read(_ path: String, trusting keys: [BundlePublicKey], failingItems: FailingItems = .refuse) throws -> Checked {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CircleError(.bundle, "\(path): cannot read the bundle")
        }
        struct Version: Decodable { var circleBundle: Int }
        guard let version = try? JSONDecoder().decode(Version.self, from: data) else {
            throw CircleError(.bundle, "\(path): not a Circle bundle, or cut short (it is not complete JSON with a 'circleBundle' version); nothing imported")
        }
        guard version.circleBundle <= currentVersion else {
            throw CircleError(.bundle, "\(path): bundle version \(version.circleBundle) is newer than this Circle reads (\(currentVersion)); update Circle, nothing imported")
        }
        guard version.circleBundle == currentVersion else {
            throw CircleError(
                .bundle, "\(path): bundle version \(version.circleBundle) is not signed (its checksum is one anyone can recompute after editing it); ask the facilitator to export it again with this Circle and the organisation's signing key; nothing imported")
        }
        let (signed, signature) = try SignedFile.split(data, path: path, what: "bundle")
        let decoded: Signed
        do { decoded = try JSONDecoder().decode(Signed.self, from: data) } catch {
            throw CircleError(.bundle, "\(path): the bundle is damaged (\(Self.describe(error))); nothing imported")
        }
        try SignedFile.verify(signed, signature: signature, keyID: decoded.key, trusting: keys, path: path, what: "bundle")
        var bundle = ExchangeBundle(records: decoded.records, created: decoded.created)
        bundle.key = decoded.key
        guard Period.isWeek(bundle.created) else {
            throw CircleError(.bundle, "\(path): the bundle's week is not an ISO week (\(bundle.created)); nothing imported")
        }
        for (index, record) in bundle.records.enumerated() {
            if let problem = record.problem {
                throw CircleError(.bundle, "\(path): record \(index + 1) \(problem); nothing imported")
            }
        }
        let dropped = try bundle.rescan(path: path, failingItems: failingItems)
        return Checked(bundle: bundle, dropped: dropped)
    }

    /// Scans every text again with the anonymiser (no names are known here, so it finds what its
    /// patterns find: emails, numbers, postcodes, dates, addresses, web addresses, titles with
    /// surnames and the like). Capitalised words it removes only because they are not common words
    /// are left alone here: the facilitator reviewed those at the close and may have restored one
    /// ("Ofsted"), which must not make the bundle fail.
    private mutating func rescan(path: String, failingItems: FailingItems) throws -> [String] {
        let anonymiser = Anonymiser(names: [])
        var dropped: [String] = []
        for index in records.indices {
            var kept: [ThemeRecord.Item] = []
            for (number, item) in records[index].items.enumerated() {
                let found = anonymiser.stillFinds(in: item.text)
                guard !found.isEmpty else { kept.append(item); continue }
                let record = records[index]
                let place = "record \(index + 1) (\(record.week)\(record.team.map { ", team \($0)" } ?? "")), item \(number + 1) (\(item.kind))"
                let kinds = found.keys.sorted().joined(separator: ", ")
                switch failingItems {
                case .refuse:
                    throw CircleError(
                        .bundle, "\(path): \(place): the anonymiser still finds personal data in it (\(kinds)); nothing imported. Ask the facilitator to remove it and export again, or import with the texts that fail left out (--drop-failing-items)")
                case .drop:
                    dropped.append("\(place) (\(kinds))")
                }
            }
            records[index].items = kept
        }
        return dropped
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): return "missing '\(key.stringValue)'"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "bad value at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        case DecodingError.dataCorrupted(let context):
            return "bad value at \(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)"
        default: return error.localizedDescription
        }
    }
}
