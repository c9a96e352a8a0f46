import Foundation

/// Where words end and what they fold to: lowercase, accents removed, one apostrophe.
extension PIIScanner {
    /// Where a possessive 's (', ’ or ʼ) at the end of the word `a..<e` starts, or `e`.
    func possessiveStart(_ a: Int, _ e: Int) -> Int {
        guard e - a >= 3 && (s[e - 1] | 0x20) == UInt8(ascii: "s") else { return e }
        if s[e - 2] == apostrophe { return e - 2 }
        if e - a >= 5 && s[e - 4] == 0xE2 && s[e - 3] == 0x80 && s[e - 2] == 0x99 { return e - 4 }
        if e - a >= 4 && s[e - 3] == 0xCA && s[e - 2] == 0xBC { return e - 3 }
        return e
    }

    func isAllCaps(_ a: Int, _ b: Int) -> Bool {
        var j = a
        while j < b {
            let c = s[j]
            if c < 0x80 {
                if c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z") { return false }
                j += 1
            } else {
                let (scalar, length) = self.scalar(at: j)
                if scalar.properties.isLowercase { return false }
                j += length
            }
        }
        return true
    }

    /// End of the word starting at the letter at `i`: letters, combining marks, and apostrophes
    /// between letters ("O’Brien", "Keisha's").
    func wordEnd(from i: Int) -> Int {
        var j = i
        while j < n {
            let c = s[j]
            if c < 0x80 {
                if PIIScanner.isASCIILetter(c) {
                    j += 1
                } else if c == apostrophe && j + 1 < n && startsLetter(j + 1) {
                    j += 1
                } else {
                    break
                }
            } else {
                let (scalar, length) = self.scalar(at: j)
                if scalar == "\u{2019}" || scalar == "\u{02BC}" {
                    guard j + length < n && startsLetter(j + length) else { break }
                    j += length
                } else if PIIScanner.isLetter(scalar) || PIIScanner.isMark(scalar) {
                    j += length
                } else {
                    break
                }
            }
        }
        return j
    }

    func startsLetter(_ j: Int) -> Bool {
        let c = s[j]
        if c < 0x80 { return PIIScanner.isASCIILetter(c) }
        return PIIScanner.isLetter(scalar(at: j).0)
    }

    /// Folds `a..<b` into `scratch`: lowercase, accents removed, every apostrophe as `'`.
    mutating func fold(_ a: Int, _ b: Int) {
        scratch.removeAll(keepingCapacity: true)
        var j = a
        while j < b {
            let c = s[j]
            if c < 0x80 {
                scratch.append(c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") ? c | 0x20 : c)
                j += 1
            } else if c == 0xE2 && j + 2 < b && s[j + 1] == 0x80 && s[j + 2] == 0x99 {
                scratch.append(apostrophe)
                j += 3
            } else if c == 0xCA && j + 1 < b && s[j + 1] == 0xBC {
                scratch.append(apostrophe)
                j += 2
            } else {
                let raw = String(decoding: UnsafeBufferPointer(rebasing: s[a..<b]), as: UTF8.self)
                let folded = raw.replacingOccurrences(of: "\u{2019}", with: "'")
                    .replacingOccurrences(of: "\u{02BC}", with: "'")
                    .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                    .lowercased()
                scratch.removeAll(keepingCapacity: true)
                scratch.append(contentsOf: folded.utf8)
                return
            }
        }
    }
}
