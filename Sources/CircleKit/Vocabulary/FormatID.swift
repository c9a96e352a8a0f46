/// A session format's id, as its `format { id = ... }` declares: `action-learning-set`.
///
/// The same rule as a theme id (lower-case ASCII kebab-case, at most 40 characters), since the
/// host prelude checks both with one function.
public struct FormatID: Vocabulary {
    public let rawValue: String

    public init?(rawValue: String) {
        guard Self.problem(with: rawValue) == nil else { return nil }
        self.rawValue = rawValue
    }

    public static let noun = "format id"
    public static let example = "action-learning-set"

    public static func problem(with text: String) -> String? { ThemeID.problem(with: text) }
}
