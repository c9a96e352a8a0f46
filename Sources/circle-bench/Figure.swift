import Foundation

/// What a figure must reach to meet its target.
enum Target: Sendable {
    /// Circle's median must be at most this, in the figure's unit.
    case atMost(Double)
    /// Circle's median must be at least this, in the figure's unit.
    case atLeast(Double)
    /// Circle's median divided by the baseline's must be at most this.
    case ratioAtMost(Double)
}

/// One line of the results: Circle's median, the baseline's median measured beside it
/// in the same run, their ratio, and the target with whether it is met.
struct Figure: Codable, Sendable {
    var comparison: String
    /// The unit of `circle` and `baseline` ("ms", "µs/turn", "turns/s", "MiB", "s", "MB/s").
    var unit: String
    var circle: Double
    /// What the baseline is ("lua5.4 -e ''", "sqlite3 GROUP BY"), if there is one.
    var baselineName: String?
    var baseline: Double?
    /// Circle's median divided by the baseline's.
    var ratio: Double?
    var target: String
    var met: Bool
    /// Repetitions each median is taken over.
    var repetitions: Int
    /// How the figure was measured, and anything a reader needs to weigh it.
    var note: String?

    init(
        _ comparison: String, unit: String, circle: Double, baseline: (name: String, value: Double)? = nil, target: Target,
        repetitions: Int, note: String? = nil
    ) {
        self.comparison = comparison
        self.unit = unit
        self.circle = circle
        baselineName = baseline?.name
        self.baseline = baseline?.value
        ratio = baseline.map { circle / $0.value }
        self.repetitions = repetitions
        self.note = note
        switch target {
        case .atMost(let limit):
            self.target = "≤ \(Self.number(limit)) \(unit)"
            met = circle <= limit
        case .atLeast(let floor):
            self.target = "≥ \(Self.number(floor)) \(unit)"
            met = circle >= floor
        case .ratioAtMost(let limit):
            self.target = "≤ \(Self.number(limit))× \(baseline?.name ?? "baseline")"
            met = (ratio ?? .infinity) <= limit
        }
    }

    /// A number with about three significant digits (whole numbers as they are), with
    /// thousands separators: "0.392", "3.13", "59,639".
    static func number(_ value: Double) -> String {
        let magnitude = abs(value)
        let decimals = value.rounded() == value || magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3
        let text = String(format: "%.\(decimals)f", magnitude)
        let point = text.firstIndex(of: ".") ?? text.endIndex
        var integer = ""
        for (offset, digit) in text[..<point].reversed().enumerated() {
            if offset > 0 && offset % 3 == 0 { integer.append(",") }
            integer.append(digit)
        }
        return (value < 0 ? "-" : "") + String(integer.reversed()) + text[point...]
    }
}
