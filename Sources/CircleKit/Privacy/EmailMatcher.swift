/// Email addresses: `local@domain.tld`.
extension PIIScanner {
    mutating func tryEmail(_ i: Int) -> Int? {
        guard i >= noEmailBefore else { return nil }
        switch matchEmail(i) {
        case .success(let end): return end
        case .failure(let failure):
            noEmailBefore = failure.scannedTo
            return nil
        }
    }

    struct NoEmail: Error {
        let scannedTo: Int
    }

    /// `local@domain.tld`, starting at an ASCII letter or digit.
    func matchEmail(_ i: Int) -> Result<Int, NoEmail> {
        var j = i
        while j < n && PIIScanner.isLocalPart(s[j]) { j += 1 }
        let failure = Result<Int, NoEmail>.failure(NoEmail(scannedTo: j))
        guard j < n, s[j] == UInt8(ascii: "@"), j > i else { return failure }
        var k = j + 1
        var labels = 0
        var end: Int?
        while true {
            let start = k
            var hasLetter = false
            while k < n && (PIIScanner.isASCIIAlnum(s[k]) || s[k] == UInt8(ascii: "-")) {
                if PIIScanner.isASCIILetter(s[k]) { hasLetter = true }
                k += 1
            }
            guard k > start else { break }
            labels += 1
            if labels >= 2 && hasLetter && k - start >= 2 { end = k }
            if k + 1 < n && s[k] == UInt8(ascii: ".") && PIIScanner.isASCIIAlnum(s[k + 1]) {
                k += 1
            } else {
                break
            }
        }
        guard let end, boundaryAfter(end) else { return failure }
        return .success(end)
    }
}
