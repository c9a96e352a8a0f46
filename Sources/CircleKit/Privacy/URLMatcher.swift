/// Web addresses: `http://`, `https://` and `www.`.
extension PIIScanner {
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
        let bodyStart = j
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
