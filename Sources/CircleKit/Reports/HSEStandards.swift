/// The six HSE Management Standards (the codebook's "hse" group, after the BASW toolkit's
/// Appendix One), each with the codebook's themes (Scripts/themes.lua) counted under it: the
/// standard's own theme first, then the themes this mapping (Circle's own, not HSE's or BASW's)
/// files under it. A report counts, for each standard, the sessions that raised any of its
/// themes, so a session that raised workload and out-of-hours working counts once under Demands.
/// Themes not listed (moral distress, trauma, the relationship-based and strengths groups) speak
/// to no one standard and are left out of this section.
public struct HSEStandard: Sendable {
    public let id: String
    public let label: String
    public let themes: [String]

    public static let all = [
        HSEStandard(id: "demands", label: "Demands", themes: ["demands", "workload", "out-of-hours", "remote-working", "violence-aggression"]),
        HSEStandard(id: "control", label: "Control", themes: ["control"]),
        // The codebook splits Support in two, as the BASW toolkit does: from managers and from peers.
        HSEStandard(id: "support", label: "Support", themes: ["manager-support", "peer-support", "supervision-quality", "buddy-system"]),
        HSEStandard(id: "relationships", label: "Relationships", themes: ["relationships", "bullying", "blame-culture", "discrimination"]),
        HSEStandard(id: "role", label: "Role", themes: ["role"]),
        HSEStandard(id: "change", label: "Change", themes: ["change"]),
    ]

    /// The sets a quarter's counts count together.
    static var sets: [String: [String]] { Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0.themes) }) }
}
