import Foundation

/// The anonymiser's word lists, kept as text files in `WordLists/` (see its README for where
/// they come from) and embedded by SwiftPM; each is read into a set once, when first used.
enum WordLists {
    /// Common English words. A capitalised word at the start of a sentence is flagged only when
    /// it is not one of them.
    static let common = words(PackageResources.common_txt)
    /// Common words that are also frequent names ("will", "grace", "brown"): capitalised in the
    /// middle of a sentence they are flagged even though they are common words.
    static let nameLike = words(PackageResources.name_like_txt)
    /// Titles: never flagged, the capitalised word after one is always flagged, and at the start
    /// of a supplied name ("Aunt Rose") not removed on their own.
    static let titles = words(PackageResources.titles_txt)
    /// Honorifics, which are never anyone's name: not removed on their own wherever they stand in
    /// a supplied name.
    static let honorifics = words(PackageResources.honorifics_txt)
    /// Name particles: removed inside a whole name, not on their own ("the van" stays).
    static let particles = words(PackageResources.particles_txt)
    /// Never flagged: days, months, places of work, services, nationalities, faiths, festivals
    /// and the acronyms social workers use every day.
    static let neverFlagged = words(PackageResources.never_flagged_txt)

    /// One word a line; blank lines and lines starting with `#` are comments.
    static func words(_ file: [UInt8]) -> Set<String> {
        var words = Set<String>()
        for line in file.split(separator: UInt8(ascii: "\n")) where line.first != UInt8(ascii: "#") {
            let word = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if !word.isEmpty { words.insert(word) }
        }
        return words
    }
}
