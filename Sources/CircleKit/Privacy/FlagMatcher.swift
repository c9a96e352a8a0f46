/// Capitalised words that nobody gave as names but that look like names: removed, and listed so
/// the facilitator can restore any that is not a name.
extension PIIScanner {
    /// Whether the word `a..<baseEnd`, not a known name, is removed as a possible name. Keeps
    /// track of titles and initials before a surname, and of a sentence-initial word that is
    /// only a name when a name follows it. `outStart` is where the word goes in `out`.
    mutating func looksLikeName(_ a: Int, _ baseEnd: Int, key known: String?, outStart: Int) -> Bool {
        let wasAfterTitle = afterTitle
        afterTitle = false
        abbreviationEnd = -1
        let previous = pending
        pending = nil
        let (first, firstLength) = scalar(at: a)
        let capitalised = startsUppercase(a)
        // Single letters: "I", "A", initials. A full stop after them ends no sentence; a capital
        // one is an initial ("J. Adeyemi", "Mrs S Adeyemi") unless it is "A" or "I" on its own.
        if baseEnd - a <= firstLength {
            abbreviationEnd = baseEnd
            let dotAfter = baseEnd < n && s[baseEnd] == UInt8(ascii: ".")
            if capitalised && (leadStart >= 0 || dotAfter || (first != "A" && first != "I")) {
                if leadStart < 0 { (leadStart, leadOut) = (a, outStart) }
                afterTitle = true
            } else {
                leadStart = -1
            }
            return false
        }
        guard capitalised else {
            leadStart = -1
            return false
        }
        let key = known ?? scratchKey
        if WordLists.titles.contains(key) {
            afterTitle = true
            abbreviationEnd = baseEnd
            if leadStart < 0 { (leadStart, leadOut) = (a, outStart) }
            return false
        }
        if WordLists.neverFlagged.contains(key) || (key.hasSuffix("s") && WordLists.neverFlagged.contains(String(key.dropLast()))) {
            leadStart = -1
            return false
        }
        let allCaps = isAllCaps(a, baseEnd)
        let isCommon = WordLists.isCommon(key, atSentenceStart: sentenceStart || allCaps)
        var remove: Bool
        if wasAfterTitle || flaggedKeys.contains(key) {
            // After a title, or removed already in this text ("Jasmine arrived … Jasmine's mum").
            remove = true
        } else if sentenceStart || allCaps {
            remove = !isCommon
        } else {
            remove = !isCommon || WordLists.nameLike.contains(key)
        }
        if remove && restoring.contains(key) { remove = false }
        if remove {
            pending = previous
            flushPending(before: a)
            addFlag(key, String(decoding: UnsafeBufferPointer(rebasing: s[a..<baseEnd]), as: UTF8.self))
            return true
        }
        leadStart = -1
        if sentenceStart && !allCaps && WordLists.nameLike.contains(key) {
            pending = (key, String(decoding: UnsafeBufferPointer(rebasing: s[a..<baseEnd]), as: UTF8.self), a, baseEnd, outStart)
        }
        return false
    }

    mutating func addFlag(_ key: String, _ text: String) {
        if flaggedKeys.insert(key).inserted { flagged.append(text) }
    }

    /// Removes the pending sentence-initial word after all ("Grace Mensah") if only a space or
    /// two separate it from the name at `a`.
    mutating func flushPending(before a: Int) {
        defer { pending = nil }
        guard let previous = pending, a > previous.end, a - previous.end <= 2 else { return }
        for j in previous.end..<a where s[j] != UInt8(ascii: " ") { return }
        guard !restoring.contains(previous.key) else { return }
        addFlag(previous.key, previous.text)
        let placeholder = PIIKind.placeholders[PIIKind.name.rawValue]
        let length = previous.end - previous.start
        out.replaceSubrange(previous.outStart..<(previous.outStart + length), with: placeholder)
        if leadStart >= 0 && leadOut > previous.outStart { leadOut += placeholder.count - length }
        counts[PIIKind.name.rawValue] += 1
        spans?.append((previous.start, previous.end, .name))
    }
}
