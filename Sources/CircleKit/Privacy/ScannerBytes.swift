/// An apostrophe as typed on a keyboard; `’` and `ʼ` fold to it.
let apostrophe = UInt8(ascii: "'")

/// What may stand between the parts of a match: a name's words, a date's day and month, a
/// phone number's groups, a postcode's halves.
struct Separators: OptionSet {
    let rawValue: UInt8
    /// Space, tab, no-break space, narrow no-break space.
    static let spaces = Separators(rawValue: 1)
    static let dashes = Separators(rawValue: 2)
    static let dots = Separators(rawValue: 4)
    static let lineBreaks = Separators(rawValue: 8)
}

/// Bytes, scalars and boundaries: what every matcher looks at.
extension PIIScanner {
    func hasPrefix(_ prefix: StaticString, at j: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard j + count <= n else { return false }
        let p = prefix.utf8Start
        for index in 0..<count {
            let c = s[j + index]
            let lower = PIIScanner.isASCIILetter(c) ? c | 0x20 : c
            if lower != p[index] { return false }
        }
        return true
    }

    /// Width in bytes of a space at `j`: space, tab, no-break space or narrow no-break space.
    func spaceWidth(_ j: Int) -> Int {
        guard j < n else { return 0 }
        let c = s[j]
        if c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") { return 1 }
        if c == 0xC2 && j + 1 < n && s[j + 1] == 0xA0 { return 2 }
        if c == 0xE2 && j + 2 < n && s[j + 1] == 0x80 && s[j + 2] == 0xAF { return 3 }
        return 0
    }

    /// Where a run of up to `limit` separators of the given kinds starting at `j` ends (`j` if
    /// there is none); a no-break space counts as one.
    @inline(__always)
    func skip(_ separators: Separators, from j: Int, atMost limit: Int = .max) -> Int {
        var k = j
        var count = 0
        while k < n && count < limit {
            let width = separators.contains(.spaces) ? spaceWidth(k) : 0
            if width > 0 {
                k += width
            } else if (separators.contains(.dashes) && s[k] == UInt8(ascii: "-"))
                        || (separators.contains(.dots) && s[k] == UInt8(ascii: "."))
                        || (separators.contains(.lineBreaks) && s[k] == UInt8(ascii: "\n")) {
                k += 1
            } else {
                break
            }
            count += 1
        }
        return k
    }

    /// Up to `max` digits at `j`: their value, how many, and where they end. Stops reading at
    /// `max` digits; a longer run reports `max + 1` digits so callers can reject it.
    func number(at j: Int, max: Int) -> (value: Int, count: Int, end: Int) {
        var k = j
        var value = 0
        while k < n && PIIScanner.isDigit(s[k]) {
            if k - j == max { return (value, max + 1, k) }
            value = value * 10 + Int(s[k] - 48)
            k += 1
        }
        return (value, k - j, k)
    }

    func asciiAlnumEnd(_ i: Int) -> Int {
        var j = i
        while j < n && PIIScanner.isASCIIAlnum(s[j]) { j += 1 }
        return j
    }

    /// Nothing word-like before `i`.
    func boundaryBefore(_ i: Int) -> Bool {
        guard i > 0 else { return true }
        let c = s[i - 1]
        if c < 0x80 { return !PIIScanner.isASCIIAlnum(c) }
        var j = i - 1
        while j > 0 && (s[j] & 0xC0) == 0x80 { j -= 1 }
        let (scalar, _) = self.scalar(at: j)
        return !(PIIScanner.isLetter(scalar) || PIIScanner.isMark(scalar))
    }

    /// Nothing word-like at `j`.
    func boundaryAfter(_ j: Int) -> Bool {
        guard j < n else { return true }
        let c = s[j]
        if c < 0x80 { return !PIIScanner.isASCIIAlnum(c) }
        let (scalar, _) = self.scalar(at: j)
        return !(PIIScanner.isLetter(scalar) || PIIScanner.isMark(scalar))
    }

    /// The scalar starting at byte `i` and its length in bytes.
    func scalar(at i: Int) -> (Unicode.Scalar, Int) {
        if s[i] < 0x80 { return (Unicode.Scalar(s[i]), 1) }
        var bytes = UnsafeBufferPointer(rebasing: s[i...]).makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        switch parser.parseScalar(from: &bytes) {
        case .valid(let encoded): return (Unicode.UTF8.decode(encoded), encoded.count)
        case .error(let length): return ("\u{FFFD}", length)
        case .emptyInput: return ("\u{FFFD}", 1)
        }
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isASCIILetter(UInt8(scalar.value)) }
        if scalar == "\u{02BC}" { return false }  // modifier apostrophe: handled as an apostrophe
        return scalar.properties.isAlphabetic
    }

    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c &- 48 < 10 }
    @inline(__always) static func isASCIILetter(_ c: UInt8) -> Bool { (c | 0x20) &- 97 < 26 }
    @inline(__always) static func isASCIIUpper(_ c: UInt8) -> Bool { c &- 65 < 26 }
    @inline(__always) static func isASCIIAlnum(_ c: UInt8) -> Bool { isDigit(c) || isASCIILetter(c) }
    @inline(__always) static func isSpace(_ c: UInt8) -> Bool {
        c == UInt8(ascii: " ") || c == UInt8(ascii: "\n") || c == UInt8(ascii: "\t") || c == UInt8(ascii: "\r")
    }
    @inline(__always) static func isLocalPart(_ c: UInt8) -> Bool {
        isASCIIAlnum(c) || c == UInt8(ascii: ".") || c == UInt8(ascii: "_") || c == UInt8(ascii: "%")
            || c == UInt8(ascii: "+") || c == UInt8(ascii: "-")
    }
    @inline(__always) static func isEmailPunct(_ c: UInt8) -> Bool {
        c == UInt8(ascii: "@") || c == UInt8(ascii: ".") || c == UInt8(ascii: "_") || c == UInt8(ascii: "%")
            || c == UInt8(ascii: "+") || c == UInt8(ascii: "-")
    }
}
