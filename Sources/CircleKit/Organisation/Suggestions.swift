/// "Did you mean …?": the known word nearest to what was typed, when it is near enough to be a slip.
enum Suggestions {
    /// The candidate within a small edit distance of `text` (about a third of its length, at most
    /// 3 edits), nearest first; nil when none is that close.
    static func closest(to text: String, among candidates: [String]) -> String? {
        let typed = Array(text.lowercased())
        let allowed = min(3, max(1, typed.count / 3))
        var best: (word: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(typed, Array(candidate.lowercased()))
            if distance <= allowed, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.word
    }

    /// Levenshtein distance: insertions, deletions and substitutions.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
