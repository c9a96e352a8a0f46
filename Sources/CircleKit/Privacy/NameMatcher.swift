/// Names the anonymiser was told about: a single word, or a multi-word name as one phrase.
extension PIIScanner {
    /// One word from `a` to `e`: a known name is replaced; a capitalised word may start a street,
    /// a building or a town; anything else is copied, or removed when it looks like a name.
    /// Returns where scanning goes on: after the word, or after what it started.
    mutating func word(_ a: Int, _ e: Int) -> Int {
        // A possessive 's stays outside the name: "Keisha’s" → "[name]’s".
        let baseEnd = possessiveStart(a, e)
        fold(a, baseEnd)
        var key: String?
        if let anonymiser, !scratch.isEmpty,
           anonymiser.lengthMask & (1 << UInt64(min(scratch.count, 63))) != 0,
           anonymiser.firstBytes[Int(scratch[0])] {
            let k = scratchKey
            key = k
            if let phrases = anonymiser.phrases[k], baseEnd == e {
                for phrase in phrases {
                    if let (end, suffixStart) = matchPhrase(phrase, after: e) {
                        flushPending(before: a)
                        emit(.name, a, suffixStart)
                        copy(suffixStart, end)
                        return end
                    }
                }
                fold(a, baseEnd)
            }
            if anonymiser.singleKeys.contains(k) {
                flushPending(before: a)
                emit(.name, a, baseEnd)
                copy(baseEnd, e)
                return e
            }
        }
        if e + 1 < n && s[e] == UInt8(ascii: " ") && PIIScanner.isDigit(s[e + 1]) {
            if let end = matchAddressLead(a, e) {
                pending = nil
                emit(.address, a, end)
                return end
            }
            fold(a, baseEnd)
        }
        if startsUppercase(a) {
            let k = key ?? scratchKey
            key = k
            if let end = matchNamedStreet(a, e, key: k) {
                pending = nil
                emit(.address, a, end)
                return end
            }
            if let (end, suffixStart) = matchPlace(a, e, baseEnd, key: k) {
                pending = nil
                emit(.place, a, suffixStart)
                copy(suffixStart, end)
                return end
            }
        }
        if key == nil { fold(a, baseEnd) }
        let outStart = out.count
        if looksLikeName(a, baseEnd, key: key, outStart: outStart) {
            emit(.name, a, baseEnd)
            copy(baseEnd, e)
        } else {
            copy(a, e)
        }
        sentenceStart = false
        return e
    }

    /// Does `phrase` (whose first word ends at `firstEnd`) continue here? Returns the end of the
    /// match and where its possessive suffix starts.
    mutating func matchPhrase(_ phrase: [String], after firstEnd: Int) -> (Int, Int)? {
        var j = firstEnd
        for (index, expected) in phrase.enumerated().dropFirst() {
            // Between the words: spaces, hyphens, full stops after initials, line breaks.
            let afterInitial: Separators = phrase[index - 1].count == 1 ? .dots : []
            let k = skip([.spaces, .dashes, .lineBreaks, afterInitial], from: j, atMost: 4)
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

    /// The word at `a` starts with a capital letter.
    func startsUppercase(_ a: Int) -> Bool {
        let c = s[a]
        if c < 0x80 { return c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") }
        let (first, _) = scalar(at: a)
        return first.properties.isUppercase || first.properties.generalCategory == .titlecaseLetter
    }
}
