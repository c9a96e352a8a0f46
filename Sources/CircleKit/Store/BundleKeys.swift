import Crypto
import Foundation

/// The organisation's key for signing exchange bundles: an Ed25519 private key. Facilitators
/// hold it (it signs the bundles they export); middle leaders hold only its ``BundlePublicKey``,
/// which checks a bundle but cannot make one. Kept in a file readable by its owner only (0600):
///
///     circle-bundle-signing-key ed25519 <the 32-byte key in base64>
public struct BundleSigningKey: Sendable {
    let key: Curve25519.Signing.PrivateKey

    /// A new random key.
    public init() { key = Curve25519.Signing.PrivateKey() }

    /// The public half, to give to middle leaders.
    public var publicKey: BundlePublicKey { BundlePublicKey(key: key.publicKey) }

    static let label = "circle-bundle-signing-key"

    /// Reads the signing key at `path`, refusing a file others can read.
    public static func load(path: String) throws -> BundleSigningKey {
        let text = try KeyFile.read(path, what: "signing key")
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & 0o077 != 0 {
            throw CircleError(
                .files, "\(path): the bundle signing key can be read by others (mode \(String(status.st_mode & 0o777, radix: 8))); make it yours alone with chmod 600 \(path)")
        }
        let raw = try KeyFile.parse(text, label: label, path: path, what: "signing key")
        guard let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw) else {
            throw CircleError(.files, "\(path): not a Circle signing key (the key is not 32 bytes); make one with `circle key new`")
        }
        return BundleSigningKey(key: key)
    }

    init(key: Curve25519.Signing.PrivateKey) { self.key = key }

    /// Makes a new key and writes it to `signingPath` (readable by its owner only) and its public
    /// half to `publicPath`; refuses, writing neither, if either file exists.
    public static func create(signingPath: String, publicPath: String) throws -> BundleSigningKey {
        for path in [signingPath, publicPath] where FileManager.default.fileExists(atPath: path) {
            throw CircleError(.files, "\(path): \(KeyFile.exists)")
        }
        let key = BundleSigningKey()
        try KeyFile.create(signingPath, text: "\(label) ed25519 \(key.key.rawRepresentation.base64EncodedString())\n", mode: 0o600)
        try KeyFile.create(
            publicPath, text: "# Circle's bundle public key \(key.publicKey.id): checks bundles, cannot sign them.\n\(key.publicKey.line)\n", mode: 0o644)
        return key
    }

    func signature(for bytes: Data) throws -> Data { try key.signature(for: bytes) }
}

/// The public half of the organisation's ``BundleSigningKey``: checks that a bundle was signed by
/// someone holding the signing key and has not changed since. A public-key file holds one key a
/// line (more than one while an old key is replaced), `#` starting a comment:
///
///     circle-bundle-public-key ed25519 <the 32-byte key in base64>
public struct BundlePublicKey: Sendable, Equatable {
    let key: Curve25519.Signing.PublicKey

    public static func == (lhs: BundlePublicKey, rhs: BundlePublicKey) -> Bool { lhs.key.rawRepresentation == rhs.key.rawRepresentation }

    /// The first 16 hex digits of the SHA-256 of the key: named in every bundle it signs.
    public var id: String { SHA256.hash(data: key.rawRepresentation).prefix(8).map { String(format: "%02x", $0) }.joined() }

    static let label = "circle-bundle-public-key"

    /// The file's line for this key.
    public var line: String { "\(Self.label) ed25519 \(key.rawRepresentation.base64EncodedString())" }

    /// Reads every key in the public-key file at `path`.
    public static func load(path: String) throws -> [BundlePublicKey] {
        let text = try KeyFile.read(path, what: "public key")
        var keys: [BundlePublicKey] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            guard !content.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            let raw = try KeyFile.parse(content, label: label, path: "\(path):\(number + 1)", what: "public key")
            guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else {
                throw CircleError(.files, "\(path):\(number + 1): not a Circle public key (the key is not 32 bytes)")
            }
            keys.append(BundlePublicKey(key: key))
        }
        guard !keys.isEmpty else { throw CircleError(.files, "\(path): holds no public key; ask your organisation for the line `circle key new` printed") }
        return keys
    }

    func isValid(_ signature: Data, for bytes: Data) -> Bool { key.isValidSignature(signature, for: bytes) }
}

/// Where the keys are found (first match wins): the signing key at `--signing-key`,
/// `$CIRCLE_SIGNING_KEY`, then `$XDG_CONFIG_HOME/circle/bundle-signing.key`; the public key at
/// `--public-key`, `$CIRCLE_PUBLIC_KEY`, `$XDG_CONFIG_HOME/circle/bundle-public.key`, then
/// `circle/bundle-public.key` in each of `$XDG_CONFIG_DIRS` (so IT can install it for everyone).
public enum BundleKeyPaths {
    public static func signingKey(override: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let override { return override }
        if let named = environment["CIRCLE_SIGNING_KEY"], !named.isEmpty { return named }
        return UserDirectories(environment: environment).configHome + "/circle/bundle-signing.key"
    }

    /// The public-key file to read: the first that exists, else (and always when `writing`) the
    /// one in `$XDG_CONFIG_HOME`.
    public static func publicKey(
        override: String? = nil, writing: Bool = false, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String {
        if let override { return override }
        if let named = environment["CIRCLE_PUBLIC_KEY"], !named.isEmpty { return named }
        let user = UserDirectories(environment: environment)
        let candidates = ([user.configHome] + user.configDirectories).map { $0 + "/circle/bundle-public.key" }
        return writing ? candidates[0] : candidates.first { FileManager.default.fileExists(atPath: $0) } ?? candidates[0]
    }
}

/// Reading and writing the one-line key files.
enum KeyFile {
    static let exists = "a file is already there; Circle never overwrites a key (move it away first)"

    static func read(_ path: String, what: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CircleError(
                .files, "\(path): cannot read the bundle \(what); your organisation makes the keys with `circle key new` (docs/middle-leaders.md, \"Signed bundles\")")
        }
        return String(decoding: data, as: UTF8.self)
    }

    static func parse(_ text: String, label: String, path: String, what: String) throws -> Data {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard words.count == 3, words[0] == label, words[1] == "ed25519", let raw = Data(base64Encoded: String(words[2])) else {
            throw CircleError(.files, "\(path): not a Circle bundle \(what) (expected `\(label) ed25519 <key>`)")
        }
        return raw
    }

    static func create(_ path: String, text: String, mode: mode_t) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else {
            let reason = errno == EEXIST ? exists : String(cString: strerror(errno))
            throw CircleError(.files, "\(path): cannot write the key (\(reason))")
        }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        guard write(fd, bytes, bytes.count) == bytes.count else {
            throw CircleError(.files, "\(path): cannot write the key (\(String(cString: strerror(errno))))")
        }
    }
}
