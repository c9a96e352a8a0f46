import Foundation

/// Senior leaders' responses on their way back to teams ("you said, we did"): a signed file like an
/// ``ExchangeBundle``, made by the middle leader (`circle export-responses`) and imported by a team's
/// facilitator into their state directory (`circle import-responses`), from where every session reads
/// them as `s.responses`. Import checks the signature and scans every text again with the anonymiser.
public struct ResponsesBundle: Equatable, Sendable {
    public static let currentVersion = 1

    /// ISO week the bundle was made.
    public var created: String
    public var responses: [LeadersResponse]

    public init(responses: [LeadersResponse], created: String) {
        self.responses = responses
        self.created = created
    }

    private struct Body: Encodable {
        var circleResponses: Int
        var created: String
        var key: String
        var responses: [LeadersResponse]
    }

    private struct Signed: Decodable {
        var circleResponses: Int
        var created: String
        var key: String
        var responses: [LeadersResponse]
        var signature: String
    }

    /// The bundle file, signed with `key`.
    public func signed(with key: BundleSigningKey) throws -> Data {
        try SignedFile.seal(Body(circleResponses: Self.currentVersion, created: created, key: key.publicKey.id, responses: responses), with: key)
    }

    /// Reads and checks a responses bundle: any problem refuses the whole file.
    public static func read(_ path: String, trusting keys: [BundlePublicKey]) throws -> ResponsesBundle {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CircleError(.bundle, "\(path): cannot read the responses bundle")
        }
        struct Version: Decodable { var circleResponses: Int }
        guard let version = try? JSONDecoder().decode(Version.self, from: data) else {
            throw CircleError(.bundle, "\(path): not a Circle responses bundle (made by `circle export-responses`), or cut short; nothing imported")
        }
        guard version.circleResponses == currentVersion else {
            throw CircleError(.bundle, "\(path): responses bundle version \(version.circleResponses) is not one this Circle reads (\(currentVersion)); update Circle, nothing imported")
        }
        let (signed, signature) = try SignedFile.split(data, path: path, what: "responses bundle")
        let decoded: Signed
        do { decoded = try JSONDecoder().decode(Signed.self, from: data) } catch {
            throw CircleError(.bundle, "\(path): the responses bundle is damaged (\(ExchangeBundle.describe(error))); nothing imported")
        }
        try SignedFile.verify(signed, signature: signature, keyID: decoded.key, trusting: keys, path: path, what: "responses bundle")
        let anonymiser = Anonymiser(names: [])
        for (index, response) in decoded.responses.enumerated() {
            if let problem = response.problem { throw CircleError(.bundle, "\(path): response \(index + 1) \(problem); nothing imported") }
            let found = anonymiser.stillFinds(in: response.text)
            if !found.isEmpty {
                throw CircleError(
                    .bundle, "\(path): response \(index + 1) (#\(response.theme), \(response.quarter)): the anonymiser still finds personal data in it (\(found.keys.sorted().joined(separator: ", "))); nothing imported. Ask the middle leader to reword it and export again")
            }
        }
        return ResponsesBundle(responses: decoded.responses, created: decoded.created)
    }
}
