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
/// - `[address]`: a street address, a number and capitalised words ending in a street type
///   ("22 Mill Lane", "14a Church Rd", "Flat 3, 22 Mill Ln"), a named street ("Mill Lane") and
///   a building's name ("Elm Court", "Carlton House"; not "Family Court" or "Health Centre").
/// - `[place]`: UK towns and cities from a gazetteer ("Leeds", "Milton Keynes"); a town that is
///   also a common word ("Reading", "Bath") only when capitalised after the start of a sentence.
/// - Emails spelled out (`s dot adeyemi at example dot org`, `[at]`, `(at)`), web addresses
///   without a scheme (`council.gov.uk/forms`) or with another one (`ftp://`), and numbers
///   grouped with dots, dashes or double spaces (`QQ-12-34-56-C`, `943.476.5919`).
///
/// Capitalised words that look like names but are not known names are removed as `[name]` too,
/// and listed in ``Anonymised/flagged`` so the facilitator can restore any that is not a name
/// (``scrub(_:restoring:)``). A capitalised word is removed when it is not a common English word,
/// or when it is a common word that is also a frequent name ("Grace", "Brown") in the middle of a
/// sentence, or when it follows a title or initial ("Mrs Day"); the title and initials go with it
/// ("Mrs S. Adeyemi" → one "[name]"). At the start of a sentence only uncommon words are removed,
/// and an inflected common word ("Caseloads", "Referred") counts as common there. Days, months,
/// institutions ("Court", "School", "Council"), nationalities and known acronyms ("CAMHS",
/// "LADO") are never removed.
///
/// Text is normalised first (``NormalisedText``): zero-width and bidirectional controls go,
/// full-width letters and digits and Cyrillic or Greek look-alikes inside Latin words are read as
/// Latin, so "Kеisha" (with a Cyrillic е) or "０７７００ ９００１２３" is found like any other.
///
/// Scrubbing is a single pass over the text's UTF-8 bytes with hand-written matchers: linear in
/// the length of the text, with no regular expressions. ``PIIScanner`` makes the pass; each
/// matcher has its own file (`NameMatcher.swift`, `PhoneMatcher.swift`, …), and the word lists
/// are text files in `WordLists/`.
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
                && words.contains { $0.possessive || (!$0.capitalised && !WordLists.particles.contains($0.key)) }
            if descriptive {
                // Only the names inside the description, and runs of them as phrases.
                var run: [String] = []
                for word in words + [(key: "", capitalised: false, possessive: true)] {
                    let isName = word.capitalised && !WordLists.honorifics.contains(word.key)
                        && !WordLists.titles.contains(word.key)
                        && (!WordLists.common.contains(word.key) || WordLists.nameLike.contains(word.key))
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
                guard token.count >= 2, !WordLists.honorifics.contains(token) else { continue }
                // "Aunt Rose", "Baby Amira": a leading title is not a name; "van" inside a name is not.
                if index == 0 && tokens.count > 1 && WordLists.titles.contains(token) { continue }
                if index > 0 && WordLists.particles.contains(token) { continue }
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
            while let first = rest.first, WordLists.titles.contains(first) || WordLists.honorifics.contains(first) {
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

    /// What a second scan still removes from `text` (kind → how many), leaving alone the words it
    /// only flags as possible names: a text checked again on import, whose flagged words the
    /// facilitator reviewed at the close and may have restored ("Ofsted").
    public func stillFinds(in text: String) -> [String: Int] {
        scrub(text, restoring: Set(scrub(text).flagged)).removed
    }

    /// Replaces personal data in `text` with typed placeholders, and lists the capitalised words
    /// it removed as possible names. `restoring`: such words the facilitator has said are not
    /// names ("Ofsted"), kept as written (compared case- and accent-insensitively).
    public func scrub(_ text: String, restoring: Set<String> = []) -> Anonymised {
        var normalised = NormalisedText(text).text
        let keys = Set(restoring.flatMap { Anonymiser.words(of: $0).map(\.key) })
        return normalised.withUTF8 { buffer in
            var scanner = PIIScanner(buffer, anonymiser: self, restoring: keys)
            scanner.run()
            return scanner.result()
        }
    }

    /// What ``scrub(_:restoring:)`` would remove from `text`, and where each is in `text` as
    /// given (before normalisation), in order.
    public func findings(in text: String) -> [Finding] {
        let normalised = NormalisedText(text)
        var scanned = normalised.text
        let spans = scanned.withUTF8 { buffer in
            var scanner = PIIScanner(buffer, anonymiser: self, recordSpans: true)
            scanner.run()
            return scanner.spans ?? []
        }
        let utf8 = text.utf8
        return spans.sorted { $0.start < $1.start }.map { span in
            let start = utf8.index(utf8.startIndex, offsetBy: normalised.originalOffset(span.start))
            let end = utf8.index(utf8.startIndex, offsetBy: normalised.originalOffset(span.end))
            return Finding(kind: span.kind.label, range: start..<end)
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
}
