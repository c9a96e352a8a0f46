/// How a participant appears to the engine, the format and the journal: `P1`, `P2`, … — never
/// their name.
public struct Handle: Vocabulary {
    public let rawValue: String

    public init?(rawValue: String) {
        guard Self.problem(with: rawValue) == nil else { return nil }
        self.rawValue = rawValue
    }

    /// The handle of the `number`th participant, counting from 1.
    public init(number: Int) {
        precondition(number >= 1, "participants are numbered from 1")
        rawValue = "P\(number)"
    }

    public static let noun = "handle"
    public static let example = "P1"

    public static func problem(with text: String) -> String? {
        let digits = text.dropFirst()
        guard text.first == "P", let first = digits.first, first != "0", digits.count <= 4,
            digits.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) })
        else { return "write P and the participant's number, from P1" }
        return nil
    }
}
