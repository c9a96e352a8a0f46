extension SessionEngine {
    /// How many phases a session of the format in `file` runs through with this many
    /// participants (for "phase i of n"), or nil when that depends on the facilitator's
    /// choices: simulated sessions taking the first and the last option of every choice
    /// must agree.
    public static func phaseCount(_ file: String, library: String?, participants: Int) -> Int? {
        let counts = [true, false].map { first -> Int? in
            let io = SimulatedIO { _, options in first ? 1 : options.count }
            guard let engine = try? SessionEngine(
                setup: .init(formatPath: file, library: library, participants: participants, seed: 1), io: io, journalPath: nil),
                (try? engine.run()) != nil
            else { return nil }
            return io.phases.count
        }
        return counts[0] == counts[1] ? counts[0] : nil
    }
}
