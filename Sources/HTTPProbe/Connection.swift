#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Seconds on a monotonic clock, for deadlines.
func monotonicNow() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

private func systemMessage(_ err: Int32) -> String { String(cString: strerror(err)) }

/// One non-blocking IPv4 TCP connection with a read buffer. Every wait is bounded by a deadline;
/// a timeout never consumes buffered bytes, so a caller may retry with a later deadline.
final class Connection {
    private var fd: Int32
    private let peer: String
    private var buffer: [UInt8] = []
    private var head = 0
    /// The peer closed (or reset) its side; buffered bytes may remain.
    private(set) var atEOF = false

    init(host: String, port: Int, deadline: Double) throws {
        peer = "\(host):\(port)"
        fd = try Connection.connectSocket(host: host, port: port, deadline: deadline, peer: peer)
    }

    deinit { close() }

    func close() {
        if fd >= 0 { _ = Glibc.close(fd); fd = -1 }
    }

    private static func connectSocket(host: String, port: Int, deadline: Double, peer: String) throws -> Int32 {
        guard (1...65535).contains(port) else { throw HTTPProbeError(.failed, "invalid port \(port)") }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = in_port_t(port).bigEndian
        guard inet_pton(AF_INET, host == "localhost" ? "127.0.0.1" : host, &addr.sin_addr) == 1 else {
            throw HTTPProbeError(.failed, "'\(host)' is not a dotted IPv4 address")
        }
        let type = Int32(SOCK_STREAM.rawValue | SOCK_CLOEXEC.rawValue | SOCK_NONBLOCK.rawValue)
        let fd = socket(AF_INET, type, 0)
        guard fd >= 0 else { throw HTTPProbeError(.failed, "socket(): \(systemMessage(errno))") }
        do {
            let rc = withUnsafePointer(to: &addr) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            var err: Int32 = rc == 0 ? 0 : errno
            if err == EINPROGRESS || err == EINTR {
                try wait(fd, Int16(POLLOUT), deadline: deadline, doing: "connecting to \(peer)")
                var len = socklen_t(MemoryLayout<Int32>.size)
                if getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) != 0 { err = errno }
            }
            if err == ECONNREFUSED { throw HTTPProbeError(.refused, "connection to \(peer) refused") }
            if err != 0 { throw HTTPProbeError(.failed, "connecting to \(peer): \(systemMessage(err))") }
            return fd
        } catch {
            _ = Glibc.close(fd)
            throw error
        }
    }

    /// Waits until `fd` is ready for `events` (or has an error/hangup to report), or throws `.timeout`.
    private static func wait(_ fd: Int32, _ events: Int16, deadline: Double, doing: String) throws {
        while true {
            let remaining = deadline - monotonicNow()
            let ms = remaining <= 0 ? 0 : Int32(min((remaining * 1000).rounded(.up), 1e9))
            var p = pollfd(fd: fd, events: events, revents: 0)
            let r = poll(&p, 1, ms)
            if r > 0 { return }
            if r == 0 { throw HTTPProbeError(.timeout, "timed out \(doing)") }
            if errno != EINTR { throw HTTPProbeError(.failed, "poll(): \(systemMessage(errno))") }
        }
    }

    private func checkOpen() throws {
        if fd < 0 { throw HTTPProbeError(.closed, "the connection to \(peer) was closed locally") }
    }

    /// Writes every byte (MSG_NOSIGNAL: a closed peer is an error, never SIGPIPE).
    func write(_ bytes: [UInt8], deadline: Double) throws {
        try checkOpen()
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { send(fd, $0.baseAddress! + offset, $0.count - offset, Int32(MSG_NOSIGNAL)) }
            if n > 0 { offset += n; continue }
            let err = errno
            if err == EINTR { continue }
            if err == EAGAIN || err == EWOULDBLOCK {
                try Connection.wait(fd, Int16(POLLOUT), deadline: deadline, doing: "sending to \(peer)")
            } else if err == EPIPE || err == ECONNRESET {
                throw HTTPProbeError(.closed, "\(peer) closed the connection while the request was being sent")
            } else {
                throw HTTPProbeError(.failed, "sending to \(peer): \(systemMessage(err))")
            }
        }
    }

    /// Reads whatever arrives next into the buffer, or marks end of stream.
    private func fill(deadline: Double) throws {
        try checkOpen()
        if head > 0 && (head == buffer.count || head > 65536) { buffer.removeFirst(head); head = 0 }
        var chunk = [UInt8](repeating: 0, count: 65536)
        while !atEOF {
            try Connection.wait(fd, Int16(POLLIN), deadline: deadline, doing: "waiting for \(peer)")
            let n = recv(fd, &chunk, chunk.count, 0)
            if n > 0 { buffer.append(contentsOf: chunk[0..<n]); return }
            let err = errno
            if n == 0 || err == ECONNRESET { atEOF = true; return }
            if err != EINTR && err != EAGAIN && err != EWOULDBLOCK {
                throw HTTPProbeError(.failed, "reading from \(peer): \(systemMessage(err))")
            }
        }
    }

    /// The next line without its LF or CRLF; nil if the stream ended cleanly before any byte of it.
    func readLine(deadline: Double, limit: Int = 65536) throws -> String? {
        var scanned = 0
        while true {
            if let i = buffer[(head + scanned)...].firstIndex(of: UInt8(ascii: "\n")) {
                let end = i > head && buffer[i - 1] == UInt8(ascii: "\r") ? i - 1 : i
                let line = String(decoding: buffer[head..<end], as: UTF8.self)
                head = i + 1
                return line
            }
            scanned = buffer.count - head
            if scanned > limit { throw HTTPProbeError(.malformed, "\(peer) sent a line longer than \(limit) bytes") }
            if atEOF {
                if scanned == 0 { return nil }
                throw HTTPProbeError(.closed, "\(peer) closed the connection in the middle of a line")
            }
            try fill(deadline: deadline)
        }
    }

    /// Up to `max` bytes (at least one); empty only at end of stream.
    func readSome(max: Int, deadline: Double) throws -> [UInt8] {
        while head == buffer.count {
            if atEOF { return [] }
            try fill(deadline: deadline)
        }
        let n = min(max, buffer.count - head)
        defer { head += n }
        return Array(buffer[head..<(head + n)])
    }

    /// Reads a status line and headers, skipping interim 1xx responses (except 101).
    /// Returns nil if the peer closed the connection before sending anything.
    func readHead(deadline: Double) throws -> (status: Int, headers: [(name: String, value: String)])? {
        while true {
            guard let statusLine = try readLine(deadline: deadline) else { return nil }
            let parts = statusLine.split(separator: " ", maxSplits: 2)
            guard parts.count >= 2, parts[0].hasPrefix("HTTP/1."), parts[1].count == 3,
                  let status = Int(parts[1]), status >= 100 else {
                throw HTTPProbeError(.malformed, "\(peer) sent a bad status line: \(statusLine.debugDescription)")
            }
            var headers: [(name: String, value: String)] = []
            while true {
                guard let line = try readLine(deadline: deadline) else {
                    throw HTTPProbeError(.closed, "\(peer) closed the connection inside the response headers")
                }
                if line.isEmpty { break }
                guard let colon = line.firstIndex(of: ":"), colon != line.startIndex, headers.count < 1000 else {
                    throw HTTPProbeError(.malformed, "\(peer) sent a bad header line: \(line.debugDescription)")
                }
                headers.append((String(line[..<colon]).trimmingCharacters(in: .whitespaces),
                                String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)))
            }
            if status >= 200 || status == 101 { return (status, headers) }
        }
    }
}

/// Decodes a response body (Content-Length, chunked with extensions and trailers, or until close)
/// incrementally. State changes only after a successful read, so a timeout can be retried.
struct BodyReader {
    private enum Mode { case done, untilClose, length(Int), chunkSize, chunkData(Int), chunkEnd, trailers }
    private var mode: Mode

    init(status: Int, headers: [(name: String, value: String)], method: String) throws {
        if method == "HEAD" || status < 200 || status == 204 || status == 304 {
            mode = .done
        } else if let te = headerValue(headers, "Transfer-Encoding"), te.lowercased().contains("chunked") {
            mode = .chunkSize
        } else if let cl = headerValue(headers, "Content-Length") {
            guard let n = Int(cl), n >= 0 else { throw HTTPProbeError(.malformed, "bad Content-Length: \(cl)") }
            mode = n == 0 ? .done : .length(n)
        } else {
            mode = .untilClose
        }
    }

    /// The next decoded body bytes, or nil once the body is complete.
    mutating func read(from conn: Connection, deadline: Double) throws -> [UInt8]? {
        while true {
            switch mode {
            case .done:
                return nil
            case .untilClose:
                let bytes = try conn.readSome(max: 65536, deadline: deadline)
                if bytes.isEmpty { mode = .done; return nil }
                return bytes
            case .length(let n), .chunkData(let n):
                let bytes = try conn.readSome(max: n, deadline: deadline)
                if bytes.isEmpty {
                    throw HTTPProbeError(.closed, "connection closed with \(n) body bytes still expected")
                }
                if case .length = mode {
                    mode = bytes.count == n ? .done : .length(n - bytes.count)
                } else {
                    mode = bytes.count == n ? .chunkEnd : .chunkData(n - bytes.count)
                }
                return bytes
            case .chunkSize:
                guard let line = try conn.readLine(deadline: deadline) else {
                    throw HTTPProbeError(.closed, "connection closed before the last chunk")
                }
                let hex = line.prefix { $0 != ";" }.trimmingCharacters(in: .whitespaces)
                guard !hex.isEmpty, hex.allSatisfy(\.isHexDigit), let size = Int(hex, radix: 16) else {
                    throw HTTPProbeError(.malformed, "bad chunk size line: \(line.debugDescription)")
                }
                mode = size == 0 ? .trailers : .chunkData(size)
            case .chunkEnd:
                guard let line = try conn.readLine(deadline: deadline), line.isEmpty else {
                    throw HTTPProbeError(.malformed, "chunk data not followed by CRLF")
                }
                mode = .chunkSize
            case .trailers:
                guard let line = try conn.readLine(deadline: deadline) else {
                    throw HTTPProbeError(.closed, "connection closed inside the chunked trailers")
                }
                if line.isEmpty { mode = .done }
            }
        }
    }
}
