/// A figure in a report: a number of sessions, or withheld because fewer than the
/// minimum number of sessions lie behind it (or because it would reveal one that is).
public enum Cell: Codable, Equatable, Sendable {
    case count(Int)
    case suppressed

    public var value: Int? {
        if case .count(let n) = self { return n }
        return nil
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .count(let n): try container.encode(n)
        case .suppressed: try container.encode("suppressed")
        }
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let n = try? container.decode(Int.self) { self = .count(n) } else { self = .suppressed }
    }
}

/// Small-number suppression for a table of session counts in which every session
/// belongs to exactly one column (a team, a format, a period), so that each row's
/// cells add up to the row's published total.
///
/// 1. Columns with fewer than `k` sessions are merged into one "other" column
///    (categorical tables only); a column still under `k` is withheld whole.
/// 2. A cell from 1 to k−1 sessions is withheld.
/// 3. Complementary suppression: a row (or the column totals, which add up to the
///    number of sessions) with exactly one withheld cell has a second cell withheld
///    (the smallest, preferring non-zero), so that no withheld cell can be
///    recovered by subtracting the others from the published total.
struct SuppressedTable: Sendable, Equatable {
    var columns: [String]
    var columnTotals: [Cell]
    var rows: [(id: String, cells: [Cell])]

    static func == (lhs: SuppressedTable, rhs: SuppressedTable) -> Bool {
        lhs.columns == rhs.columns && lhs.columnTotals == rhs.columnTotals
            && lhs.rows.map(\.id) == rhs.rows.map(\.id) && lhs.rows.map(\.cells) == rhs.rows.map(\.cells)
    }

    /// `counts[row][column]`: sessions in the column that raised the row's theme.
    init(rows ids: [String], columns: [String], counts: [[Int]], columnTotals totals: [Int], k: Int, mergeSmall: Bool, other: String) {
        var columns = columns
        var counts = counts
        var totals = totals
        if mergeSmall {
            let small = columns.indices.filter { totals[$0] < k }
            if small.count > 1 || (small.count == 1 && columns.count > 1) {
                let keep = columns.indices.filter { totals[$0] >= k }
                counts = counts.map { row in keep.map { row[$0] } + [small.map { row[$0] }.reduce(0, +)] }
                totals = keep.map { totals[$0] } + [small.map { totals[$0] }.reduce(0, +)]
                columns = keep.map { columns[$0] } + [other]
            }
        }
        self.columns = columns
        var columnTotals: [Cell] = totals.map { $0 >= k ? .count($0) : .suppressed }
        Self.complement(&columnTotals, values: totals)
        self.columnTotals = columnTotals
        rows = zip(ids, counts).map { id, row in
            var cells: [Cell] = row.enumerated().map { column, n in
                totals[column] < k || (n > 0 && n < k) ? .suppressed : .count(n)
            }
            Self.complement(&cells, values: row)
            return (id, cells)
        }
    }

    /// Cells that add up to a published total: if exactly one is withheld, withhold
    /// the smallest other one too (preferring non-zero), so neither can be worked out.
    static func complement(_ cells: inout [Cell], values: [Int]) {
        guard cells.filter({ $0 == .suppressed }).count == 1 else { return }
        let pick = cells.indices.filter { cells[$0] != .suppressed }.min { a, b in
            (values[a] == 0 ? Int.max : values[a], a) < (values[b] == 0 ? Int.max : values[b], b)
        }
        if let pick { cells[pick] = .suppressed }
    }
}
