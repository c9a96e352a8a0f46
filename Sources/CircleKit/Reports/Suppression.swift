/// A figure in a report: a number of sessions (rounded), or withheld.
public enum Cell: Codable, Equatable, Sendable {
    case count(Int)
    case suppressed

    public var value: Int? {
        if case .count(let n) = self { return n }
        return nil
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .count(let n): try container.encode(n)
        case .suppressed: try container.encode("suppressed")
        }
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let n = try? container.decode(Int.self) { self = .count(n) } else { self = .suppressed }
    }
}

/// The disclosure rule for one count of sessions, the same for every figure in every report
/// (after the UK's statistical disclosure control practice and OpenSAFELY's output checking):
/// a count of 7 or fewer is withheld, and every other count is rounded to the nearest 5.
public enum DisclosureRule {
    /// The smallest count that is shown.
    public static let threshold = 8
    /// Shown counts are rounded to a multiple of this.
    public static let rounding = 5

    /// The count as shown: rounded, or nil when withheld.
    public static func shown(_ n: Int) -> Int? { n < threshold ? nil : (n + rounding / 2) / rounding * rounding }

    static func cell(_ n: Int) -> Cell { shown(n).map(Cell.count) ?? .suppressed }

    /// A shown count as a share of a shown total, in whole per cent (computed from the rounded
    /// figures, so a share reveals nothing the counts do not).
    static func share(_ count: Int, of total: Int) -> Int { Int((Double(count) * 100 / Double(max(total, 1))).rounded()) }
}
