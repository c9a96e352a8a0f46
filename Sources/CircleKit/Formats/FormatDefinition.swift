import LuaKit

/// A session format's metadata, as declared in its `format { ... }` table.
public struct FormatDefinition: Sendable, Equatable {
    /// A format-specific theme the facilitator may tag.
    public struct Theme: Sendable, Equatable {
        public let id: ThemeID
        public let label: String
    }

    public let id: FormatID
    public let version: Int
    public let title: String
    public let summary: String
    public let minutes: Double
    public let minParticipants: Int
    public let maxParticipants: Int
    public let roles: [String]
    public let agreement: String
    public let suitable: [String]
    public let source: String
    public let themes: [Theme]
    /// The file it was loaded from.
    public let file: String

    /// Reads the table `format {}` has already checked (see prelude.lua), parsing its ids by the
    /// same rules.
    init(table: LuaTable, file: String) throws {
        func text(_ key: String) -> String { FormatText.clean(table[key].stringValue ?? "") }
        func strings(_ value: LuaValue) -> [String] { value.tableValue?.array.compactMap(\.stringValue).map(FormatText.clean) ?? [] }
        do { id = try FormatID(text("id")) } catch { throw CircleError(.format, "\(file): format field 'id': \(error)") }
        version = Int(table["version"].integerValue ?? 1)
        title = text("title")
        summary = text("summary")
        minutes = table["minutes"].numberValue ?? 0
        let group = table["participants"].tableValue ?? LuaTable()
        minParticipants = Int(group["min"].integerValue ?? 1)
        maxParticipants = Int(group["max"].integerValue ?? 1)
        // The prelude has checked these as the author wrote them; checked again as read raw.
        guard minutes > 0, minutes <= HostLimits.minutes else {
            throw CircleError(.format, "\(file): format field 'minutes' must be more than 0 and at most \(Int(HostLimits.minutes)), e.g. minutes = 90")
        }
        guard minParticipants >= 1, minParticipants <= maxParticipants, maxParticipants <= HostLimits.participants else {
            throw CircleError(.format, "\(file): format field 'participants' must give the group size as { min = 3, max = 10 } (at most \(HostLimits.participants))")
        }
        roles = (table["roles"].tableValue?.map.keys.compactMap(\.stringValue) ?? []).sorted()
        agreement = text("agreement")
        suitable = strings(table["suitable"])
        source = text("source")
        themes = try (table["themes"].tableValue?.array ?? []).compactMap { entry in
            guard let t = entry.tableValue, let id = t["id"].stringValue, let label = t["label"].stringValue else { return nil }
            do { return Theme(id: try ThemeID(id), label: FormatText.clean(label)) } catch { throw CircleError(.format, "\(file): format field 'themes': \(error)") }
        }
        self.file = file
    }

    /// "3–8 people", for listings.
    public var groupSize: String {
        minParticipants == maxParticipants ? "\(minParticipants) people" : "\(minParticipants)–\(maxParticipants) people"
    }
}
