import Glibc

/// A string's UTF-8 compared and searched through `memcmp` and `memchr`: on the replay's hot
/// path the generic `elementsEqual` and `contains` over `String.UTF8View` cost tens of
/// instructions a byte.
extension String {
    /// Whether this string's UTF-8 is exactly `bytes`.
    func hasUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var string = self
        return string.withUTF8 { utf8 in
            guard utf8.count == bytes.count else { return false }
            guard let mine = utf8.baseAddress, let theirs = bytes.baseAddress else { return true }
            return memcmp(mine, theirs, utf8.count) == 0
        }
    }

    /// Whether this string's UTF-8 holds `byte`.
    func hasUTF8Byte(_ byte: UInt8) -> Bool {
        var string = self
        return string.withUTF8 { utf8 in
            guard let base = utf8.baseAddress else { return false }
            return memchr(base, Int32(byte), utf8.count) != nil
        }
    }
}
