import Foundation

/// An exchange bundle: theme records a facilitator sends to their middle leader.
/// Versioned, with a SHA-256 checksum of its records, so a corrupt, truncated or
/// edited file is refused whole.
public struct ExchangeBundle: Codable, Equatable, Sendable {
    public static let currentVersion = 1

    public var circleBundle: Int
    /// ISO week the bundle was made.
    public var created: String
    public var records: [ThemeRecord]
    /// SHA-256 of the records' canonical JSON.
    public var checksum: String

    public init(records: [ThemeRecord], created: String) throws {
        circleBundle = Self.currentVersion
        self.created = created
        self.records = records
        checksum = try Self.digest(records)
    }

    static func digest(_ records: [ThemeRecord]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return SHA256.hex([UInt8](try encoder.encode(records)))
    }

    /// The bundle as written to disk.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// Reads and checks a bundle file; any problem refuses the whole file.
    public static func read(_ path: String) throws -> ExchangeBundle {
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
        let bundle: ExchangeBundle
        do { bundle = try JSONDecoder().decode(ExchangeBundle.self, from: data) } catch {
            throw CircleError(.bundle, "\(path): the bundle is damaged (\(Self.describe(error))); nothing imported")
        }
        guard try digest(bundle.records) == bundle.checksum else {
            throw CircleError(.bundle, "\(path): the checksum does not match the records: the file was changed or damaged after export; nothing imported")
        }
        for (index, record) in bundle.records.enumerated() {
            if let problem = record.problem {
                throw CircleError(.bundle, "\(path): record \(index + 1) \(problem); nothing imported")
            }
        }
        return bundle
    }

    private static func describe(_ error: Error) -> String {
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
