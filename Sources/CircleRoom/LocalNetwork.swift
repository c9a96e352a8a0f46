import NIOCore

/// This machine's address on the local network, for participants' join link.
enum LocalNetwork {
    /// The first IPv4 address of a network device that is not loopback, if any.
    static func address() -> String? {
        let devices = (try? System.enumerateDevices()) ?? []
        return devices.lazy.compactMap { device -> String? in
            guard case .v4 = device.address, let ip = device.address?.ipAddress, !ip.hasPrefix("127.") else { return nil }
            return ip
        }.first
    }
}
