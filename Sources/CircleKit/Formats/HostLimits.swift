import LuaKit

/// The sizes a format may ask of the host, written once: the prelude receives them as a
/// table and checks every argument against them at the author's line, and the request
/// decoder checks them again for anything yielded around the prelude. Real formats stay
/// far inside every one; they exist so that no loop can crash or outgrow the host. What a
/// whole session may take is `SessionLimits`.
enum HostLimits {
    /// Bytes of one text: a `say`, a prompt, a note, a record value, a metadata field.
    static let text = 20_000
    /// Bytes of one name: a phase, a role, a record key, a person, a fidelity rule.
    static let name = 200
    /// Entries of one list: `choose` options, record values, `suitable`, `themes`, roles.
    static let list = 200
    /// Minutes of a session or a phase.
    static let minutes = 24.0 * 60
    /// People in a group (the engine's bound on `participants`).
    static let participants = 200
    /// Contributions one device may send in a written round (`per_device`; the room's default is 1).
    static let perDevice = 10

    /// Instructions and memory for reading a format's metadata when listing a library:
    /// a file that loops or grows at load time is reported, and the rest still list.
    static let metadataInstructions: Int64 = 2_000_000
    static let metadataMemory = 16 << 20

    /// The limits the prelude checks arguments against (its chunk's argument).
    static var luaTable: LuaValue {
        var table = LuaTable()
        table["text"] = .integer(Int64(text))
        table["name"] = .integer(Int64(name))
        table["list"] = .integer(Int64(list))
        table["minutes"] = .integer(Int64(minutes))
        table["participants"] = .integer(Int64(participants))
        table["per_device"] = .integer(Int64(perDevice))
        return .table(table)
    }
}
