import CircleKit
import Foundation
import PostgresNIO

/// What went wrong with a PostgreSQL store, in words a middle leader or their IT can act on:
/// an unreachable server, a refused password, a TLS failure, a role kept out by row-level
/// security, a server that went away mid-import.
enum PostgresFailure {
    /// `error` as a ``CircleError``: "ADDRESS: DOING (WHY)".
    static func describe(_ error: any Error, doing: String, at address: PostgresAddress) -> CircleError {
        if let error = error as? CircleError { return error }
        if let error = error as? PostgresTransactionError {
            let cause = error.closureError ?? error.beginError ?? error.commitError
            if let cause { return describe(cause, doing: doing, at: address) }
        }
        return CircleError(.store, "\(address.display): \(doing) (\(reason(error, at: address)))")
    }

    /// Why, in a sentence.
    static func reason(_ error: any Error, at address: PostgresAddress) -> String {
        if error is ClosedConnection { return closed }
        guard let error = error as? PSQLError else { return "\(error)" }
        switch error.code {
        case .server:
            return serverReason(error, at: address)
        case .sslUnsupported:
            return "the server does not offer TLS, and sslmode=\(address.sslMode.rawValue) requires it: ask whoever runs the server to turn TLS on"
        case .failedToAddSSLHandler:
            return "TLS could not be set up: \(error.underlying.map { "\($0)" } ?? "unknown cause")"
        case .authMechanismRequiresPassword:
            return "the server asks for \(address.user)'s password and none was found: set PGPASSWORD or add a line HOST:PORT:DATABASE:USER:PASSWORD to the pgpass file (PGPASSFILE, else ~/.pgpass), readable by you only"
        case .connectionError:
            let underlying = error.underlying
            if underlying is NIOSSLError || underlying is BoringSSLError || underlying is NIOSSLExtraError {
                return "TLS with the server failed (\(underlying.map { "\($0)" } ?? "")): check sslmode and that sslrootcert is the CA that signed the server's certificate, for the host name in the address"
            }
            return "cannot reach the server at \(address.host):\(address.port) (\(underlying.map { "\($0)" } ?? "connection failed")): check that it is running and that the host and port are right"
        case .serverClosedConnection, .uncleanShutdown, .clientClosedConnection, .poolClosed:
            return closed
        default:
            return "\(error.code)\(error.underlying.map { ": \($0)" } ?? "")"
        }
    }

    static let closed = "the server closed the connection, perhaps restarting; nothing half-done was kept, so run the command again once it is back"

    /// The connection closed while `body` was waiting on it (thrown as a ``ClosedConnection``).
    struct ClosedConnection: Error, CustomStringConvertible {
        var description: String { PostgresFailure.closed }
    }

    /// `body`'s result, or a ``ClosedConnection`` as soon as `connection` closes: a query in flight
    /// when the server drops the connection could otherwise wait for ever (seen with postgres-nio
    /// 1.33.2 when a backend is terminated mid-import). `body` is then left to finish on its own.
    static func untilClosed<Result: Sendable>(
        _ connection: PostgresConnection, _ body: @escaping @Sendable () async throws -> Result
    ) async throws -> Result {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Result, any Error>) in
            let once = Once(continuation)
            connection.closeFuture.whenComplete { _ in once.resume(with: .failure(ClosedConnection())) }
            Task {
                do { once.resume(with: .success(try await body())) } catch { once.resume(with: .failure(error)) }
            }
        }
    }

    /// A continuation resumed by whichever comes first.
    private final class Once<Value: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var continuation: CheckedContinuation<Value, any Error>?

        init(_ continuation: CheckedContinuation<Value, any Error>) { self.continuation = continuation }

        func resume(with result: Result<Value, any Error>) {
            lock.lock()
            let waiting = continuation
            continuation = nil
            lock.unlock()
            waiting?.resume(with: result)
        }
    }

    /// The SQLSTATE of a server error, if `error` is one.
    static func sqlState(_ error: any Error) -> String? {
        if let error = error as? PostgresTransactionError { return (error.closureError ?? error.commitError).flatMap(sqlState) }
        return (error as? PSQLError)?.serverInfo?[.sqlState]
    }

    private static func serverReason(_ error: PSQLError, at address: PostgresAddress) -> String {
        let message = error.serverInfo?[.message] ?? "no message"
        switch error.serverInfo?[.sqlState] ?? "" {
        case "28P01":
            return "the server refused the password for \(address.user): check PGPASSWORD, or this server's line in the pgpass file (PGPASSFILE, else ~/.pgpass)"
        case "28000":
            return "the server does not let \(address.user) in from here (\(message)): ask whoever runs it to allow this role in pg_hba.conf"
        case "3D000":
            return "the server has no database \(address.database): ask whoever runs it to create it, then run `circle store migrate --store \(address.argument)`"
        case "42501" where message.contains("row-level security"):
            return "row-level security: your database role may read and import only its own service area's sessions (\(message))"
        case "42501":
            return "permission denied (\(message)): the role needs Circle's privileges, given with `circle store grant` (docs/organisation.md)"
        case "57P01", "57P02", "57P03":
            return "the server is shutting down or restarting (\(message)); nothing half-done was kept, so run the command again once it is back"
        default:
            return message
        }
    }
}
