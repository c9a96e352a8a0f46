import Foundation

/// A random identifier for a session or a theme record: a version-4 UUID in its usual
/// upper-case text form, its bits drawn from `SystemRandomNumberGenerator` (the kernel's
/// `getrandom` on Linux, which needs no file). Foundation's `UUID()` on Linux reads a file
/// instead, and when the process has no file descriptor left it returns the all-zero UUID,
/// so every record made then would share one id.
public enum RandomID {
    /// A new identifier, e.g. `"1B4E28BA-2FA1-41D2-883F-0016D3CCA427"`.
    public static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        var bytes: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &bytes) { raw in
            raw.storeBytes(of: generator.next() as UInt64, toByteOffset: 0, as: UInt64.self)
            raw.storeBytes(of: generator.next() as UInt64, toByteOffset: 8, as: UInt64.self)
            raw[6] = raw[6] & 0x0F | 0x40  // version 4
            raw[8] = raw[8] & 0x3F | 0x80  // RFC 4122 variant
        }
        return UUID(uuid: bytes).uuidString
    }
}
