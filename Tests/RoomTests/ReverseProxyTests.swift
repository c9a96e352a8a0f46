import Foundation
import Testing
import TestSupport

@testable import CircleRoom

/// People on a video call write through the organisation's HTTPS reverse proxy: Debian's nginx,
/// run here on loopback with a self-signed certificate and the configuration `docs/nginx/circle-room.conf`
/// gives (its placeholders filled in), in front of a room opened with a public address.
extension BrowserTests {
    @Test(.timeLimit(.minutes(2)))
    func aPhoneWritesThroughNginxOverHTTPSAndTheCardArrives() async throws {
        let proxy = try NginxProxy()
        defer { proxy.stop() }
        let live = try await LiveRoom(share: true, publicURL: "https://localhost:\(proxy.port)/")
        defer { Task { await live.stop() } }
        try proxy.start(forwardingTo: live.port)
        let joinURL = try #require(live.server.joinURL)
        #expect(joinURL == "https://localhost:\(proxy.port)/j/\(live.room.joinCode!)")
        try await live.reachTheWrittenRound()

        // Relayed by a proxy on this machine, a request is a participant's: the room view and the
        // facilitator's page are refused even though the connection comes from 127.0.0.1.
        for path in ["/", "/facilitator", "/api/facilitator"] {
            #expect(try await live.get(path, headers: [("X-Forwarded-For", "203.0.113.9")]).status == .forbidden, "\(path) through a proxy")
        }

        let browser = try await offPool { Handle(try HeadlessChromium(width: 390, height: 844, timeout: 15, extraArguments: ["--ignore-certificate-errors"])) }
        defer { browser.value.close() }
        let phone = try await Tab.open(browser, joinURL, "the participant page over HTTPS", phone: true)
        try await phone.wait("the written round over HTTPS", "location.protocol === 'https:' && !!document.querySelector('#live [data-open]') && !document.getElementById('write').hidden")
        let text = "Written at home, on the call"
        try await phone.run { page in
            try page.evaluate("document.getElementById('text').focus()")
            try page.type(text)
        }
        try await phone.click("#write button[type=submit]")
        try await phone.wait("the phone to say it was sent", "document.getElementById('sent').textContent.startsWith('Sent.')")
        #expect(live.room.snapshot.writing?.pending.map(\.text) == [text])
        // Live updates come through the proxy too: the page shows the round closing when it is revealed.
        #expect(try await live.post("/api/reveal", "confirm", headers: [live.key, live.question]).status == 202)
        try await phone.wait("the live update through the proxy", "!document.querySelector('#live [data-open]')")
        await live.stop()
    }
}

/// Debian's nginx on a free loopback port, with a self-signed certificate for localhost, serving
/// `docs/nginx/circle-room.conf`.
final class NginxProxy: @unchecked Sendable {
    let directory: String
    let port: Int
    private var process: Process?

    init() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/sbin/nginx") else {
            throw ProxyFailure("nginx is not installed: `apt-get install nginx` (make test installs it)")
        }
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("circle-nginx-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        port = try Self.freePort()
        try Self.run("/usr/bin/openssl", [
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
            "-keyout", directory + "/key.pem", "-out", directory + "/cert.pem",
        ])
    }

    func start(forwardingTo circlePort: Int) throws {
        let shipped = BrowserTests.path("docs/nginx/circle-room.conf")
        let server = try String(contentsOfFile: shipped, encoding: .utf8)
            .replacingOccurrences(of: "PUBLIC_PORT", with: "127.0.0.1:\(port)")
            .replacingOccurrences(of: "PUBLIC_HOST", with: "localhost")
            .replacingOccurrences(of: "CERTIFICATE_KEY", with: directory + "/key.pem")
            .replacingOccurrences(of: "CERTIFICATE", with: directory + "/cert.pem")
            .replacingOccurrences(of: "CIRCLE_PORT", with: "\(circlePort)")
        try server.write(toFile: directory + "/circle-room.conf", atomically: true, encoding: .utf8)
        let temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map { "\($0)_temp_path \(directory)/\($0);" }.joined(separator: " ")
        let main = """
            \(getuid() == 0 ? "user root;" : "")
            pid \(directory)/nginx.pid;
            error_log \(directory)/error.log;
            worker_processes 1;
            events { worker_connections 128; }
            http { access_log off; \(temp) include \(directory)/circle-room.conf; }
            """
        try main.write(toFile: directory + "/nginx.conf", atomically: true, encoding: .utf8)
        let nginx = Process()
        nginx.executableURL = URL(fileURLWithPath: "/usr/sbin/nginx")
        nginx.arguments = ["-p", directory, "-c", directory + "/nginx.conf", "-g", "daemon off;"]
        nginx.standardError = FileHandle.nullDevice
        try nginx.run()
        process = nginx
        let deadline = Date().addingTimeInterval(10)
        while !Self.accepts(port), Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        guard Self.accepts(port) else {
            let log = (try? String(contentsOfFile: directory + "/error.log", encoding: .utf8)) ?? ""
            throw ProxyFailure("nginx did not start on port \(port): \(log)")
        }
    }

    func stop() {
        process?.terminate()
        process?.waitUntilExit()
        try? FileManager.default.removeItem(atPath: directory)
    }

    struct ProxyFailure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    static func run(_ tool: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ProxyFailure("\(tool) \(arguments.first ?? "") failed") }
    }

    /// A port nothing listens on now (the kernel's choice for port 0).
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw ProxyFailure("no free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    static func accepts(_ port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }
}
