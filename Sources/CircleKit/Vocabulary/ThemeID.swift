/// A theme's id: what `#workload` and `s:theme("workload")` name, and what records count.
///
/// Lower-case ASCII kebab-case of at most 40 characters: `moral-distress`, `hse`, `theme2`. The
/// host prelude's `is_kebab` (Formats/prelude.lua) and the store's SQL `CHECK` write the same rule
/// in their own languages; `VocabularyTests` holds them to it.
public struct ThemeID: Vocabulary {
    public let rawValue: String

    public init?(rawValue: String) {
        guard Self.problem(with: rawValue) == nil else { return nil }
        self.rawValue = rawValue
    }

    public static let maxLength = 40
    public static let noun = "theme id"
    public static let example = "moral-distress"

    public static func problem(with text: String) -> String? {
        HyphenatedWords(upperCase: false, maxLength: maxLength).problem(with: text)
    }
}
