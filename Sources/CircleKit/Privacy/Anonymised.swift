/// Scrubbed text, what was removed, and what the facilitator should look at.
public struct Anonymised: Equatable, Sendable {
    /// The text with personal data replaced by typed placeholders (`[name]`, `[email]`, …).
    public let text: String
    /// Placeholder kind ("name", "email", "phone", "nhs-number", "ni-number", "postcode",
    /// "date", "url", "address", "place") → how many were removed. Kinds with none removed are absent.
    public let removed: [String: Int]
    /// Capitalised words removed because they look like names though nobody gave them as names,
    /// in order of appearance, without duplicates (compared case-insensitively): the facilitator
    /// may restore any of them (``Anonymiser/scrub(_:restoring:)``).
    public let flagged: [String]

    /// A result as ``Anonymiser/scrub(_:)`` makes it; public so callers can state expectations.
    public init(text: String, removed: [String: Int], flagged: [String]) {
        self.text = text
        self.removed = removed
        self.flagged = flagged
    }
}

/// What a placeholder stands for.
enum PIIKind: Int, CaseIterable {
    case name, email, phone, nhsNumber, niNumber, postcode, date, url, address, place

    var label: String {
        switch self {
        case .name: "name"
        case .email: "email"
        case .phone: "phone"
        case .nhsNumber: "nhs-number"
        case .niNumber: "ni-number"
        case .postcode: "postcode"
        case .date: "date"
        case .url: "url"
        case .address: "address"
        case .place: "place"
        }
    }

    static let placeholders: [[UInt8]] = allCases.map { Array("[\($0.label)]".utf8) }
}

/// One thing the anonymiser would remove: its placeholder kind and where it is in the text as given.
public struct Finding: Equatable, Sendable {
    /// The placeholder kind: "name", "email", "phone", … (see ``Anonymised/removed``).
    public let kind: String
    /// Where it is in the text passed to ``Anonymiser/findings(in:)``, before normalisation.
    public let range: Range<String.Index>
}
