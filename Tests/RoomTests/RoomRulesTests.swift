import Hummingbird
import HummingbirdTesting
import Testing

@testable import CircleRoom

/// The room's application through HummingbirdTesting's own frameworks (`.router` in process,
/// `.live` over a socket). Both send `Host: localhost` with no port, and `.router` has no peer
/// address, so what they can show is the first rule: every path refuses a Host that does not name
/// this room and port (DNS rebinding), and the refusal carries every security header. The rest of
/// the routes are tested against a running room (`LiveRoom`), with HummingbirdTesting's client.
@Suite struct RoomRulesTests {
    static let paths = ["/", "/facilitator", "/events", "/static/circle.css", "/api/facilitator", "/j/ABCD-EFGH", "/nowhere"]

    func application() -> some ApplicationProtocol {
        let room = Room(share: true)
        let limits = RoomServer.Limits()
        let router = RoomServer.buildRouter(room: room, streams: Broadcaster { _ in "" }, limits: limits, ports: PortBox(), lan: nil)
        return RoomServer.buildApplication(router: router, address: .hostname("127.0.0.1", port: 0), limits: limits, onServerRunning: { _ in })
    }

    @Test(arguments: [TestingSetup.router, .live])
    func aHostWithoutThisRoomsPortIsRefusedEverywhere(_ setup: TestingSetup) async throws {
        try await application().test(setup) { client in
            for path in Self.paths {
                try await client.execute(uri: path, method: .get) { response in
                    #expect(response.status == .misdirectedRequest, "\(path)")
                    #expect(response.headers[.contentSecurityPolicy]?.hasPrefix("default-src 'none'") == true, "\(path)")
                    #expect(response.headers[.xFrameOptions] == "DENY", "\(path)")
                    #expect(response.headers[.cacheControl] == "no-store", "\(path)")
                    #expect(response.headers[.setCookie] == nil, "\(path)")
                }
            }
        }
    }
}
