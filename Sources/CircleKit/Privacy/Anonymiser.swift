import Foundation

/// Scrubs text before it may leave the room.
///
/// Learning points and feedback for senior leaders pass through an `Anonymiser` before the
/// facilitator sees them on the "what leaves the room" screen. It removes, replacing each with a
/// typed placeholder:
///
/// - `[name]`: the participants' names and every person's name in the loaded case material. Whole
///   words only, case- and accent-insensitive ("KEISHA", "Zoe" for "Zoë"), with possessives kept
///   after the placeholder ("Keisha's", "keisha’s" → "[name]'s", "[name]’s"). A multi-word name
///   is removed as a phrase ("Amira Khan" → one "[name]") and each of its parts on its own
///   ("Amira", "Khan"); single letters, titles ("Mrs") and particles ("van", "de") are removed only
///   inside the whole name.
/// - `[email]`, `[url]` (`http://`, `https://`, `www.`).
/// - `[phone]`: UK numbers, national (`0…`, 10 or 11 digits) or international (`+44`, `0044`,
///   optionally `(0)`), grouped with spaces, dashes, dots or brackets around the area code.
/// - `[nhs-number]`: ten digits, plain or spaced 3-3-4, **only** when the modulus-11 check digit
///   is valid. A ten-digit number with a bad check digit is not an NHS number; it is removed as a
///   phone number if it is shaped like one (starts with 0), and otherwise left alone.
/// - `[ni-number]`: National Insurance numbers, two prefix letters (not D, F, I, Q, U or V;
///   not O second; not BG, GB, NK, KN, TN, NT or ZZ; HMRC's specimen prefix QQ is accepted too),
///   six digits (plain or in pairs) and a suffix A–D.
/// - `[postcode]`: UK postcodes in every format (A9 9AA, A99 9AA, A9A 9AA, AA9 9AA, AA99 9AA,
///   AA9A 9AA, and GIR 0AA), any case, with or without the space.
/// - `[date]`: "12/03/2015", "12-03-15", "12.03.2015", "2015-03-12", "12 March 2015",
///   "12th March", "3rd of May 2019", "March 12, 2015", "Mar 12th".
///
/// Capitalised words that look like names but are not known names are not removed: they are
/// returned in ``Anonymised/flagged`` for the facilitator to confirm. A capitalised word is
/// flagged when it is not a common English word, or when it is a common word that is also a
/// frequent name ("Grace", "Brown") in the middle of a sentence, or when it follows a title
/// ("Mrs Day"). At the start of a sentence only uncommon words are flagged. Days, months,
/// institutions ("Court", "School", "Council"), nationalities and known acronyms ("CAMHS",
/// "LADO") are never flagged.
///
/// Scrubbing is a single pass over the text's UTF-8 bytes with hand-written matchers: linear in
/// the length of the text, with no regular expressions.
public struct Anonymiser: Sendable {
    /// Folded name words removed wherever they appear as a whole word.
    let singleKeys: Set<String>
    /// Multi-word names, keyed by their first folded word; longest first.
    let phrases: [String: [[String]]]
    /// Quick reject before a dictionary look-up: which folded lengths and first bytes occur.
    let lengthMask: UInt64
    let firstBytes: [Bool]

    /// `names`: the participants' names typed by the facilitator; `scenarioNames`: every person's
    /// name in the loaded case material.
    ///
    /// Every word of a participant's name is removed. A scenario entry may be a description
    /// rather than a name ("The two children", "Callum's teacher"): when it has a lowercase word
    /// or a possessive, only its capitalised words that are not ordinary words ("Callum", but not
    /// "The" or "Teacher") are treated as names.
    public init(names: [String], scenarioNames: [String] = []) {
        var singles = Set<String>()
        var phraseSet = Set<[String]>()
        let entries = names.map { ($0, false) } + scenarioNames.map { ($0, true) }
        for (name, fromScenario) in entries {
            let words = Anonymiser.words(of: name)
            guard !words.isEmpty else { continue }
            let descriptive = fromScenario && words.contains { $0.capitalised }
                && words.contains { $0.possessive || (!$0.capitalised && !Anonymiser.particles.contains($0.key)) }
            if descriptive {
                // Only the names inside the description, and runs of them as phrases.
                var run: [String] = []
                for word in words + [(key: "", capitalised: false, possessive: true)] {
                    let isName = word.capitalised && !Anonymiser.honorifics.contains(word.key)
                        && !Anonymiser.titles.contains(word.key)
                        && (!CommonWords.common.contains(word.key) || CommonWords.nameLike.contains(word.key))
                    if isName {
                        if word.key.count >= 2 { singles.insert(word.key) }
                        run.append(word.key)
                    }
                    if !isName || word.possessive {
                        if run.count >= 2 { phraseSet.insert(run) }
                        run = []
                    }
                }
                continue
            }
            let tokens = words.map(\.key)
            for (index, token) in tokens.enumerated() {
                guard token.count >= 2, !Anonymiser.honorifics.contains(token) else { continue }
                // "Aunt Rose", "Baby Amira": a leading title is not a name; "van" inside a name is not.
                if index == 0 && tokens.count > 1 && Anonymiser.titles.contains(token) { continue }
                if index > 0 && Anonymiser.particles.contains(token) { continue }
                singles.insert(token)
                // "o'brien" is also caught as "brien".
                if let apostrophe = token.lastIndex(of: "'") {
                    let tail = String(token[token.index(after: apostrophe)...])
                    if tail.count >= 3 { singles.insert(tail) }
                }
            }
            if tokens.count >= 2 { phraseSet.insert(tokens) }
            // "Lily-Mae Smith" is also caught as "Lily-Mae".
            for chunk in name.split(whereSeparator: \.isWhitespace) {
                let chunkTokens = Anonymiser.words(of: String(chunk)).map(\.key)
                if chunkTokens.count >= 2 { phraseSet.insert(chunkTokens) }
            }
            // "Mrs Amira Khan" is also caught as "Amira Khan".
            var rest = tokens[...]
            while let first = rest.first, Anonymiser.titles.contains(first) || Anonymiser.honorifics.contains(first) {
                rest = rest.dropFirst()
            }
            if rest.count >= 2 { phraseSet.insert(Array(rest)) }
        }
        var phrases = [String: [[String]]]()
        for phrase in phraseSet { phrases[phrase[0], default: []].append(phrase) }
        for key in phrases.keys {
            phrases[key]!.sort { $0.count != $1.count ? $0.count > $1.count : $0.lexicographicallyPrecedes($1) }
        }
        var mask: UInt64 = 0
        var first = [Bool](repeating: false, count: 256)
        for key in singles.union(phrases.keys) where !key.isEmpty {
            let bytes = Array(key.utf8)
            mask |= 1 << UInt64(min(bytes.count, 63))
            first[Int(bytes[0])] = true
        }
        self.singleKeys = singles
        self.phrases = phrases
        self.lengthMask = mask
        self.firstBytes = first
    }

    /// Replaces personal data in `text` with typed placeholders and lists the capitalised words
    /// that look like names for the facilitator to confirm.
    public func scrub(_ text: String) -> Anonymised {
        var text = text
        return text.withUTF8 { buffer in
            var scanner = PIIScanner(buffer, anonymiser: self)
            scanner.run()
            return scanner.result()
        }
    }

    /// The words of a name as typed, folded, with a possessive 's removed, and whether each was
    /// capitalised ("Mary-Jane O’Brien's" → "mary", "jane", "o'brien").
    static func words(of name: String) -> [(key: String, capitalised: Bool, possessive: Bool)] {
        var name = name
        return name.withUTF8 { buffer in
            var scanner = PIIScanner(buffer, anonymiser: nil)
            var result: [(key: String, capitalised: Bool, possessive: Bool)] = []
            var i = 0
            while i < buffer.count {
                let (scalar, length) = scanner.scalar(at: i)
                if PIIScanner.isLetter(scalar) {
                    let end = scanner.wordEnd(from: i)
                    let baseEnd = scanner.possessiveStart(i, end)
                    scanner.fold(i, baseEnd)
                    let capitalised = scalar.properties.isUppercase || scalar.properties.generalCategory == .titlecaseLetter
                    result.append((String(decoding: scanner.scratch, as: UTF8.self), capitalised, baseEnd != end))
                    i = end
                } else {
                    i += length
                }
            }
            return result
        }
    }

    // MARK: Word lists

    /// Titles: never flagged, the capitalised word after one is always flagged, and at the start
    /// of a supplied name ("Aunt Rose") not removed on their own.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lady", "lord",
        "rev", "revd", "reverend", "fr", "father", "sister", "brother", "aunt", "auntie", "aunty",
        "uncle", "nan", "nana", "nanny", "gran", "granny", "grandma", "grandad", "grandpa",
        "grandmother", "grandfather", "baby", "cllr", "councillor", "judge",
    ]

    /// Honorifics, which are never anyone's name: not removed on their own wherever they stand in
    /// a supplied name.
    static let honorifics: Set<String> = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "rev", "revd", "reverend", "cllr", "councillor",
    ]

    /// Name particles: removed inside a whole name, not on their own ("the van" stays).
    static let particles: Set<String> = [
        "de", "da", "di", "du", "des", "del", "della", "van", "von", "der", "den", "ter", "ten",
        "la", "le", "el", "al", "bin", "bint", "ibn", "ben", "mac", "st", "dos", "das", "y",
    ]

    /// Never flagged: days, months, places of work, services, nationalities, faiths, festivals
    /// and the acronyms social workers use every day.
    static let exempt: Set<String> = {
        let text = """
        monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
        january february march april may june july august september october november december
        jan feb mar apr jun jul aug sep sept oct nov dec
        court courts school schools council councils hospital academy college university nursery police
        nhs gp gps surgery clinic centre center service services team teams unit ward trust authority
        department tribunal magistrates magistrate crown family children social care home foster
        fostering adoption housing probation prison church mosque temple synagogue gurdwara road street
        lane avenue close drive way house estate park primary secondary junior infant infants high
        grammar sixth form local county city borough district board panel conference plan review
        ofsted cafcass nspcc barnardo barnardos camhs lado mash send sen senco ehcp ehcps cin cp cpp cla
        lac plo icpc rcpc cpc ipc adhd asd add ptsd dv da dva idva isva marac mappa cse cce fgm uasc sgo
        iro iros asye amhp ot hv hvs pcso dbs dfe dsl taf eha fgc mha dols uk gb eu un bbc itv covid
        zoom microsoft google whatsapp facebook instagram tiktok snapchat youtube iphone ipad ae gcse
        gcses sats ks nvq ma ba msc bsc phd swe hcpc basw cqc ons hmrc dwp ucas ssd lsa lscp lscb scr
        cspr jtai ilacs sif ppo ceo hr it pa pr fyi asap tbc tbd aob re ps nb eg ie etc vs am pm rota
        pru apru sw sws swu tm ptm psw iro ssw aswe ssa fsw ehw yot yjs nfa rti mfh cme ipp sar sars
        cwd cdc ehc cyp lgbt lgbtq lgbtqia bame bme nrpf esol dob ni nino ref tel mob dept
        christmas easter ramadan eid diwali hanukkah passover vaisakhi halloween
        english british scottish welsh irish european african caribbean asian american polish romanian
        lithuanian latvian bulgarian ukrainian russian syrian afghan iranian iraqi kurdish eritrean
        sudanese somali ethiopian nigerian ghanaian indian pakistani bangladeshi chinese vietnamese
        albanian turkish arabic urdu punjabi bengali gujarati portuguese spanish italian french german
        muslim christian catholic protestant jewish hindu sikh buddhist islam islamic god allah
        roma gypsy traveller travellers
        england scotland wales ireland britain europe
        """
        return Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }()

    static let fullMonths = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    ]
    static let shortMonths = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
}

/// Scrubbed text, what was removed, and what the facilitator should look at.
public struct Anonymised: Equatable, Sendable {
    /// The text with personal data replaced by typed placeholders (`[name]`, `[email]`, …).
    public let text: String
    /// Placeholder kind ("name", "email", "phone", "nhs-number", "ni-number", "postcode",
    /// "date", "url") → how many were removed. Kinds with none removed are absent.
    public let removed: [String: Int]
    /// Capitalised words that look like names but are not known: for the facilitator to
    /// confirm, in order of appearance, without duplicates (compared case-insensitively).
    public let flagged: [String]

    /// A result as ``Anonymiser/scrub(_:)`` makes it; public so callers can state expectations.
    public init(text: String, removed: [String: Int], flagged: [String]) {
        self.text = text
        self.removed = removed
        self.flagged = flagged
    }
}

// MARK: - The scanner

/// What a placeholder stands for.
enum PIIKind: Int, CaseIterable {
    case name, email, phone, nhsNumber, niNumber, postcode, date, url

    var label: String {
        switch self {
        case .name: "name"
        case .email: "email"
        case .phone: "phone"
        case .nhsNumber: "nhs-number"
        case .niNumber: "ni-number"
        case .postcode: "postcode"
        case .date: "date"
        case .url: "url"
        }
    }

    static let placeholders: [[UInt8]] = allCases.map { Array("[\($0.label)]".utf8) }
}

private let apostrophe = UInt8(ascii: "'")

/// One pass over a UTF-8 buffer. Matchers return the end of what they matched or `nil`; the
/// main loop tries them only at the start of a word or number, so every byte is looked at a
/// bounded number of times.
struct PIIScanner {
    let s: UnsafeBufferPointer<UInt8>
    let n: Int
    let anonymiser: Anonymiser?
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
    /// A name-like common word that started a sentence ("Grace"), not flagged on its own: it is
    /// flagged if a name follows it straight away ("Grace Mensah", "Grace [name]").
    var pending: (key: String, text: String, end: Int)?
    /// No email starts before this: a failed attempt scanned a run of local-part characters up to
    /// here, and any start inside that run would fail the same way ("a.b.c.d…" stays linear).
    var noEmailBefore = 0

    init(_ buffer: UnsafeBufferPointer<UInt8>, anonymiser: Anonymiser?) {
        s = buffer
        n = buffer.count
        self.anonymiser = anonymiser
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
                    emit(.phone)
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
                    if !scalar.properties.isWhitespace { afterTitle = false }
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
        case UInt8(ascii: " "), UInt8(ascii: "\t"):
            break
        default:
            afterTitle = false
        }
    }

    mutating func emit(_ kind: PIIKind) {
        out.append(contentsOf: PIIKind.placeholders[kind.rawValue])
        counts[kind.rawValue] += 1
        sentenceStart = false
        afterTitle = false
        abbreviationEnd = -1
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
                emit(.email)
                return end
            }
            let lower = s[i] | 0x20
            if lower == UInt8(ascii: "h") || lower == UInt8(ascii: "w"), let end = matchURL(i) {
                emit(.url)
                return end
            }
            // NI numbers start with two letters and then digits, postcodes have a digit in their
            // first word (or are GIR 0AA), months have none.
            if runEnd - i == 2 || hasDigit, let end = matchNI(i) {
                emit(.niNumber)
                return end
            }
            if hasDigit || runEnd - i == 3, let end = matchPostcode(i, runEnd: runEnd) {
                emit(.postcode)
                return end
            }
            if !hasDigit, let end = matchMonthFirstDate(i, runEnd: runEnd) {
                emit(.date)
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
                emit(.email)
                return end
            }
            if let end = matchNumericDate(i) ?? matchDayFirstDate(i) {
                emit(.date)
                return end
            }
            if let end = matchNHS(i) {
                emit(.nhsNumber)
                return end
            }
            if let end = matchPhone(i) {
                emit(.phone)
                return end
            }
        }
        var j = i
        while j < n && PIIScanner.isDigit(s[j]) { j += 1 }
        copy(i, j)
        sentenceStart = false
        afterTitle = false
        abbreviationEnd = -1
        return j
    }

    // MARK: Words: names and flags

    /// One word from `a` to `e`: a known name is replaced, anything else is copied and may be
    /// flagged. Returns where scanning goes on: after the word, or after a multi-word name.
    mutating func word(_ a: Int, _ e: Int) -> Int {
        // A possessive 's stays outside the name: "Keisha’s" → "[name]’s".
        let baseEnd = possessiveStart(a, e)
        fold(a, baseEnd)
        var key: String?
        if let anonymiser, !scratch.isEmpty,
           anonymiser.lengthMask & (1 << UInt64(min(scratch.count, 63))) != 0,
           anonymiser.firstBytes[Int(scratch[0])] {
            let k = String(decoding: scratch, as: UTF8.self)
            key = k
            if let phrases = anonymiser.phrases[k], baseEnd == e {
                for phrase in phrases {
                    if let (end, suffixStart) = matchPhrase(phrase, after: e) {
                        flushPending(before: a)
                        emit(.name)
                        copy(suffixStart, end)
                        return end
                    }
                }
                fold(a, baseEnd)
            }
            if anonymiser.singleKeys.contains(k) {
                flushPending(before: a)
                emit(.name)
                copy(baseEnd, e)
                return e
            }
        }
        copy(a, e)
        considerFlag(a, baseEnd, key: key)
        sentenceStart = false
        return e
    }

    /// Does `phrase` (whose first word ends at `firstEnd`) continue here? Returns the end of the
    /// match and where its possessive suffix starts.
    mutating func matchPhrase(_ phrase: [String], after firstEnd: Int) -> (Int, Int)? {
        var j = firstEnd
        for (index, expected) in phrase.enumerated().dropFirst() {
            // Between the words: spaces, hyphens, full stops after initials, line breaks.
            var k = j
            var separators = 0
            while k < n && separators < 4 {
                let width = spaceWidth(k)
                if width > 0 {
                    k += width
                } else if s[k] == UInt8(ascii: "-") || s[k] == UInt8(ascii: "\n")
                            || (s[k] == UInt8(ascii: ".") && phrase[index - 1].count == 1) {
                    k += 1
                } else {
                    break
                }
                separators += 1
            }
            guard k > j, k < n else { return nil }
            let (scalar, _) = self.scalar(at: k)
            guard PIIScanner.isLetter(scalar) else { return nil }
            let end = wordEnd(from: k)
            var baseEnd = index == phrase.count - 1 ? possessiveStart(k, end) : end
            fold(k, baseEnd)
            if !scratch.elementsEqual(expected.utf8) {
                // A possessive may only end the phrase; else the whole word must match.
                guard baseEnd != end else { return nil }
                fold(k, end)
                guard scratch.elementsEqual(expected.utf8) else { return nil }
                baseEnd = end
            }
            if index == phrase.count - 1 { return (end, baseEnd) }
            j = end
        }
        return nil
    }

    /// Where a possessive 's (', ’ or ʼ) at the end of the word `a..<e` starts, or `e`.
    func possessiveStart(_ a: Int, _ e: Int) -> Int {
        guard e - a >= 3 && (s[e - 1] | 0x20) == UInt8(ascii: "s") else { return e }
        if s[e - 2] == apostrophe { return e - 2 }
        if e - a >= 5 && s[e - 4] == 0xE2 && s[e - 3] == 0x80 && s[e - 2] == 0x99 { return e - 4 }
        if e - a >= 4 && s[e - 3] == 0xCA && s[e - 2] == 0xBC { return e - 3 }
        return e
    }

    /// Decides whether the word `a..<baseEnd`, not a known name, goes on the facilitator's list.
    mutating func considerFlag(_ a: Int, _ baseEnd: Int, key known: String?) {
        let wasAfterTitle = afterTitle
        afterTitle = false
        abbreviationEnd = -1
        let previous = pending
        pending = nil
        let (first, _) = scalar(at: a)
        let letters = scratch.count
        // Single letters: "I", "A", initials. A full stop after them ends no sentence.
        if letters <= 1 {
            abbreviationEnd = baseEnd
            return
        }
        // Only capitalised words are flagged or count as titles.
        let c = s[a]
        if c < 0x80 {
            guard c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") else { return }
        } else {
            guard first.properties.isUppercase || first.properties.generalCategory == .titlecaseLetter else { return }
        }
        let key = known ?? String(decoding: scratch, as: UTF8.self)
        if Anonymiser.titles.contains(key) {
            afterTitle = true
            abbreviationEnd = baseEnd
            return
        }
        if Anonymiser.exempt.contains(key) { return }
        let isCommon = CommonWords.common.contains(key)
        let allCaps = isAllCaps(a, baseEnd)
        let flag: Bool
        if wasAfterTitle {
            flag = true
        } else if sentenceStart || allCaps {
            flag = !isCommon
        } else {
            flag = !isCommon || CommonWords.nameLike.contains(key)
        }
        if flag {
            pending = previous
            flushPending(before: a)
            addFlag(key, String(decoding: UnsafeBufferPointer(rebasing: s[a..<baseEnd]), as: UTF8.self))
        } else if sentenceStart && !allCaps && CommonWords.nameLike.contains(key) {
            pending = (key, String(decoding: UnsafeBufferPointer(rebasing: s[a..<baseEnd]), as: UTF8.self), baseEnd)
        }
    }

    mutating func addFlag(_ key: String, _ text: String) {
        if flaggedKeys.insert(key).inserted { flagged.append(text) }
    }

    /// Flags the pending sentence-initial word if only a space or two separate it from `a`.
    mutating func flushPending(before a: Int) {
        defer { pending = nil }
        guard let previous = pending, a > previous.end, a - previous.end <= 2 else { return }
        for j in previous.end..<a where s[j] != UInt8(ascii: " ") { return }
        addFlag(previous.key, previous.text)
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

    // MARK: Email and URL

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

    // MARK: National Insurance numbers

    /// "AB123456C", "AB 12 34 56 C", "ab 123456 c".
    func matchNI(_ i: Int) -> Int? {
        // The shortest is nine bytes: AB123456C. Cheapest checks first: two letters, then digits.
        guard i + 9 <= n, PIIScanner.isASCIILetter(s[i]), PIIScanner.isASCIILetter(s[i + 1]) else { return nil }
        let firstDigit = i + 2 + spaceWidth(i + 2)
        guard firstDigit + 1 < n, PIIScanner.isDigit(s[firstDigit]), PIIScanner.isDigit(s[firstDigit + 1]) else { return nil }
        let p1 = s[i] & 0xDF
        let p2 = s[i + 1] & 0xDF
        guard PIIScanner.isNIPrefix(p1, p2) else { return nil }
        // Both prefix letters in the same case.
        guard (s[i] & 0x20) == (s[i + 1] & 0x20) else { return nil }
        var j = i + 2
        j += spaceWidth(j)
        for pair in 0..<3 {
            if pair > 0 { j += spaceWidth(j) }
            guard j + 1 < n, PIIScanner.isDigit(s[j]), PIIScanner.isDigit(s[j + 1]) else { return nil }
            j += 2
        }
        j += spaceWidth(j)
        guard j < n else { return nil }
        let suffix = s[j] & 0xDF
        guard suffix >= UInt8(ascii: "A") && suffix <= UInt8(ascii: "D"), boundaryAfter(j + 1) else { return nil }
        return j + 1
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

    // MARK: Postcodes

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
            var j = runEnd
            var spaces = 0
            while spaces < 2, j < n {
                let width = spaceWidth(j)
                if width == 0 { break }
                j += width
                spaces += 1
            }
            guard spaces > 0, j + 3 <= n, isInward(j), boundaryAfter(j + 3),
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

    // MARK: Dates

    /// "12/03/2015", "12-03-15", "12.03.2015", "2015-03-12".
    func matchNumericDate(_ i: Int) -> Int? {
        let (first, c1, j1) = number(at: i, max: 4)
        guard j1 < n else { return nil }
        let separator = s[j1]
        guard separator == UInt8(ascii: "/") || separator == UInt8(ascii: "-") || separator == UInt8(ascii: ".") else {
            return nil
        }
        let (second, c2, j2) = number(at: j1 + 1, max: 2)
        guard c2 >= 1, j2 < n, s[j2] == separator else { return nil }
        let (third, c3, j3) = number(at: j2 + 1, max: 4)
        guard boundaryAfter(j3) else { return nil }
        // Not the start of a longer run like 1.2.3.4.
        if j3 + 1 < n && s[j3] == separator && PIIScanner.isDigit(s[j3 + 1]) { return nil }
        if c1 == 4 {
            guard c3 >= 1 && c3 <= 2, (1...12).contains(second), (1...31).contains(third) else { return nil }
            return j3
        }
        guard c1 >= 1 && c1 <= 2, c3 == 2 || c3 == 4 else { return nil }
        let dayMonth = (1...31).contains(first) && (1...12).contains(second)
        let monthDay = (1...12).contains(first) && (1...31).contains(second)
        return dayMonth || monthDay ? j3 : nil
    }

    /// "12 March 2015", "12th March", "3rd of May 2019", "12-Mar-2015".
    func matchDayFirstDate(_ i: Int) -> Int? {
        let (day, count, afterDay) = number(at: i, max: 3)
        guard count >= 1 && count <= 2, (1...31).contains(day) else { return nil }
        var j = skipOrdinal(afterDay)
        // Separator: spaces, or a single dash.
        var k = j
        while k < n {
            let width = spaceWidth(k)
            if width == 0 { break }
            k += width
        }
        if k == j && k < n && s[k] == UInt8(ascii: "-") { k += 1 }
        guard k > j, k < n else { return nil }
        j = k
        // "of "
        if j + 2 < n, (s[j] | 0x20) == UInt8(ascii: "o"), (s[j + 1] | 0x20) == UInt8(ascii: "f"), spaceWidth(j + 2) > 0 {
            j += 2
            while j < n {
                let width = spaceWidth(j)
                if width == 0 { break }
                j += width
            }
        }
        guard let (monthEnd, needsYear) = matchMonth(j) else { return nil }
        if let end = optionalYear(after: monthEnd) { return end }
        return needsYear ? nil : monthEnd
    }

    /// "March 12, 2015", "Mar 12th", "May 3rd 2019".
    func matchMonthFirstDate(_ i: Int, runEnd: Int) -> Int? {
        guard runEnd - i >= 3 && runEnd - i <= 9, let (monthEnd, needsYear) = matchMonth(i) else { return nil }
        var j = monthEnd
        var spaces = 0
        while j < n {
            let width = spaceWidth(j)
            if width == 0 { break }
            j += width
            spaces += 1
        }
        guard spaces > 0 else { return nil }
        let (day, count, afterDay) = number(at: j, max: 3)
        guard count >= 1 && count <= 2, (1...31).contains(day) else { return nil }
        let end = skipOrdinal(afterDay)
        guard boundaryAfter(end) else { return nil }
        if let withYear = optionalYear(after: end) { return withYear }
        return needsYear ? nil : end
    }

    /// A month name at `j` (full or abbreviated, with an optional full stop after an
    /// abbreviation), ending at a word boundary, and whether it only counts with a year after it:
    /// a lowercase "may" or abbreviation ("3 may 2019", not "3 may be").
    func matchMonth(_ j: Int) -> (end: Int, needsYear: Bool)? {
        // Month names start with one of j, f, m, a, s, o, n, d.
        guard j < n else { return nil }
        switch s[j] | 0x20 {
        case UInt8(ascii: "j"), UInt8(ascii: "f"), UInt8(ascii: "m"), UInt8(ascii: "a"), UInt8(ascii: "s"),
             UInt8(ascii: "o"), UInt8(ascii: "n"), UInt8(ascii: "d"):
            break
        default:
            return nil
        }
        // Letters packed five bits each: no allocation, one comparison per month.
        var k = j
        var packed: UInt64 = 0
        while k < n && k - j < 10 && PIIScanner.isASCIILetter(s[k]) {
            packed = packed << 5 | UInt64((s[k] | 0x20) &- 96)
            k += 1
        }
        let length = k - j
        guard length >= 3 && length <= 9, k >= n || !PIIScanner.isDigit(s[k]) else { return nil }
        let capitalised = s[j] >= UInt8(ascii: "A") && s[j] <= UInt8(ascii: "Z")
        for (index, month) in PIIScanner.packedFullMonths.enumerated() where month == packed {
            return boundaryAfter(k) ? (k, index == 4 && !capitalised) : nil
        }
        for month in PIIScanner.packedShortMonths where month == packed {
            if k < n && s[k] == UInt8(ascii: ".") { k += 1 }
            return boundaryAfter(k) ? (k, !capitalised) : nil
        }
        return nil
    }

    static func pack(_ word: String) -> UInt64 {
        word.utf8.reduce(0) { $0 << 5 | UInt64($1 &- 96) }
    }
    static let packedFullMonths = Anonymiser.fullMonths.map(pack)
    static let packedShortMonths = Anonymiser.shortMonths.map(pack)

    /// ", 2015", " 2015", "-2015" after a day and month.
    func optionalYear(after j: Int) -> Int? {
        var k = j
        var comma = false
        if k < n && s[k] == UInt8(ascii: ",") {
            k += 1
            comma = true
        }
        var spaces = 0
        while k < n {
            let width = spaceWidth(k)
            if width == 0 { break }
            k += width
            spaces += 1
        }
        if spaces == 0 && !comma {
            guard k < n, s[k] == UInt8(ascii: "-") else { return nil }
            k += 1
        }
        let (year, count, end) = number(at: k, max: 5)
        guard count == 4, (1800...2199).contains(year), boundaryAfter(end) else { return nil }
        return end
    }

    func skipOrdinal(_ j: Int) -> Int {
        guard j + 1 < n else { return j }
        let a = s[j] | 0x20
        let b = s[j + 1] | 0x20
        let ordinal = (a == UInt8(ascii: "s") && b == UInt8(ascii: "t")) || (a == UInt8(ascii: "n") && b == UInt8(ascii: "d"))
            || (a == UInt8(ascii: "r") && b == UInt8(ascii: "d")) || (a == UInt8(ascii: "t") && b == UInt8(ascii: "h"))
        guard ordinal, PIIScanner.isASCIILetter(s[j]), j + 2 >= n || !PIIScanner.isASCIIAlnum(s[j + 2]) else { return j }
        return j + 2
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

    // MARK: NHS numbers

    /// Ten digits, plain or 3-3-4 with spaces or dashes, with a valid modulus-11 check digit.
    func matchNHS(_ i: Int) -> Int? {
        let (_, plain, plainEnd) = number(at: i, max: 10)
        var end: Int
        var spaced = false
        if plain == 10 {
            end = plainEnd
        } else if plain == 3, plainEnd + 9 <= n {
            let separator = s[plainEnd]
            guard separator == UInt8(ascii: " ") || separator == UInt8(ascii: "-") else { return nil }
            let (_, second, secondEnd) = number(at: plainEnd + 1, max: 3)
            guard second == 3, secondEnd < n, s[secondEnd] == separator else { return nil }
            let (_, third, thirdEnd) = number(at: secondEnd + 1, max: 4)
            guard third == 4 else { return nil }
            end = thirdEnd
            spaced = true
        } else {
            return nil
        }
        guard boundaryAfter(end) else { return nil }
        // "943 476 5919 2": part of a longer run of numbers, not an NHS number.
        if spaced && end + 1 < n && (s[end] == UInt8(ascii: " ") || s[end] == UInt8(ascii: "-"))
            && PIIScanner.isDigit(s[end + 1]) {
            return nil
        }
        var digits: [Int] = []
        digits.reserveCapacity(10)
        for index in i..<end where PIIScanner.isDigit(s[index]) { digits.append(Int(s[index] - 48)) }
        return PIIScanner.nhsChecksumValid(digits) ? end : nil
    }

    /// The NHS modulus-11 check: weights 10…2 on the first nine digits; check digit
    /// 11 − (sum mod 11), where 11 means 0 and 10 means the number is invalid.
    static func nhsChecksumValid(_ digits: [Int]) -> Bool {
        guard digits.count == 10 else { return false }
        var sum = 0
        for index in 0..<9 { sum += digits[index] * (10 - index) }
        var check = 11 - sum % 11
        if check == 11 { check = 0 }
        return check != 10 && check == digits[9]
    }

    // MARK: Phone numbers

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
        var k = j
        var count = 0
        while k < n && count < 3 {
            let width = spaceWidth(k)
            if width > 0 {
                k += width
            } else if s[k] == UInt8(ascii: "-") || s[k] == UInt8(ascii: ".") {
                k += 1
            } else {
                break
            }
            count += 1
        }
        return k
    }

    // MARK: Bytes and scalars

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
        let b0 = UInt32(s[i])
        if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
        var length = 1
        var value: UInt32 = 0
        if b0 & 0xE0 == 0xC0 {
            length = 2
            value = b0 & 0x1F
        } else if b0 & 0xF0 == 0xE0 {
            length = 3
            value = b0 & 0x0F
        } else if b0 & 0xF8 == 0xF0 {
            length = 4
            value = b0 & 0x07
        } else {
            return ("\u{FFFD}", 1)
        }
        guard i + length <= n else { return ("\u{FFFD}", 1) }
        for k in 1..<length {
            let b = UInt32(s[i + k])
            guard b & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = value << 6 | (b & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
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
