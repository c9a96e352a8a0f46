import Foundation

/// "What leaves the room": the record a session would keep, and each learning point
/// or feedback-up item after the anonymiser, for the facilitator to keep, edit or
/// drop. Nothing is written until the facilitator has decided.
public struct ClosingReview: Sendable {
    /// An item as the facilitator will see it: scrubbed, with what to check.
    public struct Draft: Equatable, Sendable {
        public var kind: String
        public var text: String
        public var theme: ThemeID?
        /// Capitalised words the anonymiser removed as possible names though nobody gave them as
        /// names: the facilitator can restore any that is not a name.
        public var flagged: [String]
        /// Words the facilitator restored: kept as written when the item is scrubbed again.
        public var restored: Set<String> = []
        /// The wording as written, scrubbed again when a word is restored; it never leaves the room.
        let source: String
    }

    public let anonymiser: Anonymiser
    /// Suggests the theme an item is filed under (the facilitator can change it).
    public let codebook: Codebook?

    /// `names` are the participants' names typed at the start; `scenario` the case file, whose people's names are removed too.
    public init(names: [String], scenario: String?, codebook: Codebook?) throws {
        anonymiser = Anonymiser(names: names, scenarioNames: try scenario.map(Scenario.personNames) ?? [])
        self.codebook = codebook
    }

    /// The session's learning points and feedback-up items, scrubbed, each under the theme it was
    /// tagged with (`s:record(…, { theme = … })`) when the codebook has it.
    public func drafts(from engine: SessionEngine) -> [Draft] {
        engine.records.filter { ThemeRecord.itemKinds.contains($0.key) }.flatMap { record in
            record.value.map { draft(kind: record.key, text: $0, theme: record.theme.flatMap { codebook?.contains($0) != false ? $0 : nil }) }
        }
    }

    /// A (re)written item, scrubbed again: every text that leaves passes the anonymiser.
    /// `theme`: the theme it was tagged with, which it keeps; without one, the codebook's keywords
    /// only suggest one. `restored`: words the facilitator said are not names, kept as written.
    public func draft(kind: String, text: String, theme: ThemeID? = nil, restored: Set<String> = []) -> Draft {
        let scrubbed = anonymiser.scrub(text, restoring: restored)
        return Draft(kind: kind, text: scrubbed.text, theme: theme ?? codebook?.suggest(scrubbed.text).first,
                     flagged: scrubbed.flagged, restored: restored, source: text)
    }

    /// The draft with `word` (one of its removed words) restored, scrubbed again.
    public func restoring(_ word: String, in draft: Draft) -> Draft {
        self.draft(kind: draft.kind, text: draft.source, theme: draft.theme, restored: draft.restored.union([word]))
    }

    /// Saves the record: with the approved items, or — if the facilitator declined
    /// the record — with its theme counts only. Returns only once the store has confirmed
    /// it added the record; a store that adds nothing (an id it already holds) is an error.
    public func keep(_ engine: SessionEngine, items: [Draft], approved: Bool, in store: ThemeStore, date: Date = Date()) throws -> ThemeRecord {
        let kept = approved ? items.map { ThemeRecord.Item(kind: $0.kind, text: $0.text, theme: $0.theme) } : []
        let record = ThemeRecord(engine: engine, date: date, items: kept)
        if let problem = codebook?.problem(with: record) {
            throw CircleError(.store, "\(store.path): the session's record \(problem); nothing was saved")
        }
        guard try store.add([record]) == 1 else {
            throw CircleError(.store, "\(store.path): the store already holds a record with this session's id (\(record.id)), so this one was not saved")
        }
        return record
    }
}

extension Scenario {
    /// The names of the people in a case file (`people: [{ name: … }]`).
    static func personNames(_ path: String) throws -> [String] {
        guard case .table(let scenario) = try load(path), let people = scenario["people"].tableValue else { return [] }
        return people.array.compactMap { $0.tableValue?["name"].stringValue }
    }
}
