/// UK towns and cities from the gazetteer in `WordLists/uk-places.txt`.
extension PIIScanner {
    /// A town or city starting with the capitalised word `a..<e` (folded `key`): the end of the
    /// match and where a possessive after it starts. A town that is also a common word ("Bath",
    /// "Reading") counts only after the start of a sentence; after a title it is a surname.
    mutating func matchPlace(_ a: Int, _ e: Int, _ baseEnd: Int, key: String) -> (Int, Int)? {
        guard !afterTitle else { return nil }
        let places = WordLists.places
        if let phrases = places.phrases[key], baseEnd == e {
            for phrase in phrases {
                if let match = matchPhrase(phrase, after: e) { return match }
            }
        }
        guard places.singles.contains(key) else { return nil }
        if sentenceStart && WordLists.isCommon(key, atSentenceStart: true) { return nil }
        return (e, baseEnd)
    }
}
