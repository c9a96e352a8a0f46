import Foundation

/// Handles that stay with a person across a group's meetings.
///
/// A group whose format carries records to its next meeting (an action learning set's actions)
/// gives each member a pseudonym from Circle's list (`Alder`, `Birch`, …; see ``Handle``) instead
/// of a seat number, so a record carried to the next meeting ("Cedar: speak to the school nurse")
/// is read back to the same person whatever seat they take. At the start of each meeting after
/// the first, the facilitator is offered last time's pseudonyms and says who is who; anyone new
/// gets a pseudonym the group has not used.
extension LiveSession.Plan {
    /// This plan with its handles confirmed by the facilitator: for each of `seats` (the names
    /// typed, in seating order, or "seat 1", "seat 2", …) a pseudonym from last time, or a new
    /// one. A group that carries nothing, or a resumed session, is left as it is.
    public func confirmingHandles(seats: [String], console: FacilitatorConsole) -> LiveSession.Plan {
        guard carries, replay.isEmpty, let proposed = setup.handles else { return self }
        let seats = seats.count == proposed.count ? seats : (1...proposed.count).map { "seat \($0)" }
        var handles = proposed
        if !lastHandles.isEmpty {
            var claimed: [Handle?] = []
            for seat in seats {
                let unclaimed = lastHandles.filter { !claimed.contains($0) }
                claimed.append(Self.claim(seat, from: unclaimed, console: console))
            }
            var fresh = Handle.fresh(claimed.count, avoiding: Set(lastHandles).union(claimed.compactMap { $0 }))[...]
            handles = claimed.map { $0 ?? fresh.removeFirst() }
        }
        console.tell(
            "This group carries records to its next meeting, so each member has a pseudonym that stays theirs "
                + "(carried records name it, never a seat): " + zip(seats, handles).map { "\($0) is \($1)" }.joined(separator: ", ")
                + ". Tell each person theirs; at the next meeting Circle will offer these and ask who is who.")
        var setup = setup
        setup.handles = handles
        return LiveSession.Plan(
            setup: setup, definition: definition, codebook: codebook, journal: journal, replay: replay, droppedTornLine: droppedTornLine,
            phaseTotal: phaseTotal, replayFormatVersion: replayFormatVersion, carries: carries, lastHandles: lastHandles)
    }

    /// The pseudonym from last time the facilitator gives for `seat`, or nil for someone new
    /// (Enter, or no answer). Only an unclaimed pseudonym of last time is taken: never a name.
    private static func claim(_ seat: String, from unclaimed: [Handle], console: FacilitatorConsole) -> Handle? {
        guard !unclaimed.isEmpty else { return nil }
        let question = ConsoleQuestion(
            "Who is \(seat) in this group? Type their pseudonym from last time, or press Enter if they are new.",
            detail: ["Last time: " + unclaimed.map(\.rawValue).joined(separator: ", ")], typed: "a pseudonym")
        for _ in 0..<3 {
            guard let answer = console.ask(question)?.trimmingCharacters(in: .whitespaces), !answer.isEmpty else { return nil }
            if let handle = unclaimed.first(where: { $0.rawValue.caseInsensitiveCompare(answer) == .orderedSame }) { return handle }
            console.tell("“\(answer)” is not one of last time's pseudonyms still to be claimed (\(unclaimed.map(\.rawValue).joined(separator: ", "))); press Enter if \(seat) is new.")
        }
        return nil
    }
}

extension SessionEngine {
    /// Whether a session of the format in `file` carries records to its next meeting
    /// (`s:record(k, v, { carry = true })`) when run once with simulated participants.
    public static func carriesRecords(_ file: String, library: String?, participants: Int) -> Bool {
        guard let engine = try? SessionEngine(
            setup: .init(formatPath: file, library: library, participants: participants, seed: 1), io: SimulatedIO(), journalPath: nil)
        else { return false }
        _ = try? engine.run()
        return !engine.carryForward.isEmpty
    }
}
