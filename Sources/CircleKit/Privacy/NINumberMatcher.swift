/// National Insurance numbers.
extension PIIScanner {
    /// "AB123456C", "AB 12 34 56 C", "ab 123456 c", "QQ-12-34-56-C", "QQ.12.34.56.C": up to two
    /// spaces, dashes or dots between the parts.
    func matchNI(_ i: Int) -> Int? {
        // The shortest is nine bytes: AB123456C. Cheapest checks first: two letters, then digits.
        guard i + 9 <= n, PIIScanner.isASCIILetter(s[i]), PIIScanner.isASCIILetter(s[i + 1]) else { return nil }
        let firstDigit = skipNISeparators(i + 2)
        guard firstDigit + 1 < n, PIIScanner.isDigit(s[firstDigit]), PIIScanner.isDigit(s[firstDigit + 1]) else { return nil }
        let p1 = s[i] & 0xDF
        let p2 = s[i + 1] & 0xDF
        guard PIIScanner.isNIPrefix(p1, p2) else { return nil }
        // Both prefix letters in the same case.
        guard (s[i] & 0x20) == (s[i + 1] & 0x20) else { return nil }
        var j = firstDigit
        for pair in 0..<3 {
            if pair > 0 { j = skipNISeparators(j) }
            guard j + 1 < n, PIIScanner.isDigit(s[j]), PIIScanner.isDigit(s[j + 1]) else { return nil }
            j += 2
        }
        j = skipNISeparators(j)
        guard j < n else { return nil }
        let suffix = s[j] & 0xDF
        guard suffix >= UInt8(ascii: "A") && suffix <= UInt8(ascii: "D"), boundaryAfter(j + 1) else { return nil }
        return j + 1
    }

    func skipNISeparators(_ j: Int) -> Int {
        skip([.spaces, .dashes, .dots], from: j, atMost: 2)
    }

    /// The official prefix rules, plus HMRC's specimen prefix QQ. Takes uppercase letters.
    static func isNIPrefix(_ a: UInt8, _ b: UInt8) -> Bool {
        if a == UInt8(ascii: "Q") && b == UInt8(ascii: "Q") { return true }
        func never(_ c: UInt8) -> Bool {
            c == UInt8(ascii: "D") || c == UInt8(ascii: "F") || c == UInt8(ascii: "I") || c == UInt8(ascii: "Q")
                || c == UInt8(ascii: "U") || c == UInt8(ascii: "V")
        }
        if never(a) || never(b) || b == UInt8(ascii: "O") { return false }
        switch (a, b) {
        case (UInt8(ascii: "B"), UInt8(ascii: "G")), (UInt8(ascii: "G"), UInt8(ascii: "B")),
             (UInt8(ascii: "N"), UInt8(ascii: "K")), (UInt8(ascii: "K"), UInt8(ascii: "N")),
             (UInt8(ascii: "T"), UInt8(ascii: "N")), (UInt8(ascii: "N"), UInt8(ascii: "T")),
             (UInt8(ascii: "Z"), UInt8(ascii: "Z")):
            return false
        default:
            return true
        }
    }
}
