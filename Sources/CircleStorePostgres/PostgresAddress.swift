import CircleKit
import Foundation

/// Where an organisation's theme store is: `postgres://USER@HOST:PORT/DATABASE?sslmode=…`, as
/// `--store` or `$CIRCLE_STORE` give it. It never holds a password (a command line shows in `ps`
/// and in shell history): that comes from `$PGPASSWORD` or the pgpass file (``PasswordFile``).
public struct PostgresAddress: Sendable, Equatable {
    /// How the connection is protected, as libpq names it. `prefer` and `allow` are not offered:
    /// they fall back to no encryption without saying so.
    public enum SSLMode: String, Sendable, CaseIterable {
        /// No TLS (a server on this machine, or a private network the organisation trusts).
        case disable
        /// TLS, without checking the server's certificate.
        case require
        /// TLS, with a certificate signed by the trusted CA (`sslrootcert`), for any host name.
        case verifyCA = "verify-ca"
        /// TLS, with a certificate signed by the trusted CA and naming the host (the default).
        case verifyFull = "verify-full"
    }

    public var host: String
    public var port: Int
    public var user: String
    public var database: String
    public var sslMode: SSLMode
    /// The CA certificate (PEM) to trust; nil: the system's trusted CAs.
    public var rootCertificate: String?

    /// Whether `--store` names a PostgreSQL server rather than a SQLite file.
    public static func isAddress(_ store: String) -> Bool { isServerAddress(store) }

    /// Reads `text`. The user defaults to `$PGUSER`, else the login name; the database to the user;
    /// the port to 5432; `sslmode` to verify-full.
    public init(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard Self.isAddress(text), let url = URLComponents(string: text), let host = url.host, !host.isEmpty else {
            throw CircleError(.input, "'\(Self.redacted(text))' is not a PostgreSQL address; write it like postgres://USER@HOST:5432/DATABASE?sslmode=verify-full")
        }
        self.host = host
        port = url.port ?? 5432
        user = url.user.flatMap { $0.removingPercentEncoding }.flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["PGUSER"].flatMap { $0.isEmpty ? nil : $0 } ?? ProcessInfo.processInfo.userName
        let path = url.path.hasPrefix("/") ? String(url.path.dropFirst()) : url.path
        database = path.removingPercentEncoding.flatMap { $0.isEmpty ? nil : $0 } ?? user
        sslMode = .verifyFull
        rootCertificate = nil
        if url.password != nil {
            throw CircleError(
                .input, "\(display): the address holds a password, which anyone on this machine could read in the process list or your shell's history. Remove it from the address and put it in PGPASSWORD or the pgpass file (\(PasswordFile.defaultPath(environment: environment)), a line HOST:PORT:DATABASE:USER:PASSWORD, readable by you only)")
        }
        for item in url.queryItems ?? [] {
            switch item.name {
            case "sslmode":
                guard let mode = item.value.flatMap(SSLMode.init(rawValue:)) else {
                    throw CircleError(.input, "\(display): sslmode=\(item.value ?? "") is not one Circle offers; use \(SSLMode.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                sslMode = mode
            case "sslrootcert":
                guard let path = item.value, !path.isEmpty else { throw CircleError(.input, "\(display): sslrootcert needs the path of a CA certificate file") }
                rootCertificate = path
            default:
                throw CircleError(.input, "\(display): '\(item.name)' is not a setting Circle reads from a store's address; it reads sslmode and sslrootcert")
            }
        }
        if rootCertificate != nil, sslMode == .disable || sslMode == .require {
            throw CircleError(.input, "\(display): sslrootcert is only used with sslmode=verify-ca or verify-full, which check the server's certificate")
        }
    }

    /// The address as messages show it (it never holds a password).
    public var display: String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "postgres://\(user)@\(shownHost):\(port)/\(database)"
    }

    /// The address as `--store` takes it again, with its TLS settings, for a command a message
    /// suggests (quoted for a shell; never a password).
    public var argument: String {
        var settings: [String] = []
        if sslMode != .verifyFull { settings.append("sslmode=\(sslMode.rawValue)") }
        if let rootCertificate { settings.append("sslrootcert=\(rootCertificate)") }
        return "'" + display + (settings.isEmpty ? "" : "?" + settings.joined(separator: "&")) + "'"
    }

    /// The address `text` (a server's, as `--store` takes it) with `database` in place of its own:
    /// for a tool that creates databases on a server, as the tests and circle-bench do.
    public static func onDatabase(_ database: String, of text: String) -> String {
        var url = URLComponents(string: text)!
        url.path = "/" + database
        return url.string!
    }

    /// `text` with anything between `://` and `@` cut out, for a message about an address that could not be read.
    static func redacted(_ text: String) -> String {
        guard let start = text.range(of: "://"), let at = text.range(of: "@", range: start.upperBound..<text.endIndex) else { return text }
        return String(text[..<start.upperBound]) + "…" + String(text[at.lowerBound...])
    }
}
