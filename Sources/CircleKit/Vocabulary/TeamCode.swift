/// The code of the team a session was held with (`--team CFS-EAST`), which leaves the room with
/// the session's record and names a row of the middle leader's report.
///
/// ASCII letters and digits, starting with a letter, in parts joined by single hyphens, at most 24
/// characters: `CFS-EAST`, `T7`. No spaces, so a person's name and phone number
/// ("Sam Adeyemi 07700 900456") cannot pass for one, and no punctuation, so a spreadsheet formula
/// (`=HYPERLINK(`) cannot reach the report's CSV.
public struct TeamCode: Vocabulary {
    public let rawValue: String

    public init?(rawValue: String) {
        guard Self.problem(with: rawValue) == nil else { return nil }
        self.rawValue = rawValue
    }

    public static let maxLength = 24
    public static let noun = "team code"
    public static let example = "CFS-EAST"

    public static func problem(with text: String) -> String? {
        HyphenatedWords(upperCase: true, maxLength: maxLength).problem(with: text)
    }
}
