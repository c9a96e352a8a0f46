/// A complete HTTP/1.1 response: status, headers in the order received, and the decoded body
/// (chunked transfer coding already removed).
public struct HTTPResponse: Sendable {
    /// The status code, e.g. 200 or 404.
    public let status: Int
    /// Every header line, in the order the server sent them, names as sent.
    public let headers: [(name: String, value: String)]
    /// The body bytes after transfer decoding.
    public let body: [UInt8]

    /// The body decoded as UTF-8 (invalid sequences replaced).
    public var text: String { String(decoding: body, as: UTF8.self) }

    /// The value of the first header named `name`, compared case-insensitively.
    public func header(_ name: String) -> String? { headerValue(headers, name) }
}

/// Why an HTTPProbe call failed; `description` is a readable sentence naming the peer.
public struct HTTPProbeError: Error, CustomStringConvertible, Sendable {
    /// The broad reason, so tests can tell a refused connection from a timeout.
    public enum Kind: Sendable, Equatable {
        /// Nothing listens there: the connection was actively refused.
        case refused
        /// The deadline passed while connecting, writing or waiting for bytes.
        case timeout
        /// The peer sent something that is not valid HTTP/1.1.
        case malformed
        /// The peer closed (or reset) the connection before the exchange was complete.
        case closed
        /// Any other failure: bad address, unreachable network, unexpected socket error.
        case failed
    }

    /// The broad reason.
    public let kind: Kind
    /// A readable explanation, e.g. "connection to 192.168.1.5:8080 refused".
    public let description: String

    init(_ kind: Kind, _ description: String) {
        self.kind = kind
        self.description = description
    }
}

func headerValue(_ headers: [(name: String, value: String)], _ name: String) -> String? {
    let wanted = name.lowercased()
    return headers.first { $0.name.lowercased() == wanted }?.value
}
