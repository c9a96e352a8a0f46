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

    /// Words of social-work practice that a general word list lacks ("caseload"): common words
    /// for the anonymiser, so "Caseloads" starting a sentence stays.
    static let practice = words(PackageResources.practice_words_txt)
    /// Street types ("road", "rd", "lane"): the last word of a street's name.
    static let streetSuffixes = words(PackageResources.street_suffixes_txt)
    /// The last word of a building's name ("house", "court", "lodge").
    static let buildingSuffixes = words(PackageResources.building_suffixes_txt)
    /// Words that make "… Court" or "… Centre" a kind of place, not one building ("family", "health").
    static let buildingGeneric = words(PackageResources.building_generic_txt)
    /// Words before a flat's number that start an address ("flat", "apartment").
    static let addressLeads = words(PackageResources.address_leads_txt)
    /// Last labels of web addresses and email domains written without a scheme ("org", "uk").
    static let webSuffixes = words(PackageResources.web_suffixes_txt)
    /// UK towns and cities (see the README for the source), as single words and phrases.
    static let places = NameIndex(PackageResources.uk_places_txt)
    /// Cyrillic and Greek letters that look like Latin ones → the Latin letter.
    static let confusables: [Unicode.Scalar: Unicode.Scalar] = {
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        for line in String(decoding: PackageResources.confusables_txt, as: UTF8.self).split(separator: "\n")
        where !line.hasPrefix("#") {
            let scalars = Array(line.unicodeScalars)
            if scalars.count == 3, scalars[1] == " " { table[scalars[0]] = scalars[2] }
        }
        return table
    }()

    /// Whether `key` (folded) is an ordinary word: in the common-word or practice list, or, where
    /// a capital letter is explained by the start of a sentence, an inflection of one
    /// ("caseloads", "referred", "visiting").
    static func isCommon(_ key: String, atSentenceStart: Bool) -> Bool {
        if common.contains(key) || practice.contains(key) { return true }
        guard atSentenceStart, key.count > 4 else { return false }
        for (suffix, replacement) in inflections where key.hasSuffix(suffix) {
            let stem = String(key.dropLast(suffix.count)) + replacement
            if stem.count >= 3 && (common.contains(stem) || practice.contains(stem)) { return true }
        }
        return false
    }

    private static let inflections = [
        ("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"),
        ("ly", ""), ("ers", ""), ("er", ""), ("ness", ""), ("ments", "ment"),
    ]

    /// One word a line; blank lines and lines starting with `#` are comments.
    static func words(_ file: [UInt8]) -> Set<String> { Set(lines(file)) }

    /// The file's words in order, one a line, without blank lines and `#` comments.
    static func lines(_ file: [UInt8]) -> [String] {
        file.split(separator: UInt8(ascii: "\n")).compactMap { line in
            guard line.first != UInt8(ascii: "#") else { return nil }
            let word = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return word.isEmpty ? nil : word
        }
    }
}

/// Names as single folded words and as phrases keyed by their first word, longest first.
struct NameIndex: Sendable {
    var singles = Set<String>()
    var phrases: [String: [[String]]] = [:]

    /// One name a line, as written ("Milton Keynes", "Stoke-on-Trent"); `#` lines are comments.
    init(_ file: [UInt8]) {
        var phraseSet = Set<[String]>()
        for line in file.split(separator: UInt8(ascii: "\n")) where line.first != UInt8(ascii: "#") {
            let words = Anonymiser.words(of: String(decoding: line, as: UTF8.self)).map(\.key)
            if words.count == 1 { singles.insert(words[0]) } else if words.count > 1 { phraseSet.insert(words) }
        }
        for phrase in phraseSet { phrases[phrase[0], default: []].append(phrase) }
        for key in phrases.keys {
            phrases[key]!.sort { $0.count != $1.count ? $0.count > $1.count : $0.lexicographicallyPrecedes($1) }
        }
    }
}
