import Foundation

/// The one rule for which themes a session may keep: a theme is one the codebook has, or one the
/// session's format declares in its `themes` (added with ``Codebook/adding(_:)``). A `#sam` or
/// `#ls14dj` passes ``ThemeID``'s pattern but is no theme, so it is refused with "did you mean …?"
/// wherever a theme comes in — the facilitator's `#tag`, `s:theme`, a raw yield, an item filed
/// under `#theme`, a record kept or imported — and never stored. New themes come through a change
/// to the codebook (or a format's `themes`), not typing at the table.
extension Codebook {
    /// Whether `id` is one of this codebook's themes.
    public func contains(_ id: ThemeID) -> Bool { theme(id) != nil }

    /// The ids in `ids` that are not themes here, in the order given.
    public func unknown(_ ids: some Sequence<ThemeID>) -> [ThemeID] { ids.filter { !contains($0) } }

    /// Why `id` is refused (nil when it is a theme): `"#sam" is not a theme in the codebook or
    /// this format's themes; did you mean #same? …`. `prefix` is how it was written (`#` for a tag).
    public func refusal(of id: ThemeID, as prefix: String = "#") -> String? {
        guard !contains(id) else { return nil }
        let close = Suggestions.closest(to: id.rawValue, among: themes.map(\.id.rawValue))
        return "\"\(prefix)\(id)\" is not a theme in the codebook or this format's themes"
            + (close.map { "; did you mean \(prefix)\($0)?" } ?? "")
            + " (`circle themes` lists them; a new theme comes through a change to the codebook, so it is not kept)"
    }

    /// What is wrong with a record's theme ids here, if anything: each theme it counts and each
    /// item's theme must be one of this codebook's. What keeping a session and importing a bundle
    /// both refuse.
    public func problem(with record: ThemeRecord) -> String? {
        let strangers = unknown(record.themes.keys.sorted() + record.items.compactMap(\.theme))
        guard let first = strangers.first else { return nil }
        let listed = Set(strangers).sorted()
        return "names \(listed.count == 1 ? "a theme" : "themes") not in the codebook (\(listed.map(\.rawValue).joined(separator: ", "))): "
            + (refusal(of: first, as: "") ?? "")
    }

    /// Refuses the first of `records` (from `source`, a file or the store) whose theme ids are not here.
    public func check(_ records: [ThemeRecord], from source: String) throws {
        for (index, record) in records.enumerated() {
            if let problem = problem(with: record) {
                throw CircleError(
                    .input, "\(source): record \(index + 1) (session \(record.id)) \(problem). Nothing was imported; "
                        + "if the theme is real, add it to the codebook (or give the format that declares it with --formats) and import again")
            }
        }
    }

    /// The codebook and the themes every format in `library` declares: what a middle leader's store
    /// accepts from a bundle (a session keeps its format's own themes too).
    public func adding(formatsIn library: FormatLibrary) -> Codebook {
        adding(library.definitions().flatMap { (try? $0.result.get())?.themes ?? [] })
    }
}
