/// Capitalised words that are not known names: put on the facilitator's list when they look like names.
extension PIIScanner {
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
        if WordLists.titles.contains(key) {
            afterTitle = true
            abbreviationEnd = baseEnd
            return
        }
        if WordLists.neverFlagged.contains(key) { return }
        let isCommon = WordLists.common.contains(key)
        let allCaps = isAllCaps(a, baseEnd)
        let flag: Bool
        if wasAfterTitle {
            flag = true
        } else if sentenceStart || allCaps {
            flag = !isCommon
        } else {
            flag = !isCommon || WordLists.nameLike.contains(key)
        }
        if flag {
            pending = previous
            flushPending(before: a)
            addFlag(key, String(decoding: UnsafeBufferPointer(rebasing: s[a..<baseEnd]), as: UTF8.self))
        } else if sentenceStart && !allCaps && WordLists.nameLike.contains(key) {
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
}
