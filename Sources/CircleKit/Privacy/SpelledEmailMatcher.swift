/// Email addresses spelled out to get past filters: "s dot adeyemi at example dot org",
/// "s.adeyemi [at] example [dot] org", "s.adeyemi(at)example.org", "s.adeyemi @ example.org".
extension PIIScanner {
    mutating func trySpelledEmail(_ i: Int) -> Int? {
        guard i >= noSpelledEmailBefore else { return nil }
        let firstLabelEnd = emailLabel(i)
        guard firstLabelEnd > i else { return nil }
        if let end = matchSpelledEmail(i, firstLabelEnd: firstLabelEnd) { return end }
        // Any start inside the first label ends it in the same place and fails the same way.
        noSpelledEmailBefore = firstLabelEnd
        return nil
    }

    /// Up to four local-part labels joined by dots, an "at", then two to six domain labels joined
    /// by dots ending in a web suffix ("org", "uk"); at least one "at" or "dot" spelled out or
    /// spaced, or it is a plain address (``matchEmail(_:)``'s).
    func matchSpelledEmail(_ i: Int, firstLabelEnd: Int) -> Int? {
        var j = firstLabelEnd
        var spelled = false
        var labels = 1
        while labels < 4, let (next, spelledDot) = dotSeparator(j) {
            let end = emailLabel(next)
            guard end > next else { break }
            j = end
            labels += 1
            spelled = spelled || spelledDot
        }
        guard let (domainStart, spelledAt) = atSeparator(j) else { return nil }
        spelled = spelled || spelledAt
        var k = domainStart
        var domainLabels = 0
        var best: Int?
        while domainLabels < 6 {
            let end = domainLabel(k)
            guard end > k else { break }
            domainLabels += 1
            if domainLabels >= 2 && isWebSuffix(k, end) { best = end }
            guard let (next, spelledDot) = dotSeparator(end) else { break }
            spelled = spelled || spelledDot
            k = next
        }
        guard let end = best, spelled, boundaryAfter(end) else { return nil }
        return end
    }

    /// Letters, digits and `_%+-` from `j`.
    func emailLabel(_ j: Int) -> Int {
        var k = j
        while k < n && PIIScanner.isLocalPart(s[k]) && s[k] != UInt8(ascii: ".") { k += 1 }
        return k
    }

    /// Letters, digits and dashes from `j`.
    func domainLabel(_ j: Int) -> Int {
        var k = j
        while k < n && (PIIScanner.isASCIIAlnum(s[k]) || s[k] == UInt8(ascii: "-")) { k += 1 }
        return k
    }

    func isWebSuffix(_ a: Int, _ b: Int) -> Bool {
        guard b - a >= 2 && b - a <= 6 else { return false }
        let label = String(decoding: UnsafeBufferPointer(rebasing: s[a..<b]), as: UTF8.self).lowercased()
        return WordLists.webSuffixes.contains(label)
    }

    /// "." before a letter or digit (not spelled), or "dot" spelled out: " dot ", "[dot]",
    /// "(dot)", "{dot}", "<dot>". Returns where the next label starts.
    func dotSeparator(_ j: Int) -> (Int, Bool)? {
        if j + 1 < n && s[j] == UInt8(ascii: ".") && PIIScanner.isASCIIAlnum(s[j + 1]) { return (j + 1, false) }
        return spelledWord("dot", at: j).map { ($0, true) }
    }

    /// "@" (spelled when spaced), or "at" spelled out: " at ", "[at]", "(at)", "{at}", "<at>".
    func atSeparator(_ j: Int) -> (Int, Bool)? {
        let k = skip(.spaces, from: j, atMost: 2)
        if k < n && s[k] == UInt8(ascii: "@") {
            let after = skip(.spaces, from: k + 1, atMost: 2)
            guard after < n, PIIScanner.isASCIIAlnum(s[after]) else { return nil }
            return (after, k > j || after > k + 1)
        }
        return spelledWord("at", at: j).map { ($0, true) }
    }

    /// `word` in brackets with optional spaces around, or bare between spaces; case-insensitive.
    /// Returns where the following label starts.
    func spelledWord(_ word: StaticString, at j: Int) -> Int? {
        let k = skip(.spaces, from: j, atMost: 2)
        guard k < n else { return nil }
        let length = word.utf8CodeUnitCount
        var end: Int
        switch s[k] {
        case UInt8(ascii: "["), UInt8(ascii: "("), UInt8(ascii: "{"), UInt8(ascii: "<"):
            guard hasPrefix(word, at: k + 1), k + 1 + length < n else { return nil }
            let close = s[k + 1 + length]
            guard close == UInt8(ascii: "]") || close == UInt8(ascii: ")") || close == UInt8(ascii: "}")
                    || close == UInt8(ascii: ">") else { return nil }
            end = skip(.spaces, from: k + 2 + length, atMost: 2)
        default:
            guard k > j, hasPrefix(word, at: k) else { return nil }
            end = k + length
            let after = skip(.spaces, from: end, atMost: 2)
            guard after > end else { return nil }
            end = after
        }
        guard end < n, PIIScanner.isASCIIAlnum(s[end]) else { return nil }
        return end
    }
}
