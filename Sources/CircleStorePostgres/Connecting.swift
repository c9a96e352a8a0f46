import CircleKit
import Foundation
import PostgresNIO

/// How to reach a store's server: its password (``PasswordFile``) and TLS settings, for the pool
/// and for the single connection that checks the server before the pool is used.
struct Connecting: Sendable {
    let address: PostgresAddress
    let password: String?
    let tls: TLSConfiguration?
    /// `tls` made ready (reading the CA certificate), for the checking connection.
    let context: NIOSSLContext?

    init(address: PostgresAddress, environment: [String: String]) throws {
        self.address = address
        password = try PasswordFile.password(for: address, environment: environment)
        guard address.sslMode != .disable else {
            tls = nil
            context = nil
            return
        }
        var tls = TLSConfiguration.makeClientConfiguration()
        switch address.sslMode {
        case .disable, .require: tls.certificateVerification = .none
        case .verifyCA: tls.certificateVerification = .noHostnameVerification
        case .verifyFull: tls.certificateVerification = .fullVerification
        }
        if let root = address.rootCertificate {
            guard FileManager.default.isReadableFile(atPath: root) else {
                throw CircleError(.files, "\(address.display): cannot read the CA certificate sslrootcert=\(root)")
            }
            tls.trustRoots = .file(root)
        }
        self.tls = tls
        do {
            context = try NIOSSLContext(configuration: tls)
        } catch {
            throw CircleError(.files, "\(address.display): cannot use the CA certificate sslrootcert=\(address.rootCertificate ?? "") (\(error)); it must be a PEM file")
        }
    }

    /// The pool's TLS setting: none, or TLS required (never a silent fall-back to plain text).
    var clientTLS: PostgresClient.Configuration.TLS { tls.map { .require($0) } ?? .disable }

    /// Runs `body` on one new connection, closed afterwards; a failure to connect is a clear error.
    func withConnection<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        let configuration = PostgresConnection.Configuration(
            host: address.host, port: address.port, username: address.user, password: password, database: address.database,
            tls: context.map { .require($0) } ?? .disable)
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: PostgresThemeStore.logger)
        } catch {
            throw PostgresFailure.describe(error, doing: "cannot connect to the theme store", at: address)
        }
        do {
            let result = try await body(connection)
            try? await connection.close()
            return result
        } catch {
            try? await connection.close()
            if error is CircleError { throw error }
            throw PostgresFailure.describe(error, doing: "could not use the theme store", at: address)
        }
    }
}
