/// One pass over a UTF-8 buffer. Matchers return the end of what they matched or `nil`; the
/// main loop tries them only at the start of a word or number, so every byte is looked at a
/// bounded number of times.
struct PIIScanner {
    let s: UnsafeBufferPointer<UInt8>
    let n: Int
    let anonymiser: Anonymiser?
    /// Folded words the facilitator restored: not removed as possible names.
    let restoring: Set<String>
    var out: [UInt8] = []
    var counts = [Int](repeating: 0, count: PIIKind.allCases.count)
    var flagged: [String] = []
    var flaggedKeys = Set<String>()
    /// The folded form of the last word looked at.
    var scratch: [UInt8] = []
    /// The next word starts a sentence.
    var sentenceStart = true
    /// The last word was a title and only spaces or a full stop came after it.
    var afterTitle = false
    /// End of the last word if it was a title or an initial: a full stop there ends no sentence.
    var abbreviationEnd = -1
    /// A name-like common word that started a sentence ("Grace"), copied as it was: it is
    /// removed after all if a name follows it straight away ("Grace Mensah", "Grace [name]").
    var pending: (key: String, text: String, start: Int, end: Int, outStart: Int)?
    /// Where a run of titles and initials before a possible surname started ("Mrs S. …"), in the
    /// text and in `out`, or -1: a name removed straight after it takes the run with it.
    var leadStart = -1
    var leadOut = 0
    /// No email starts before this: a failed attempt scanned a run of local-part characters up to
    /// here, and any start inside that run would fail the same way ("a.b.c.d…" stays linear).
    var noEmailBefore = 0
    /// The same for spelled-out emails ("s dot adeyemi at example dot org").
    var noSpelledEmailBefore = 0
    /// What was removed and where (byte offsets in the scanned text), when asked for.
    var spans: [(start: Int, end: Int, kind: PIIKind)]?

    init(_ buffer: UnsafeBufferPointer<UInt8>, anonymiser: Anonymiser?, restoring: Set<String> = [], recordSpans: Bool = false) {
        s = buffer
        n = buffer.count
        self.anonymiser = anonymiser
        self.restoring = restoring
        if recordSpans { spans = [] }
        scratch.reserveCapacity(32)
        if anonymiser != nil { out.reserveCapacity(n + n / 16 + 16) }
    }

    func result() -> Anonymised {
        var removed = [String: Int]()
        for kind in PIIKind.allCases where counts[kind.rawValue] > 0 {
            removed[kind.label] = counts[kind.rawValue]
        }
        return Anonymised(text: String(decoding: out, as: UTF8.self), removed: removed, flagged: flagged)
    }

    /// The folded form of the last word looked at, as a string.
    var scratchKey: String { String(decoding: scratch, as: UTF8.self) }

    // MARK: Main loop

    mutating func run() {
        var i = 0
        while i < n {
            let b = s[i]
            if b < 0x80 {
                if PIIScanner.isASCIILetter(b) {
                    i = letterStart(i)
                } else if PIIScanner.isDigit(b) {
                    i = digitStart(i)
                } else if (b == UInt8(ascii: "+") || b == UInt8(ascii: "(")) && boundaryBefore(i),
                          let end = matchPhone(i) {
                    emit(.phone, i, end)
                    i = end
                } else {
                    out.append(b)
                    punctuation(b, at: i)
                    i += 1
                }
            } else {
                let (scalar, length) = self.scalar(at: i)
                if PIIScanner.isLetter(scalar) {
                    i = letterStart(i)
                } else {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: s[i..<(i + length)]))
                    if scalar == "\u{2026}" { sentenceStart = true }  // …
                    if !scalar.properties.isWhitespace {
                        afterTitle = false
                        leadStart = -1
                    }
                    i += length
                }
            }
        }
    }

    /// Keeps track of sentence starts and of titles across one ASCII punctuation byte.
    mutating func punctuation(_ b: UInt8, at i: Int) {
        switch b {
        case UInt8(ascii: "."):
            if i != abbreviationEnd {
                leadStart = -1
                let next = i + 1 < n ? s[i + 1] : UInt8(ascii: " ")
                if PIIScanner.isSpace(next) || next >= 0x80 || next == UInt8(ascii: "\"")
                    || next == UInt8(ascii: ")") || next == apostrophe {
                    sentenceStart = true
                }
                afterTitle = false
            }
        case UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
            sentenceStart = true
            afterTitle = false
            leadStart = -1
        case UInt8(ascii: " "), UInt8(ascii: "\t"):
            break
        default:
            afterTitle = false
            leadStart = -1
        }
    }

    /// Writes the placeholder for what was matched from `start` to `end`. A name takes the
    /// titles and initials just before it ("Mrs S. Adeyemi" → one "[name]").
    mutating func emit(_ kind: PIIKind, _ start: Int, _ end: Int) {
        var start = start
        if kind == .name && leadStart >= 0 {
            out.removeSubrange(leadOut..<out.count)
            start = leadStart
        }
        out.append(contentsOf: PIIKind.placeholders[kind.rawValue])
        counts[kind.rawValue] += 1
        spans?.append((start, end, kind))
        sentenceStart = false
        afterTitle = false
        abbreviationEnd = -1
        leadStart = -1
    }

    mutating func copy(_ a: Int, _ b: Int) {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: s[a..<b]))
    }

    /// At an ASCII or non-ASCII letter.
    mutating func letterStart(_ i: Int) -> Int {
        if s[i] < 0x80 && boundaryBefore(i) {
            var runEnd = i
            var hasDigit = false
            while runEnd < n && PIIScanner.isASCIIAlnum(s[runEnd]) {
                if PIIScanner.isDigit(s[runEnd]) { hasDigit = true }
                runEnd += 1
            }
            if runEnd < n && PIIScanner.isEmailPunct(s[runEnd]), let end = tryEmail(i) {
                emit(.email, i, end)
                return end
            }
            if runEnd < n, let end = trySpelledEmail(i) {
                emit(.email, i, end)
                return end
            }
            let lower = s[i] | 0x20
            if lower == UInt8(ascii: "h") || lower == UInt8(ascii: "w"), let end = matchURL(i) {
                emit(.url, i, end)
                return end
            }
            if runEnd < n && (s[runEnd] == UInt8(ascii: ":") || s[runEnd] == UInt8(ascii: ".")),
               let end = matchOtherURL(i, runEnd: runEnd) {
                emit(.url, i, end)
                return end
            }
            // NI numbers start with two letters and then digits, postcodes have a digit in their
            // first word (or are GIR 0AA), months have none.
            if runEnd - i == 2 || hasDigit, let end = matchNI(i) {
                emit(.niNumber, i, end)
                return end
            }
            if hasDigit || runEnd - i == 3, let end = matchPostcode(i, runEnd: runEnd) {
                emit(.postcode, i, end)
                return end
            }
            if !hasDigit, let end = matchMonthFirstDate(i, runEnd: runEnd) {
                emit(.date, i, end)
                return end
            }
        }
        return word(i, wordEnd(from: i))
    }

    /// At an ASCII digit.
    mutating func digitStart(_ i: Int) -> Int {
        if boundaryBefore(i) {
            let runEnd = asciiAlnumEnd(i)
            if runEnd < n && PIIScanner.isEmailPunct(s[runEnd]), let end = tryEmail(i) {
                emit(.email, i, end)
                return end
            }
            if runEnd < n, let end = trySpelledEmail(i) {
                emit(.email, i, end)
                return end
            }
            if let end = matchNumericDate(i) ?? matchDayFirstDate(i) {
                emit(.date, i, end)
                return end
            }
            if let end = matchNHS(i) {
                emit(.nhsNumber, i, end)
                return end
            }
            if let end = matchPhone(i) {
                emit(.phone, i, end)
                return end
            }
            if let end = matchStreetAddress(i) {
                emit(.address, i, end)
                return end
            }
        }
        var j = i
        while j < n && PIIScanner.isDigit(s[j]) { j += 1 }
        copy(i, j)
        sentenceStart = false
        afterTitle = false
        abbreviationEnd = -1
        leadStart = -1
        return j
    }
}
