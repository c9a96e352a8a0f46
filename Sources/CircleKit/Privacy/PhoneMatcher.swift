/// UK phone numbers, national and international.
extension PIIScanner {
    /// A UK phone number: `0` then 9 or 10 more digits, or `+44`/`0044` then 9 or 10 digits
    /// (an optional `(0)` or stray 0 dropped), in groups separated by up to three spaces,
    /// dashes or dots, with the area code optionally in brackets.
    func matchPhone(_ start: Int) -> Int? {
        var j = start
        var open = false
        var usedBracket = false
        if s[j] == UInt8(ascii: "(") {
            open = true
            usedBracket = true
            j += 1
        }
        var international = false
        if j + 2 < n && s[j] == UInt8(ascii: "+") && s[j + 1] == UInt8(ascii: "4") && s[j + 2] == UInt8(ascii: "4") {
            j += 3
            international = true
        } else if hasPrefix("0044", at: j) {
            j += 4
            international = true
        } else if !(j < n && s[j] == UInt8(ascii: "0")) {
            return nil
        }
        if international {
            if open {
                // "(+44)"
                guard j < n, s[j] == UInt8(ascii: ")") else { return nil }
                open = false
                j += 1
            }
            j = skipPhoneSeparators(j)
            if j + 2 < n && s[j] == UInt8(ascii: "(") && s[j + 1] == UInt8(ascii: "0") && s[j + 2] == UInt8(ascii: ")") {
                j = skipPhoneSeparators(j + 3)
            }
            guard j < n, PIIScanner.isDigit(s[j]) || s[j] == UInt8(ascii: "(") else { return nil }
        }
        var digits = 0
        var firstDigit: UInt8 = 0
        var secondDigit: UInt8 = 0
        var groups = 0
        var groupLength = 0
        var best: Int?
        while j < n {
            let c = s[j]
            if PIIScanner.isDigit(c) {
                if digits == 0 { firstDigit = c } else if digits == 1 { secondDigit = c }
                digits += 1
                groupLength += 1
                j += 1
                if digits > 11 { break }
                if j == n || !PIIScanner.isDigit(s[j]) {
                    groups += 1
                    let minimum = groups == 1 ? (international ? 2 : 3) : 2
                    if groupLength < minimum { break }
                    groupLength = 0
                    if !open && boundaryAfter(j)
                        && PIIScanner.validPhone(international: international, digits: digits, first: firstDigit, second: secondDigit) {
                        best = j
                    }
                }
                continue
            }
            if c == UInt8(ascii: ")") && open && groupLength == 0 && digits > 0 {
                open = false
                j += 1
                continue
            }
            if c == UInt8(ascii: "(") && !usedBracket && groupLength == 0 && j + 1 < n && PIIScanner.isDigit(s[j + 1]) {
                open = true
                usedBracket = true
                j += 1
                continue
            }
            let k = skipPhoneSeparators(j)
            guard k > j, k < n, PIIScanner.isDigit(s[k]) || (s[k] == UInt8(ascii: "(") && !usedBracket) else { break }
            j = k
        }
        return best
    }

    static func validPhone(international: Bool, digits: Int, first: UInt8, second: UInt8) -> Bool {
        if international {
            // A stray trunk 0 after +44 is dropped.
            let national = first == UInt8(ascii: "0") ? digits - 1 : digits
            let lead = first == UInt8(ascii: "0") ? second : first
            return (national == 9 || national == 10) && lead != UInt8(ascii: "0")
        }
        return (digits == 10 || digits == 11) && first == UInt8(ascii: "0") && second != UInt8(ascii: "0")
    }

    /// Up to three spaces, dashes or dots between groups of a phone number.
    func skipPhoneSeparators(_ j: Int) -> Int {
        skip([.spaces, .dashes, .dots], from: j, atMost: 3)
    }
}
