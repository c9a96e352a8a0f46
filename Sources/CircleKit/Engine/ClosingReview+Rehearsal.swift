import Foundation

extension ClosingReview {
    /// Keeps a rehearsal's record as a try-out would (`circle rehearse --keep`): every learning point
    /// and feedback item after the anonymiser, under the theme tagged on it, the record dated `week`
    /// (this week when nil). A false start — ended before any phase was completed — keeps nothing
    /// (nil), as at a live session's close.
    public func keepRehearsal(_ engine: SessionEngine, week: String?, in store: ThemeStore) throws -> ThemeRecord? {
        guard engine.phasesCompleted > 0 || engine.ranToEnd else { return nil }
        let date = try week.map(Period.date(ofWeek:)) ?? Date()
        return try keep(engine, items: drafts(from: engine), approved: true, in: store, date: date)
    }
}

extension Period {
    /// A day in the ISO week `text` ("2026-W30": its Thursday), or an error saying how to write one.
    public static func date(ofWeek text: String) throws -> Date {
        guard isWeek(text), let number = Int(text.suffix(2)), (1...53).contains(number), let thursday = thursday(of: text),
            ThemeRecord.isoWeek(thursday) == text
        else {
            throw CircleError(.input, "'\(text)' is not an ISO week; write it like 2026-W30 (weeks 01 to 52, or 53 in a year that has one)")
        }
        return thursday
    }
}
