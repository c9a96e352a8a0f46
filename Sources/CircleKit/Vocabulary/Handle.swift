import Foundation

/// How a participant appears to the engine, the format and the journal — never their name.
///
/// Two kinds, both fixed by Circle, so a person's name can never pass for one:
/// - `P1`, `P2`, …: a seat in this session only (a rehearsal, a session that carries nothing on);
/// - a pseudonym from Circle's own list (`Vocabulary/pseudonyms.txt`: `Alder`, `Birch`, …): a member
///   of a group that carries records from one meeting to the next (an action learning set's
///   actions), which stays theirs at every meeting, whatever seat they take.
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

    /// Circle's pseudonyms, capitalised, in the order new members are given them.
    public static let pseudonyms: [String] = WordLists.lines(PackageResources.pseudonyms_txt).map { $0.prefix(1).uppercased() + $0.dropFirst() }
    private static let pseudonymSet = Set(pseudonyms)

    /// Whether this handle is a pseudonym (it carries across meetings), not a seat number.
    public var isPseudonym: Bool { Self.pseudonymSet.contains(rawValue) }

    public static func problem(with text: String) -> String? {
        if pseudonymSet.contains(text) { return nil }
        let digits = text.dropFirst()
        guard text.first == "P", let first = digits.first, first != "0", digits.count <= 4,
            digits.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) })
        else { return "write P and the participant's number, from P1, or one of Circle's pseudonyms (\(pseudonyms.prefix(3).joined(separator: ", ")), …)" }
        return nil
    }

    /// `count` pseudonyms for new members of a group: the first of Circle's list not in `taken`;
    /// once the list is used up, seat numbers from the end of the group (`P40`, …).
    public static func fresh(_ count: Int, avoiding taken: Set<Handle>) -> [Handle] {
        var out = pseudonyms.compactMap(Handle.init(rawValue:)).filter { !taken.contains($0) }.prefix(count).map { $0 }
        var seat = HostLimits.participants
        while out.count < count {
            let handle = Handle(number: seat)
            if !taken.contains(handle) { out.append(handle) }
            seat -= 1
        }
        return out
    }
}
