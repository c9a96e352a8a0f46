import Foundation

/// A calendar quarter, the only period a report covers ("2026-Q4"). A session belongs to the
/// quarter holding the Thursday of its ISO week (as ISO weeks belong to months).
///
/// A quarter closes at its **cut-off**: the end of the fourth ISO week after the quarter ends.
/// Its reports count only sessions brought by a bundle made by then (or kept on this machine
/// by then), and can be compiled only once it has passed — so every report of a quarter is made
/// from a set of sessions that no later bundle changes.
public struct Quarter: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    /// 1 to 4.
    public let number: Int

    public init?(_ text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), parts[1].count == 2, parts[1].first == "Q",
            let number = Int(parts[1].dropFirst()), (1...4).contains(number)
        else { return nil }
        self.init(year: year, number: number)
    }

    init(year: Int, number: Int) {
        self.year = year
        self.number = number
    }

    /// The quarter holding an ISO week ("2026-W48" → 2026-Q4).
    public init?(week: String) {
        guard let month = Period.thursday(of: week).map(Self.monthParts) else { return nil }
        self.init(year: month.year, number: (month.month - 1) / 3 + 1)
    }

    public var description: String { "\(year)-Q\(number)" }

    public static func < (lhs: Quarter, rhs: Quarter) -> Bool { (lhs.year, lhs.number) < (rhs.year, rhs.number) }

    /// Its months as the store files them ("2026-10", "2026-11", "2026-12").
    public var months: [String] { (0..<3).map { String(format: "%04d-%02d", year, (number - 1) * 3 + 1 + $0) } }

    public var previous: Quarter { number == 1 ? Quarter(year: year - 1, number: 4) : Quarter(year: year, number: number - 1) }
    public var next: Quarter { number == 4 ? Quarter(year: year + 1, number: 1) : Quarter(year: year, number: number + 1) }

    /// Its first and last ISO weeks.
    public var weeks: (first: String, last: String) {
        var week = ThemeRecord.isoWeek(Self.firstDay(of: self))
        if Quarter(week: week) != self { week = ThemeRecord.isoWeek(Self.firstDay(of: self).addingTimeInterval(7 * 86_400)) }
        var last = ThemeRecord.isoWeek(Self.firstDay(of: next).addingTimeInterval(-86_400))
        if Quarter(week: last) != self { last = ThemeRecord.isoWeek(Self.firstDay(of: next).addingTimeInterval(-8 * 86_400)) }
        return (week, last)
    }

    /// The last ISO week in which a bundle may be made and still count in this quarter's reports.
    public var cutOff: String {
        ThemeRecord.isoWeek(Self.firstDay(of: next).addingTimeInterval(27 * 86_400))
    }

    /// Whether the cut-off has passed by `date`.
    public func isClosed(on date: Date) -> Bool { ThemeRecord.isoWeek(date) > cutOff }

    /// The latest quarter closed by `date`.
    public static func latestClosed(on date: Date) -> Quarter {
        var quarter = Quarter(week: ThemeRecord.isoWeek(date))!
        while !quarter.isClosed(on: date) { quarter = quarter.previous }
        return quarter
    }

    private static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }

    private static func firstDay(of quarter: Quarter) -> Date {
        calendar.date(from: DateComponents(year: quarter.year, month: (quarter.number - 1) * 3 + 1, day: 1))!
    }

    private static func monthParts(_ date: Date) -> (year: Int, month: Int) {
        let parts = calendar.dateComponents([.year, .month], from: date)
        return (parts.year!, parts.month!)
    }
}
