/// A word of Circle's vocabulary — a theme id, a format id, a team code, a handle — held only
/// once it has passed its kind's one rule.
///
/// Each kind writes its rule once, in `problem(with:)`, and checks it in `init?(rawValue:)`. Every
/// boundary parses through it: typed input, a format's requests, the codebook, a record, the store
/// (whose SQL `CHECK`s are tested against the same samples) and an imported bundle. Decoding a
/// value that breaks the rule fails with the rule's words.
public protocol Vocabulary: RawRepresentable, Hashable, Comparable, Codable, CodingKeyRepresentable,
    CustomStringConvertible, ExpressibleByStringLiteral, Sendable
where RawValue == String, StringLiteralType == String {
    /// What the kind is called in messages: "theme id".
    static var noun: String { get }
    /// A valid value to show in messages: "moral-distress".
    static var example: String { get }
    /// What is wrong with `text` as one of these ("it has 201 characters; at most 40"), or nil.
    static func problem(with text: String) -> String?
}

extension Vocabulary {
    /// Parses `text`, or throws a message that quotes it, says what is wrong and gives an example:
    /// `"café" is not a theme id: use lower-case letters a–z …; e.g. moral-distress`.
    public init(_ text: String) throws {
        guard let value = Self(rawValue: text) else { throw CircleError(.input, Self.refusal(of: text)) }
        self = value
    }

    /// Whether `text` passes the rule.
    public static func isValid(_ text: String) -> Bool { problem(with: text) == nil }

    /// The message for text that breaks the rule; `prefix` is how it was written (`#` for a tag).
    public static func refusal(of text: String, as prefix: String = "") -> String {
        let shown = text.count > 40 ? text.prefix(40) + "…" : Substring(text)
        return "\"\(prefix)\(shown)\" is not a \(noun): \(problem(with: text) ?? "it breaks the rule"); e.g. \(prefix)\(example)"
    }

    /// For literals in code: a literal that breaks the rule is a programming mistake, and stops.
    /// (So `ThemeID("café")` with a literal stops too, as Swift reads it as the literal; parse
    /// text that comes from outside with `try ThemeID(text)` or `ThemeID(rawValue: text)`.)
    public init(stringLiteral text: String) {
        guard let value = Self(rawValue: text) else { preconditionFailure(Self.refusal(of: text)) }
        self = value
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Self(rawValue: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: Self.refusal(of: text))
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// The shape shared by theme ids, format ids and team codes: ASCII letters and digits, starting
/// with a letter, in parts joined by single hyphens, no longer than a limit.
struct HyphenatedWords {
    /// Whether upper-case letters are allowed (team codes) or not (ids).
    let upperCase: Bool
    let maxLength: Int

    /// Why `text` is not of this shape, or nil. One pass, with no copy: every `#tag` of every
    /// replayed turn is checked here.
    func problem(with text: String) -> String? {
        if text.isEmpty { return "it is empty" }
        func isLetter(_ s: Unicode.Scalar) -> Bool { ("a"..."z").contains(s) || (upperCase && ("A"..."Z").contains(s)) }
        var count = 0
        var previous: Unicode.Scalar = "-"
        for scalar in text.unicodeScalars {
            // A letter first; then letters, digits and hyphens, never two hyphens in a row.
            let fits = count == 0 ? isLetter(scalar) : isLetter(scalar) || ("0"..."9").contains(scalar) || (scalar == "-" && previous != "-")
            guard fits else { return rule }
            previous = scalar
            count += 1
        }
        if previous == "-" { return rule }
        if count > maxLength { return "it has \(count) characters; at most \(maxLength)" }
        return nil
    }

    private var rule: String {
        let letters = upperCase ? "letters A–Z or a–z" : "lower-case letters a–z"
        return "use \(letters) and digits, starting with a letter, with single hyphens between words (no spaces or accents)"
    }
}
