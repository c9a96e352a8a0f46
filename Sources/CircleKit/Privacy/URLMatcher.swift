/// Web addresses: `http://`, `https://` and `www.`; any other scheme (`ftp://`); and a host
/// without a scheme whose last label is a web suffix (`council.gov.uk`, `example.org/forms`).
extension PIIScanner {
    /// At the start of an ASCII word whose letters and digits end at `runEnd` (before a `:` or
    /// `.`): `scheme://…` or `host.suffix/…`.
    func matchOtherURL(_ i: Int, runEnd: Int) -> Int? {
        if s[runEnd] == UInt8(ascii: ":") {
            guard runEnd - i <= 10, hasPrefix("://", at: runEnd) else { return nil }
            for k in i..<runEnd where !PIIScanner.isASCIILetter(s[k]) { return nil }
            return urlBody(from: runEnd + 3)
        }
        // Up to six labels: each byte is read by a bounded number of attempts.
        var k = i
        var labels = 0
        var best: Int?
        while labels < 6 {
            let end = domainLabel(k)
            guard end > k else { break }
            labels += 1
            if labels >= 2 && isWebSuffix(k, end) { best = end }
            guard end + 1 < n, s[end] == UInt8(ascii: "."), PIIScanner.isASCIIAlnum(s[end + 1]) else { break }
            k = end + 1
        }
        guard let host = best, host == n || !(PIIScanner.isASCIIAlnum(s[host]) || s[host] == UInt8(ascii: "@")
                                                 || s[host] == UInt8(ascii: "-")) else { return nil }
        if host < n && (s[host] == UInt8(ascii: "/") || s[host] == UInt8(ascii: ":") || s[host] == UInt8(ascii: "?")) {
            return urlBody(from: host) ?? host
        }
        return host
    }

    /// `http://…`, `https://…`, `www.…`, up to the next space, quote or angle bracket, without
    /// trailing punctuation.
    func matchURL(_ i: Int) -> Int? {
        var j: Int
        if hasPrefix("https://", at: i) {
            j = i + 8
        } else if hasPrefix("http://", at: i) {
            j = i + 7
        } else if hasPrefix("www.", at: i) {
            j = i + 4
            guard j < n, PIIScanner.isASCIIAlnum(s[j]) else { return nil }
        } else {
            return nil
        }
        return urlBody(from: j)
    }

    /// A web address's body from `bodyStart`: up to the next space, quote or angle bracket,
    /// without trailing punctuation.
    func urlBody(from bodyStart: Int) -> Int? {
        var j = bodyStart
        var parens = 0
        var brackets = 0
        while j < n {
            let c = s[j]
            if c <= 0x20 || c >= 0x80 || c == UInt8(ascii: "\"") || c == UInt8(ascii: "<")
                || c == UInt8(ascii: ">") { break }
            if c == UInt8(ascii: "(") { parens += 1 }
            if c == UInt8(ascii: ")") { parens -= 1 }
            if c == UInt8(ascii: "[") { brackets += 1 }
            if c == UInt8(ascii: "]") { brackets -= 1 }
            j += 1
        }
        // Trailing punctuation belongs to the sentence, an unmatched bracket to the text.
        while j > bodyStart {
            let c = s[j - 1]
            if c == UInt8(ascii: ".") || c == UInt8(ascii: ",") || c == UInt8(ascii: ";")
                || c == UInt8(ascii: ":") || c == UInt8(ascii: "!") || c == UInt8(ascii: "?")
                || c == apostrophe {
                j -= 1
            } else if c == UInt8(ascii: ")") && parens < 0 {
                parens += 1
                j -= 1
            } else if c == UInt8(ascii: "]") && brackets < 0 {
                brackets += 1
                j -= 1
            } else {
                break
            }
        }
        return j > bodyStart ? j : nil
    }
}
