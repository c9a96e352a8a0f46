/// A minimal HTTP/1.1 client over plain IPv4 TCP sockets, for testing and benchmarking a local server.
/// Every call opens its own connection and shares no state, so it is safe to use from many threads at once.
public enum HTTPProbe {
    /// Sends one request on a fresh connection (`Connection: close`) and reads the whole response.
    ///
    /// `Host` and `Connection: close` are added unless given in `headers`; `Content-Length` is added
    /// when there is a body (or for POST/PUT/PATCH) unless given. `timeout` bounds the whole exchange.
    /// Throws `HTTPProbeError` (`.refused`, `.timeout`, `.malformed`, `.closed`, `.failed`).
    public static func send(
        _ method: String, host: String = "127.0.0.1", port: Int, path: String,
        headers: [(String, String)] = [], body: [UInt8] = [], timeout: Double = 10
    ) throws -> HTTPResponse {
        let deadline = monotonicNow() + timeout
        let given = Set(headers.map { $0.0.lowercased() })
        var head = "\(method) \(path) HTTP/1.1\r\n"
        if !given.contains("host") { head += "Host: \(host):\(port)\r\n" }
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if given.isDisjoint(with: ["content-length", "transfer-encoding"]),
           !body.isEmpty || ["POST", "PUT", "PATCH"].contains(method.uppercased()) {
            head += "Content-Length: \(body.count)\r\n"
        }
        if !given.contains("connection") { head += "Connection: close\r\n" }
        head += "\r\n"
        let conn = try Connection(host: host, port: port, deadline: deadline)
        defer { conn.close() }
        guard let response = try exchange(conn, Array(head.utf8) + body, method: method.uppercased(), deadline: deadline) else {
            throw HTTPProbeError(.closed, "\(host):\(port) closed the connection without answering \(method) \(path)")
        }
        return response
    }

    /// Writes `bytes` exactly as given (for hostile or malformed requests) and reads one response.
    ///
    /// Returns nil if the server closed (or reset) the connection without answering; throws `.timeout`
    /// if it neither answers nor closes before `timeout`, and `.refused` if nothing listens.
    public static func sendRaw(_ bytes: [UInt8], host: String = "127.0.0.1", port: Int, timeout: Double = 10) throws -> HTTPResponse? {
        let deadline = monotonicNow() + timeout
        let conn = try Connection(host: host, port: port, deadline: deadline)
        defer { conn.close() }
        let method = bytes.starts(with: Array("HEAD ".utf8)) ? "HEAD" : "GET"
        return try exchange(conn, bytes, method: method, deadline: deadline)
    }

    /// Writes the request, then reads a response; a server that closes early may still have answered
    /// (e.g. 413 or 431), so a failed write is only reported when no response can be read.
    private static func exchange(_ conn: Connection, _ request: [UInt8], method: String, deadline: Double) throws -> HTTPResponse? {
        var writeError: HTTPProbeError?
        do { try conn.write(request, deadline: deadline) } catch let error as HTTPProbeError where error.kind == .closed {
            writeError = error
        }
        let head: (status: Int, headers: [(name: String, value: String)])?
        do { head = try conn.readHead(deadline: deadline) } catch let error as HTTPProbeError {
            throw writeError ?? error
        }
        guard let head else { return nil }
        var reader = try BodyReader(status: head.status, headers: head.headers, method: method)
        var body: [UInt8] = []
        while let part = try reader.read(from: conn, deadline: deadline) { body += part }
        return HTTPResponse(status: head.status, headers: head.headers, body: body)
    }
}

/// An open Server-Sent Events stream: a GET with `Accept: text/event-stream` whose status and headers
/// are read at once, and whose (chunked or identity) body is decoded incrementally into events.
/// Lines end with LF or CRLF; `data:` lines are joined with "\n"; a blank line ends an event;
/// lines starting with ':' are comments. Use one stream from one thread at a time.
public final class EventStream {
    /// The response status code.
    public let status: Int
    /// The response headers, in the order received.
    public let headers: [(name: String, value: String)]
    /// The last `id:` field seen, if any.
    public private(set) var lastEventID: String?

    private let connection: Connection
    private var reader: BodyReader
    private var pending: [UInt8] = []
    private var eventType: String?
    private var dataLines: [String] = []

    /// Connects, sends the GET and reads the status and headers within `timeout` seconds.
    public init(host: String = "127.0.0.1", port: Int, path: String, headers: [(String, String)] = [], timeout: Double = 10) throws {
        let deadline = monotonicNow() + timeout
        let given = Set(headers.map { $0.0.lowercased() })
        var head = "GET \(path) HTTP/1.1\r\n"
        if !given.contains("host") { head += "Host: \(host):\(port)\r\n" }
        if !given.contains("accept") { head += "Accept: text/event-stream\r\n" }
        if !given.contains("cache-control") { head += "Cache-Control: no-cache\r\n" }
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        head += "\r\n"
        connection = try Connection(host: host, port: port, deadline: deadline)
        try connection.write(Array(head.utf8), deadline: deadline)
        guard let response = try connection.readHead(deadline: deadline) else {
            throw HTTPProbeError(.closed, "\(host):\(port) closed the connection without answering GET \(path)")
        }
        status = response.status
        self.headers = response.headers
        reader = try BodyReader(status: response.status, headers: response.headers, method: "GET")
    }

    /// The value of the first response header named `name`, compared case-insensitively.
    public func header(_ name: String) -> String? { headerValue(headers, name) }

    /// Blocks until the next complete event arrives and returns it (`event` is nil when no `event:`
    /// line was given), or returns nil once `timeout` seconds pass; a later call resumes where this one
    /// stopped. Throws `.closed` when the stream has ended, `.malformed` on a broken chunked body.
    public func next(timeout: Double) throws -> (event: String?, data: String)? {
        let deadline = monotonicNow() + timeout
        while true {
            while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let end = newline > 0 && pending[newline - 1] == UInt8(ascii: "\r") ? newline - 1 : newline
                let line = String(decoding: pending[..<end], as: UTF8.self)
                pending.removeFirst(newline + 1)
                if let event = process(line) { return event }
            }
            let bytes: [UInt8]?
            do { bytes = try reader.read(from: connection, deadline: deadline) } catch let error as HTTPProbeError where error.kind == .timeout {
                return nil
            }
            guard let bytes else { throw HTTPProbeError(.closed, "the event stream ended") }
            pending += bytes
        }
    }

    /// Closes the connection; later calls to `next` throw `.closed`.
    public func close() { connection.close() }

    /// Applies one line; returns an event when a blank line completes one that has data.
    private func process(_ line: String) -> (event: String?, data: String)? {
        if line.isEmpty {
            defer { eventType = nil; dataLines = [] }
            return dataLines.isEmpty ? nil : (eventType, dataLines.joined(separator: "\n"))
        }
        if line.hasPrefix(":") { return nil }
        let colon = line.firstIndex(of: ":") ?? line.endIndex
        var value = line[colon...].dropFirst()
        if value.hasPrefix(" ") { value = value.dropFirst() }
        switch line[..<colon] {
        case "event": eventType = value.isEmpty ? nil : String(value)
        case "data": dataLines.append(String(value))
        case "id" where !value.contains("\0"): lastEventID = String(value)
        default: break
        }
        return nil
    }
}
