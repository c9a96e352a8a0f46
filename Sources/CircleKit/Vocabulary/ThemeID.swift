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

/// Whether a theme was raised as a strength or as a concern: `#peer-support+` / `#workload-`.
public enum ThemeDirection: String, Codable, Sendable, CaseIterable {
    case strength, concern

    /// The mark after a tag: `+` or `-`.
    public var mark: Character { self == .strength ? "+" : "-" }
}

/// A theme as a facilitator tags it: `#workload` (its direction unstated), `#peer-support+` (raised as
/// a strength) or `#workload-` (raised as a concern). A theme id never ends in a hyphen, so the mark
/// cannot be mistaken for part of the id.
public struct ThemeMention: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let theme: ThemeID
    public let direction: ThemeDirection?

    public init(_ theme: ThemeID, _ direction: ThemeDirection? = nil) {
        self.theme = theme
        self.direction = direction
    }

    /// Parses a tag without its `#`: "workload", "workload-", "peer-support+". Text that is no
    /// theme id once its mark is taken off is refused with the theme id's rule.
    public init(tag: String) throws {
        let direction = ThemeDirection.allCases.first { tag.count > 1 && tag.last == $0.mark }
        let id = direction == nil ? tag : String(tag.dropLast())
        guard let theme = ThemeID(rawValue: id) else {
            throw CircleError(.input, ThemeID.refusal(of: id, as: "#"))
        }
        self.init(theme, direction)
    }

    /// For literals in code ("workload-"): one that is no tag is a programming mistake, and stops.
    public init(stringLiteral tag: String) {
        do { try self.init(tag: tag) } catch { preconditionFailure("\(error)") }
    }

    /// The tag as typed, without its `#`.
    public var description: String { theme.rawValue + (direction.map { String($0.mark) } ?? "") }
}
