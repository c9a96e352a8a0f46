/// UK postcodes in every format.
extension PIIScanner {
    /// A UK postcode starting at `i`, whose ASCII letters-and-digits run ends at `runEnd`.
    func matchPostcode(_ i: Int, runEnd: Int) -> Int? {
        let length = runEnd - i
        guard length >= 2 && length <= 7 else { return nil }
        // GIR 0AA, the Girobank postcode.
        if length == 3 || length == 6, hasPrefix("gir", at: i) {
            let j = length == 6 ? i + 3 : runEnd + spaceWidth(runEnd)
            if length == 6 || j > runEnd, hasPrefix("0aa", at: j), boundaryAfter(j + 3) {
                return j + 3
            }
        }
        if length <= 4 && isOutward(i, runEnd) {
            let j = skip(.spaces, from: runEnd, atMost: 2)
            guard j > runEnd, j + 3 <= n, isInward(j), boundaryAfter(j + 3),
                  !looksLikeOrdinal(outward: i, runEnd, inward: j) else { return nil }
            return j + 3
        }
        if length >= 5 && isOutward(i, runEnd - 3) && isInward(runEnd - 3) && boundaryAfter(runEnd)
            && !looksLikeOrdinal(outward: i, runEnd - 3, inward: runEnd - 3) {
            return runEnd
        }
        return nil
    }

    /// A9, A99, A9A, AA9, AA99, AA9A.
    func isOutward(_ a: Int, _ b: Int) -> Bool {
        guard PIIScanner.isASCIILetter(s[a]) else { return false }
        switch b - a {
        case 2: return PIIScanner.isDigit(s[a + 1])
        case 3:
            return PIIScanner.isDigit(s[a + 1]) ? PIIScanner.isASCIIAlnum(s[a + 2])
                : PIIScanner.isASCIILetter(s[a + 1]) && PIIScanner.isDigit(s[a + 2])
        case 4:
            return PIIScanner.isASCIILetter(s[a + 1]) && PIIScanner.isDigit(s[a + 2]) && PIIScanner.isASCIIAlnum(s[a + 3])
        default: return false
        }
    }

    /// 9AA.
    func isInward(_ j: Int) -> Bool {
        j + 3 <= n && PIIScanner.isDigit(s[j]) && PIIScanner.isASCIILetter(s[j + 1]) && PIIScanner.isASCIILetter(s[j + 2])
    }

    /// "B12 3rd", "Y7 2nd": capitals then a lowercase inward code is an ordinal, not a postcode.
    func looksLikeOrdinal(outward a: Int, _ b: Int, inward j: Int) -> Bool {
        var j2 = a
        while j2 < b {
            if s[j2] >= UInt8(ascii: "a") && s[j2] <= UInt8(ascii: "z") { return false }
            j2 += 1
        }
        return s[j + 1] >= UInt8(ascii: "a") && s[j + 2] >= UInt8(ascii: "a")
    }
}
