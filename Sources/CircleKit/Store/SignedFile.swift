import Foundation

/// The signed JSON file exchange bundles and responses bundles are: a JSON object whose last
/// member is `"signature"`, the signature covering every byte before the `,` that introduces it,
/// so a file changed in any way after it was signed is refused whole.
enum SignedFile {
    static let marker = Data(",\n  \"signature\" : \"".utf8)

    /// `body` (an object) as pretty-printed JSON with sorted keys, followed by its signature with `key`.
    static func seal(_ body: some Encodable, with key: BundleSigningKey) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(body)
        guard data.last == UInt8(ascii: "}") else { throw CircleError(.bundle, "cannot encode the file to sign") }
        data.removeLast()
        while data.last == UInt8(ascii: "\n") || data.last == UInt8(ascii: " ") { data.removeLast() }
        let signature = try key.signature(for: data)
        return data + marker + Data(signature.base64EncodedString().utf8) + Data("\"\n}\n".utf8)
    }

    /// The bytes that were signed and the signature, or an error naming `path` (a `what`: "bundle").
    static func split(_ data: Data, path: String, what: String) throws -> (signed: Data, signature: Data) {
        guard let found = data.range(of: marker, options: .backwards) else {
            throw CircleError(.bundle, "\(path): the \(what) has no signature; nothing imported")
        }
        let tail = data[found.upperBound...]
        guard let quote = tail.firstIndex(of: UInt8(ascii: "\"")), let signature = Data(base64Encoded: Data(tail[..<quote])),
            ["\"\n}", "\"\n}\n"].contains(String(decoding: tail[quote...], as: UTF8.self))
        else {
            throw CircleError(.bundle, "\(path): the \(what) was changed after it was signed (its signature line is not the last thing in the file); nothing imported")
        }
        return (Data(data[..<found.lowerBound]), signature)
    }

    /// Checks that `signature` over `signed` was made with the key `keyID` and that the key is one
    /// of `keys`; otherwise an error naming `path` (a `what`: "bundle").
    static func verify(_ signed: Data, signature: Data, keyID: String, trusting keys: [BundlePublicKey], path: String, what: String) throws {
        guard let key = keys.first(where: { $0.id == keyID }) else {
            throw CircleError(
                .bundle, "\(path): the \(what) was signed with key \(keyID), which is not among your public keys (\(keys.map(\.id).joined(separator: ", "))); ask your organisation for its current public key; nothing imported")
        }
        guard key.isValid(signature, for: signed) else {
            throw CircleError(.bundle, "\(path): the signature does not match: the file was changed or damaged after it was signed; nothing imported")
        }
    }
}
