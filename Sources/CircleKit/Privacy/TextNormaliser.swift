import Foundation

/// The text the scanner reads, and where each of its bytes came from in the text as given.
///
/// Before any matcher runs, text is normalised so that a name or number cannot hide behind how
/// it is encoded: zero-width characters, soft hyphens and bidirectional controls are dropped
/// (a zero-width joiner inside an emoji stays); letters and digits with a compatibility form
/// are read in it (NFKC: full-width "Ｋｅｉｓｈａ" and "０７７００", ligatures, circled and
/// mathematical letters); decimal digits of any script are read as ASCII digits; and in a word
/// that mixes Latin letters with Cyrillic or Greek look-alikes, or is made only of look-alikes,
/// each look-alike is read as its Latin letter ("Kеisha" with a Cyrillic е). Everything else
/// stays as typed — accents, other scripts, emoji, punctuation — so the scrubbed text still
/// reads as the writer wrote it.
struct NormalisedText {
    /// The normalised text.
    let text: String
    /// For each scalar of the normalised text: its byte offset in `text` and the byte offset of
    /// the scalar it came from in the original. Empty when the text was left as it was. Matches
    /// start and end on scalar boundaries, so these are all a match's ends need.
    private let normalisedStarts: [Int]
    private let originalStarts: [Int]
    private let originalCount: Int

    /// The byte offset in the original text of the normalised byte offset `offset`: a match that
    /// starts or ends there in the normalised text starts or ends here in the original.
    func originalOffset(_ offset: Int) -> Int {
        guard !normalisedStarts.isEmpty else { return offset }
        if offset >= text.utf8.count { return originalCount }
        // The last scalar starting at or before `offset`.
        var low = 0
        var high = normalisedStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if normalisedStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return originalStarts[low]
    }

    init(_ original: String) {
        originalCount = original.utf8.count
        if original.utf8.allSatisfy({ $0 < 0x80 }) || !NormalisedText.needsWork(original) {
            text = original
            normalisedStarts = []
            originalStarts = []
            return
        }
        // First pass: drop controls, apply compatibility forms and digits, one scalar at a time.
        var scalars: [Unicode.Scalar] = []
        var origins: [Int] = []
        scalars.reserveCapacity(original.unicodeScalars.count)
        origins.reserveCapacity(original.unicodeScalars.count)
        var offset = 0
        var inEmoji = false
        for scalar in original.unicodeScalars {
            defer { offset += UTF8.width(scalar) }
            if scalar.isASCII {
                scalars.append(scalar)
                origins.append(offset)
                inEmoji = false
                continue
            }
            if NormalisedText.isEmojiPart(scalar, after: inEmoji) {
                inEmoji = true
                scalars.append(scalar)
                origins.append(offset)
                continue
            }
            inEmoji = scalar.properties.isEmoji && scalar.value > 0xFF
            if NormalisedText.isInvisible(scalar) { continue }
            for mapped in NormalisedText.compatibilityForm(scalar) {
                scalars.append(mapped)
                origins.append(offset)
            }
        }
        // Second pass: look-alike letters, one word at a time.
        var start = 0
        while start < scalars.count {
            guard PIIScanner.isLetter(scalars[start]) else { start += 1; continue }
            var end = start
            var latin = false
            var lookAlikes = 0
            var letters = 0
            while end < scalars.count && (PIIScanner.isLetter(scalars[end]) || PIIScanner.isMark(scalars[end])) {
                let scalar = scalars[end]
                if PIIScanner.isLetter(scalar) {
                    letters += 1
                    if scalar.isASCII { latin = true } else if WordLists.confusables[scalar] != nil { lookAlikes += 1 }
                }
                end += 1
            }
            if lookAlikes > 0 && (latin || lookAlikes == letters) {
                for index in start..<end {
                    if let latinLetter = WordLists.confusables[scalars[index]] { scalars[index] = latinLetter }
                }
            }
            start = end
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(originalCount)
        var starts: [Int] = []
        starts.reserveCapacity(scalars.count)
        for scalar in scalars {
            starts.append(bytes.count)
            UTF8.encode(scalar) { bytes.append($0) }
        }
        text = String(decoding: bytes, as: UTF8.self)
        normalisedStarts = starts
        originalStarts = origins
    }

    /// Whether any scalar could change: cheap enough to run on every text.
    private static func needsWork(_ text: String) -> Bool {
        for scalar in text.unicodeScalars where !scalar.isASCII {
            if isInvisible(scalar) || WordLists.confusables[scalar] != nil { return true }
            if scalar.properties.numericType == .decimal { return true }
            if scalar.properties.changesWhenNFKCCaseFolded && compatibilityForm(scalar) != [scalar] { return true }
        }
        return false
    }

    /// Zero-width characters, soft hyphens, bidirectional controls, variation selectors and tags.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x034F, 0x061C, 0x180E, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x206F,
             0xFE00...0xFE0F, 0xFEFF, 0xE0000...0xE007F:
            return true
        default:
            return false
        }
    }

    /// Joiners, variation selectors, skin tones and tags that continue an emoji sequence.
    private static func isEmojiPart(_ scalar: Unicode.Scalar, after inEmoji: Bool) -> Bool {
        guard inEmoji else { return false }
        switch scalar.value {
        case 0x200D, 0xFE0F, 0xE0020...0xE007F: return true
        default: return scalar.properties.isEmojiModifier || (scalar.properties.isEmoji && scalar.value > 0xFF)
        }
    }

    /// The scalar's compatibility form (NFKC) when that is one letter, digit or space, or a
    /// ligature's letters; any script's decimal digit as an ASCII digit; else the scalar itself.
    static func compatibilityForm(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        if scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue,
           value >= 0, value <= 9, value == value.rounded() {
            return [Unicode.Scalar(UInt8(48 + Int(value)))]
        }
        guard scalar.properties.changesWhenNFKCCaseFolded else { return [scalar] }
        let form = Array(String(scalar).precomposedStringWithCompatibilityMapping.unicodeScalars)
        if form.count == 1, let only = form.first,
           only.properties.isAlphabetic || only.properties.numericType == .decimal || only.properties.isWhitespace {
            return form
        }
        if (0xFB00...0xFB4F).contains(scalar.value) && form.allSatisfy({ $0.properties.isAlphabetic }) { return form }
        return [scalar]
    }
}

private extension UTF8 {
    static func width(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0..<0x80: 1
        case 0x80..<0x800: 2
        case 0x800..<0x10000: 3
        default: 4
        }
    }
}
